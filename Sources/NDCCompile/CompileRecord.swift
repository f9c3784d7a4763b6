import NDCCheck
import NDCCore
import NDCDocument
import NDCFormats
import NDCStorage

/// What the compiler keeps of one input until it knows whether the input counts: its
/// identity, the small keys of the selection, the reason it is invalid and its diagnostic
/// counts — never the model (counted inputs are loaded again, one batch, when needed).
public struct CompileRecord: Sendable {
  /// The input's position in the caller's list; the loader is asked by it.
  public var position: Int
  public var path: String
  public var format: InputFormat?
  /// Lower-case hexadecimal SHA-256 of the file's bytes.
  public var sha256: String
  /// The selection's keys (their `index` is set when the inputs are ordered).
  public var keys: SetKeys
  /// The first invalidating diagnostic (`CODE: message`), if any.
  public var invalidReason: String?
  public var diagnosticCounts: [DiagnosticKey: Int]

  /// A rule code and severity, counted over the inputs.
  public struct DiagnosticKey: Sendable, Hashable {
    public var code: String
    public var severity: Severity
  }

  /// The record of an input read (into the model or not) with its file-level diagnostics.
  public init(
    position: Int, path: String, format: InputFormat?, sha256: String, submission: Submission?,
    header: SubmissionHeader, diagnostics: [Diagnostic]
  ) {
    self.position = position
    self.path = path
    self.format = format
    self.sha256 = sha256
    let invalidating = diagnostics.first { $0.severity.invalidates }
    let valid = submission != nil && invalidating == nil
    keys =
      submission.map { SetKeys(index: 0, path: path, submission: $0, valid: valid) }
      ?? SetKeys(index: 0, path: path, header: header)
    invalidReason = invalidating.map { "\($0.code): \($0.message)" }
    diagnosticCounts = diagnostics.reduce(into: [:]) { $0[DiagnosticKey(code: $1.code, severity: $1.severity), default: 0] += 1 }
  }

  /// The model of this input read again: nil if the file's bytes are no longer those checked
  /// (their SHA-256) or cannot be read into the model. The XML Schema is not applied again to
  /// the bytes that passed it.
  public func readAgain(with reader: SubmissionReader) -> Submission? {
    guard let bytes = try? FileBytes.read(path: path, limit: Limits.maxFileBytes), CompileInput.sha256(of: bytes) == sha256
    else { return nil }
    return reader.readAgain(bytes: bytes, path: path).submission
  }

  var hasModel: Bool { keys.hasModel }
  var submitterCode: String? { keys.submitter }
  var cycle: String? { keys.cycle }
  var version: Int? { keys.version }
  var level: SubmitterLevel? { keys.level }
}

extension CompileInput {
  /// The record of this input at a position of the caller's list.
  public func record(position: Int) -> CompileRecord {
    CompileRecord(
      position: position, path: path, format: format, sha256: sha256, submission: submission, header: header,
      diagnostics: diagnostics)
  }
}
