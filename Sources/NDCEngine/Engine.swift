import Foundation
import NDCCheck
import NDCCompile
import NDCCore
import NDCDocument
import NDCFormats
import NDCStorage

/// The use cases of `ndc` as a library, called by the CLI and by the intake service alike:
/// check one input (a file, or bytes in memory), validate a set, compile a set, export a
/// document. One engine holds what every check needs (the reader with its compiled schema, the
/// rule catalogue bound to the reference data and the cycle asked for) and may be shared by
/// every worker.
public struct Engine: Sendable {
  public let reference: ReferenceData
  /// The cycle required (`--cycle`); nil: any cycle the reference data knows.
  public let requestedCycle: String?
  /// Only the structure-level checks (reading, limits, schema): no per-file or set rules.
  /// For measuring what the rule catalogue adds.
  public let structureOnly: Bool
  let reader: SubmissionReader
  let checker: SubmissionChecker

  public init(reference: ReferenceData, cycle requestedCycle: String?, structureOnly: Bool = false) throws {
    self.reader = try SubmissionReader()
    self.reference = reference
    self.requestedCycle = requestedCycle
    self.structureOnly = structureOnly
    self.checker = SubmissionChecker(reference: reference, requestedCycle: requestedCycle)
  }

  /// One file: read, check, locate; with `forCompile`, also the compiler's record of it
  /// (its keys, diagnostic counts and the SHA-256 of its bytes).
  public func check(path: String, index: Int, forCompile: Bool = false) -> CheckedFile {
    do {
      guard let bytes = try FileBytes.read(path: path, limit: Limits.maxFileBytes) else {
        let result = try reader.read(path: path)  // reports the size BLOCKER without reading more
        return finish(result, index: index, sha256: nil)
      }
      return check(bytes: bytes, path: path, index: index, forCompile: forCompile)
    } catch {
      return Self.unreadable(path: path, reason: error.reason, index: index)
    }
  }

  /// An input that cannot be read: its one diagnostic, NDC-IO-001.
  public static func unreadable(path: String, reason: String, index: Int) -> CheckedFile {
    let d = StructureRules.unreadable.diagnostic("cannot be read: \(reason)", at: .root)
    let outcome = FileOutcome(
      index: index, path: path, format: nil, header: SubmissionHeader(), rulePack: nil, diagnostics: [d], readable: false)
    return CheckedFile(outcome: outcome, keys: nil, record: nil)
  }

  /// One input held in memory, named `path` in the diagnostics: checked exactly as a file
  /// of these bytes.
  public func check(bytes: [UInt8], path: String, index: Int = 0, forCompile: Bool = false) -> CheckedFile {
    let sha256 = forCompile ? CompileInput.sha256(of: bytes) : nil
    var checked = finish(reader.read(bytes: bytes, path: path), index: index, sha256: sha256)
    checked.fileBytes = bytes.count
    return checked
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
      return CheckedFile(outcome: outcome, keys: nil, record: record, model: outcome.valid ? result.submission : nil)
    }
    let keys = structureOnly ? nil : SetKeys(index: index, path: result.path, result: result, valid: outcome.valid)
    return CheckedFile(outcome: outcome, keys: keys, record: nil, model: result.submission)
  }

  /// The order of a file's diagnostics: by position, then pointer, then code.
  public static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let pa = a.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    let pb = b.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    if pa != pb { return pa < pb }
    if a.location.pointer != b.location.pointer { return a.location.pointer < b.location.pointer }
    return a.code < b.code
  }
}

/// What checking one input found.
public struct FileOutcome: Sendable {
  public var index: Int
  public var path: String
  public var format: InputFormat?
  public var header: SubmissionHeader
  public var rulePack: String?
  /// Located and sorted; all of them (the report caps what it lists).
  public var diagnostics: [Diagnostic]
  /// False when the input could not be opened or read at all (NDC-IO-001).
  public var readable: Bool
  public var valid: Bool { readable && !diagnostics.contains { $0.severity.invalidates } }
  /// The worst severity among the diagnostics; nil when there are none.
  public var worstSeverity: Severity? { diagnostics.map(\.severity).max() }

  public init(
    index: Int, path: String, format: InputFormat?, header: SubmissionHeader, rulePack: String?,
    diagnostics: [Diagnostic], readable: Bool
  ) {
    self.index = index; self.path = path; self.format = format; self.header = header; self.rulePack = rulePack
    self.diagnostics = diagnostics; self.readable = readable
  }
}

/// One input checked: its outcome, and the small keys the set rules need (validate) or the
/// compiler's record of it and the model of a valid file (compile).
public struct CheckedFile: Sendable {
  public var outcome: FileOutcome
  /// What the set rules need of this input (validate; nil for compile and unreadable files).
  public var keys: SetKeys?
  /// The compiler's record of this input (compile only).
  public var record: CompileRecord?
  /// The model, when the input could be read into one (for compile: only of a valid input).
  public var model: Submission? = nil
  /// The size of the input in bytes.
  public var fileBytes = 0
}
