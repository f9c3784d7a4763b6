import Dispatch
import Foundation
import NDCCheck
import NDCCompile
import NDCCore
import NDCFormats

/// What validating one file found.
struct FileOutcome: Sendable {
  var index: Int
  var path: String
  var format: InputFormat?
  var header: SubmissionHeader
  var rulePack: String?
  /// Located and sorted; all of them (the report caps what it lists).
  var diagnostics: [Diagnostic]
  var readable: Bool
  var valid: Bool { readable && !diagnostics.contains { $0.severity.invalidates } }
}

/// One file checked: its outcome, and the small keys the set rules need (validate) or the
/// compiler's record of it and the model of a valid file (compile).
struct CheckedFile: Sendable {
  var outcome: FileOutcome
  var keys: SetKeys?
  var record: CompileRecord?
  /// The model of a valid file, its document, and the size of the file (compile).
  var model: Submission? = nil
  var document: DocNode? = nil
  var fileBytes = 0
}

/// Reads and checks files on all cores, then runs the set rules over the small keys kept per
/// file.
struct ValidationRun {
  let reader: SubmissionReader
  let checker: SubmissionChecker
  let reference: ReferenceData
  let requestedCycle: String?
  /// Only the structure-level checks (reading, limits, schema): no per-file or set rules.
  /// For measuring what the rule catalogue adds.
  let structureOnly: Bool

  init(reference: ReferenceData, requestedCycle: String?, structureOnly: Bool = false) throws {
    self.reader = try SubmissionReader()
    self.reference = reference
    self.requestedCycle = requestedCycle
    self.structureOnly = structureOnly
    self.checker = SubmissionChecker(reference: reference, requestedCycle: requestedCycle)
  }

  /// One file: read, check, locate; with `forCompile`, also the compiler's record of it
  /// (its keys, diagnostic counts and the SHA-256 of its bytes).
  func check(path: String, index: Int, forCompile: Bool = false) -> CheckedFile {
    let result: ReadResult
    var sha256 = ""
    do {
      guard let bytes = try FileBytes.read(path: path, limit: Limits.maxFileBytes) else {
        result = try reader.read(path: path)  // reports the size BLOCKER without reading more
        return finish(result, index: index, sha256: nil)
      }
      if forCompile { sha256 = CompileInput.sha256(of: bytes) }
      result = reader.read(bytes: bytes, path: path)
      var checked = finish(result, index: index, sha256: forCompile ? sha256 : nil)
      checked.fileBytes = bytes.count
      return checked
    } catch {
      let d = StructureRules.unreadable.diagnostic("cannot be read: \(error.reason)", at: .root)
      let outcome = FileOutcome(
        index: index, path: path, format: nil, header: SubmissionHeader(), rulePack: nil, diagnostics: [d], readable: false)
      return CheckedFile(outcome: outcome, keys: nil, record: nil)
    }
  }

  private func finish(_ result: ReadResult, index: Int, sha256: String?) -> CheckedFile {
    var diagnostics = result.diagnostics
    var rulePack: String? = nil
    if let submission = result.submission, !structureOnly {
      let checked = checker.check(submission)
      rulePack = checked.rulePack
      diagnostics += checked.diagnostics
    }
    diagnostics = diagnostics.map(result.located).sorted(by: Self.order)
    let outcome = FileOutcome(
      index: index, path: result.path, format: result.format, header: result.header, rulePack: rulePack,
      diagnostics: diagnostics, readable: true)
    if let sha256 {
      let record = CompileRecord(
        position: index, path: result.path, format: result.format, sha256: sha256, submission: result.submission,
        header: result.header, diagnostics: diagnostics)
      return CheckedFile(
        outcome: outcome, keys: nil, record: record, model: outcome.valid ? result.submission : nil,
        document: outcome.valid ? result.document : nil)
    }
    let keys = structureOnly ? nil : SetKeys(index: index, path: result.path, result: result, valid: outcome.valid)
    return CheckedFile(outcome: outcome, keys: keys, record: nil)
  }

  /// Validates every file on all cores, handing each outcome to `reporter` in input order as
  /// soon as it and every earlier file are checked; then the set rules over the small keys
  /// kept per file. Nothing else is kept per file.
  func run(files: [String], progress: ProgressBar?, reporter: ValidationReporter) -> ValidationSummary {
    let emitter = InOrderEmitter(reporter: reporter)
    let keys = Slots<SetKeys>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      let checked = check(path: files[i], index: i)
      if let k = checked.keys { keys[i] = k }
      progress?.advance()
      emitter.complete(i, checked.outcome)
    }
    progress?.finish()
    var summary = emitter.summary
    if !structureOnly {
      var setChecker = SetChecker(reference: reference, requestedCycle: requestedCycle)
      for i in 0..<files.count { if let k = keys[i] { setChecker.add(k) } }
      // Fingerprints only for inputs that share submitter, cycle and version: re-read then.
      let outcome = setChecker.finish { key in
        (try? reader.read(path: key.path))?.submission.map(SetKeys.fingerprint(of:))
      }
      summary.addSet(outcome.diagnostics)
    }
    reporter.finish(summary)
    return summary
  }

  /// Every file read and checked on all cores, in input order.
  func checkAll(_ files: [String], forCompile: Bool, progress: ProgressBar?) -> [CheckedFile] {
    checkAll(files, forCompile: forCompile, progress: progress) { $0 }
  }

  /// Every file read and checked on all cores, in input order, each reduced by `keep` to what
  /// the caller needs as soon as it is checked.
  func checkAll<Kept: Sendable>(
    _ files: [String], forCompile: Bool, progress: ProgressBar?, keep: @Sendable (CheckedFile) -> Kept
  ) -> [Kept] {
    let slots = Slots<Kept>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      slots[i] = keep(check(path: files[i], index: i, forCompile: forCompile))
      progress?.advance()
    }
    progress?.finish()
    return (0..<files.count).map { slots[$0]! }
  }

  /// The models of files checked before, read again on all cores, in the order given: nil
  /// where a file's bytes are no longer those checked (their SHA-256) or it can no longer be
  /// read into the model. The XML Schema is not applied again to the same bytes.
  func reload(_ records: [CompileRecord]) -> [Submission?] {
    let slots = Slots<Submission?>(count: records.count)
    DispatchQueue.concurrentPerform(iterations: records.count) { i in
      slots[i] = .some(records[i].readAgain(with: reader))
    }
    return (0..<records.count).map { slots[$0] ?? nil }
  }

  static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let pa = a.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    let pb = b.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    if pa != pb { return pa < pb }
    if a.location.pointer != b.location.pointer { return a.location.pointer < b.location.pointer }
    return a.code < b.code
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
