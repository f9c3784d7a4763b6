import Crypto
import NDCCore
import NDCDocument
import NDCFormats

/// One input file as the compiler sees it: its path as given, format, SHA-256 of its bytes,
/// what could be read of it, and its file-level diagnostics (structure and semantic rules).
public struct CompileInput: Sendable {
  public var path: String
  public var format: InputFormat?
  /// Lower-case hexadecimal SHA-256 of the file's bytes.
  public var sha256: String
  /// The model, when the file could be read into it (valid or not).
  public var submission: Submission?
  public var header: SubmissionHeader
  public var diagnostics: [Diagnostic]

  public init(
    path: String, format: InputFormat?, sha256: String, submission: Submission?, header: SubmissionHeader,
    diagnostics: [Diagnostic]
  ) {
    self.path = path
    self.format = format
    self.sha256 = sha256
    self.submission = submission
    self.header = header
    self.diagnostics = diagnostics
  }

  /// An input from a file's bytes and what reading (and checking) them gave.
  public init(bytes: [UInt8], read: ReadResult, diagnostics: [Diagnostic]? = nil) {
    self.init(
      path: read.path, format: read.format, sha256: Self.sha256(of: bytes), submission: read.submission,
      header: read.header, diagnostics: diagnostics ?? read.diagnostics)
  }

  /// An input built from a model (tests, generated corpora): the hash is the model's canonical hash.
  public init(path: String, format: InputFormat, submission: Submission, sha256: String, diagnostics: [Diagnostic] = []) {
    self.init(
      path: path, format: format, sha256: sha256, submission: submission,
      header: SubmissionHeader(
        submitter: submission.submitter.code, level: submission.submitter.level.rawValue, cycle: submission.cycle,
        version: submission.version, submissionId: submission.submissionId),
      diagnostics: diagnostics)
  }

  public static func sha256<C: Collection>(of bytes: C) -> String where C.Element == UInt8 {
    SHA256.hash(data: Array(bytes)).map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// Valid: read into the model with neither BLOCKER nor ERROR.
  public var isValid: Bool { submission != nil && !diagnostics.contains { $0.severity.invalidates } }

  var submitterCode: String? { submission?.submitter.code ?? header.submitter }
  var cycle: String? { submission?.cycle ?? header.cycle }
  var version: Int? { submission?.version ?? header.version }
  var level: SubmitterLevel? { submission?.submitter.level ?? header.level.flatMap(SubmitterLevel.init(rawValue:)) }
}
