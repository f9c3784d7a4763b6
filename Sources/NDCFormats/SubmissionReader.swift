import NDCCore
import NDCDocument
import NDCStorage

/// The fields a report shows for a file even when it is invalid, as far as they could be read.
public struct SubmissionHeader: Sendable, Hashable {
  public var submitter: String?
  public var level: String?
  public var cycle: String?
  public var version: Int?
  public var submissionId: String?
  public init(submitter: String? = nil, level: String? = nil, cycle: String? = nil, version: Int? = nil, submissionId: String? = nil) {
    self.submitter = submitter
    self.level = level
    self.cycle = cycle
    self.version = version
    self.submissionId = submissionId
  }

  /// Reads what it can from a logical document (wrong types are skipped, not reported).
  public init(document: DocNode?) {
    guard let document else { return }
    func text(_ node: DocNode?) -> String? {
      if case .string(let s)? = node?.value { return s }
      return nil
    }
    let submitterNode = document[member: "submitter"]
    submitter = text(submitterNode?[member: "code"])
    level = text(submitterNode?[member: "level"])
    cycle = text(document[member: "cycle"])
    submissionId = text(document[member: "submissionId"])
    switch document[member: "version"]?.value {
    case .number(let n)?, .string(let n)?: version = Int(n)
    default: break
    }
  }
}

/// What reading one file yields: the format, the logical document, the model when the file
/// passed every structure-level check, and the structure-level diagnostics.
public struct ReadResult: Sendable {
  public var path: String
  public var format: InputFormat?
  public var document: DocNode?
  public var submission: Submission?
  public var header: SubmissionHeader
  public var diagnostics: [Diagnostic]

  public init(
    path: String, format: InputFormat?, document: DocNode?, submission: Submission?, header: SubmissionHeader,
    diagnostics: [Diagnostic]
  ) {
    self.path = path
    self.format = format
    self.document = document
    self.submission = submission
    self.header = header
    self.diagnostics = diagnostics
  }

  /// The diagnostic with its line and column filled in from the document, where known.
  public func located(_ diagnostic: Diagnostic) -> Diagnostic {
    guard diagnostic.location.position == nil, let document else { return diagnostic }
    var d = diagnostic
    d.location.position = document.position(of: d.location.pointer)
    return d
  }
}

/// Reads submissions of either format into the same model with the same pointers.
/// One reader serves many files and threads: the compiled XML Schema is shared, every parse
/// has its own libxml2 context.
public final class SubmissionReader: Sendable {
  let xmlSchema: XMLSchemaValidator

  public init() throws {
    xmlSchema = try XMLSchemaValidator(format: SubmissionFormat.document)
  }

  /// Reads a file from disk (at most 16 MiB are read; a larger file is a BLOCKER).
  public func read(path: String) throws(InputError) -> ReadResult {
    let bytes = try FileBytes.read(path: path, limit: Limits.maxFileBytes)
    guard let bytes else {
      return ReadResult(
        path: path, format: nil, document: nil, submission: nil, header: SubmissionHeader(),
        diagnostics: [
          StructureRules.fileTooLarge.diagnostic(
            "the file is larger than 16 MiB (\(Limits.maxFileBytes) bytes)", at: .root)
        ])
    }
    return read(bytes: bytes, path: path)
  }

  /// Reads a submission from its bytes.
  public func read(bytes: [UInt8], path: String) -> ReadResult {
    read(bytes: bytes, path: path, schemaPassed: false)
  }

  /// Reads a submission from bytes known to have passed the XML Schema (the caller has checked
  /// they are the bytes validated before, by their hash): the schema is not applied again.
  /// JSON is read as always (its shape checks are part of reading it).
  public func readAgain(bytes: [UInt8], path: String) -> ReadResult {
    read(bytes: bytes, path: path, schemaPassed: true)
  }

  private func read(bytes: [UInt8], path: String, schemaPassed: Bool) -> ReadResult {
    func fail(_ format: InputFormat?, _ diagnostics: [Diagnostic], _ document: DocNode? = nil) -> ReadResult {
      ReadResult(
        path: path, format: format, document: document, submission: nil, header: SubmissionHeader(document: document),
        diagnostics: diagnostics)
    }
    if bytes.count > Limits.maxFileBytes {
      return fail(nil, [StructureRules.fileTooLarge.diagnostic("the file is larger than 16 MiB", at: .root)])
    }
    guard let format = InputFormat.sniff(bytes) else {
      let message = bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })
        ? "the file is empty" : "the file is neither XML (`<`) nor JSON (`{`)"
      if !UTF8Check.isValid(bytes) {
        return fail(nil, [StructureRules.encoding.diagnostic("the file is not UTF-8 text", at: .root)])
      }
      return fail(nil, [StructureRules.notWellFormed.diagnostic(message, at: .root, hint: "a submission starts with `<` (XML) or `{` (JSON)")])
    }
    let parsed: (document: DocNode?, diagnostics: [Diagnostic])
    switch format {
    case .xml: parsed = XMLDocumentReader.read(bytes: bytes, format: SubmissionFormat.document, schema: schemaPassed ? nil : xmlSchema)
    case .json: parsed = JSONDocumentReader.read(bytes: bytes, format: SubmissionFormat.document)
    }
    guard let document = parsed.document, !parsed.diagnostics.contains(where: { $0.severity.invalidates }) else {
      return fail(format, parsed.diagnostics, parsed.document)
    }
    guard let submission = SubmissionCoding.decode(document) else {
      return fail(format, parsed.diagnostics + [
        StructureRules.wrongType.diagnostic("the document could not be read into the submission model", at: .root)
      ], document)
    }
    return ReadResult(
      path: path, format: format, document: document, submission: submission,
      header: SubmissionHeader(document: document), diagnostics: parsed.diagnostics)
  }
}
