import Dispatch
import Foundation
import NDCCheck
import NDCCompile
import NDCCore
import NDCFormats
import NDCStorage

/// Told of each input as it is checked (a progress bar, say). Called from several threads.
public protocol ProgressObserver: AnyObject, Sendable {
  func advance()
  func finish()
}

extension Engine {
  /// Validates every file on all cores, handing each outcome to `reporter` in input order as
  /// soon as it and every earlier file are checked; then the set rules over the small keys
  /// kept per file. Nothing else is kept per file.
  /// `unreadable` gives the inputs known not to be readable before reading them, and why.
  public func validate(
    files: [String], unreadable: [String: String] = [:], progress: ProgressObserver? = nil, reporter: ValidationReporter
  ) -> ValidationSummary {
    let emitter = InOrderEmitter(reporter: reporter)
    let keys = Slots<SetKeys>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      let checked = unreadable[files[i]].map { Self.unreadable(path: files[i], reason: $0, index: i) }
        ?? check(path: files[i], index: i)
      if let k = checked.keys { keys[i] = k }
      progress?.advance()
      emitter.complete(i, checked.outcome)
    }
    progress?.finish()
    var summary = emitter.summary
    if !structureOnly {
      // The keys handed over from their slots into one array of the right size, not copied:
      // at 100 000 files every copy of them is about 20 MB.
      var all: [SetKeys] = []
      all.reserveCapacity(files.count)
      for i in 0..<files.count { if let k = keys.take(i) { all.append(k) } }
      // Fingerprints only for inputs that share submitter, cycle and version: re-read then.
      summary.addSet(setDiagnostics(consume all) { key in (try? reader.read(path: key.path))?.submission })
    }
    reporter.finish(summary)
    return summary
  }

  /// The set rules over the keys of several inputs (each checked by `check`), as `validate`
  /// of those inputs together gives them. `model` gives an input's model again, asked only
  /// for inputs that share submitter, cycle and version (their fingerprints are compared).
  public func setDiagnostics(_ keys: [SetKeys], about path: String? = nil, model: (SetKeys) -> Submission?) -> [Diagnostic] {
    var setChecker = SetChecker(reference: reference, requestedCycle: requestedCycle)
    setChecker.add(contentsOf: keys)
    return setChecker.finish(about: path) { key in model(key).map(SetKeys.fingerprint(of:)) }.diagnostics
  }

  /// Every file read and checked on all cores, in input order, each reduced by `keep` to what
  /// the caller needs as soon as it is checked.
  func checkAll<Kept: Sendable>(
    _ inputs: [CompileSource], forCompile: Bool, progress: ProgressObserver?, keep: @Sendable (CheckedFile) -> Kept
  ) -> [Kept] {
    let slots = Slots<Kept>(count: inputs.count)
    DispatchQueue.concurrentPerform(iterations: inputs.count) { i in
      slots[i] = keep(inputs[i].check(with: self, index: i, forCompile: forCompile))
      progress?.advance()
    }
    progress?.finish()
    return (0..<inputs.count).map { slots[$0]! }
  }
}

/// Hands outcomes to a reporter in input order while workers finish out of order; holds only
/// the few outcomes that finished ahead of an earlier one.
final class InOrderEmitter: @unchecked Sendable {
  private let reporter: ValidationReporter
  private let lock = NSLock()
  private var next = 0
  private var waiting: [Int: FileOutcome] = [:]
  private(set) var summary = ValidationSummary()

  init(reporter: ValidationReporter) { self.reporter = reporter }

  func complete(_ index: Int, _ outcome: FileOutcome) {
    lock.withLock {
      waiting[index] = outcome
      while let ready = waiting.removeValue(forKey: next) {
        summary.add(ready)
        reporter.report(ready)
        next += 1
      }
    }
  }
}
