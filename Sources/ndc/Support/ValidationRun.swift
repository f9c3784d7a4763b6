import Dispatch
import Foundation
import NDCCheck
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

/// What validating a set of files found.
struct ValidationOutcome: Sendable {
  var files: [FileOutcome]
  var setDiagnostics: [Diagnostic]
  var selection: SetOutcome
  var anyUnreadable: Bool { files.contains { !$0.readable } }
  var valid: Bool { files.allSatisfy(\.valid) && !setDiagnostics.contains { $0.severity.invalidates } }
}

/// Reads and checks files on all cores, then runs the set rules over the small keys kept per
/// file. `visit` sees each file's model once (in input order) while it is in memory, so a
/// compile can aggregate without keeping every submission.
struct ValidationRun {
  let reader: SubmissionReader
  let checker: SubmissionChecker
  let reference: ReferenceData
  let requestedCycle: String?

  init(reference: ReferenceData, requestedCycle: String?) throws {
    self.reader = try SubmissionReader()
    self.reference = reference
    self.requestedCycle = requestedCycle
    self.checker = SubmissionChecker(reference: reference, requestedCycle: requestedCycle)
  }

  /// One file: read, check, locate.
  func validate(path: String, index: Int) -> (FileOutcome, SetKeys?, Submission?) {
    let result: ReadResult
    do {
      result = try reader.read(path: path)
    } catch {
      let d = StructureRules.unreadable.diagnostic("cannot be read: \(error.reason)", at: .root)
      return (FileOutcome(index: index, path: path, format: nil, header: SubmissionHeader(), rulePack: nil, diagnostics: [d], readable: false), nil, nil)
    }
    var diagnostics = result.diagnostics
    var rulePack: String? = nil
    if let submission = result.submission {
      let checked = checker.check(submission)
      rulePack = checked.rulePack
      diagnostics += checked.diagnostics
    }
    diagnostics = diagnostics.map(result.located).sorted(by: Self.order)
    let outcome = FileOutcome(
      index: index, path: path, format: result.format, header: result.header, rulePack: rulePack,
      diagnostics: diagnostics, readable: true)
    let keys = SetKeys(index: index, path: path, result: result, valid: outcome.valid)
    return (outcome, keys, result.submission)
  }

  /// Validates every file on all cores; results are in input order.
  func run(files: [String], progress: ProgressBar?) -> ValidationOutcome {
    let slots = Slots<(FileOutcome, SetKeys?)>(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      let (outcome, keys, _) = validate(path: files[i], index: i)
      slots[i] = (outcome, keys)
      progress?.advance()
    }
    progress?.finish()
    var setChecker = SetChecker(reference: reference, requestedCycle: requestedCycle)
    var outcomes: [FileOutcome] = []
    outcomes.reserveCapacity(files.count)
    for i in 0..<files.count {
      let (outcome, keys) = slots[i]!
      outcomes.append(outcome)
      if let keys { setChecker.add(keys) }
    }
    let selection = setChecker.finish()
    return ValidationOutcome(files: outcomes, setDiagnostics: selection.diagnostics, selection: selection)
  }

  static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let pa = a.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    let pb = b.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    if pa != pb { return pa < pb }
    if a.location.pointer != b.location.pointer { return a.location.pointer < b.location.pointer }
    return a.code < b.code
  }
}

/// Fixed slots written once each from concurrent workers (each index by one worker only).
final class Slots<T>: @unchecked Sendable {
  private var storage: [T?]
  private let lock = NSLock()
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  subscript(index: Int) -> T? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }
}
