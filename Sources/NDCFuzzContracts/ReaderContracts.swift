import Foundation
import NDCCore
import NDCDocument
import NDCForms
import NDCFormats

/// Each reader of outside bytes with its contract: what a fuzz target runs on every input, and
/// what the tests run on every kept regression input. The name is the fuzz target's.
public enum ReaderContract: String, CaseIterable, Sendable {
  case jsonParser = "fuzz-json-parser"
  case xmlPrescan = "fuzz-xml-prescan"
  case xmlReader = "fuzz-xml-reader"
  case submission = "fuzz-submission"
  case reference = "fuzz-reference"
  case contribution = "fuzz-contribution"
  case modelBinary = "fuzz-model-binary"
  case serviceForms = "fuzz-service-forms"

  /// Reads `bytes` with the reader and checks its contract.
  public func check(_ bytes: [UInt8]) throws(ContractBreach) {
    switch self {
    case .jsonParser: try Self.jsonParser(bytes)
    case .xmlPrescan: try Self.xmlPrescan(bytes)
    case .xmlReader: try Self.xmlReader(bytes)
    case .submission: try Self.submission(bytes)
    case .reference: try Self.reference(bytes)
    case .contribution: try Self.contribution(bytes)
    case .modelBinary: try Self.modelBinary(bytes)
    case .serviceForms: try Self.serviceForms(bytes)
    }
  }

  /// The JSON parser: a refusal is one BLOCKER with a position inside the input; an accepted
  /// text's positions lie inside it, and the document written again (the JSON writer takes any
  /// tree) parses back to the same content with the same number findings.
  static func jsonParser(_ bytes: [UInt8]) throws(ContractBreach) {
    let parsed = JSONParser.parse(bytes)
    try Contract.checkDiagnostics(parsed.diagnostics, in: bytes)
    guard let document = parsed.document else {
      try Contract.check(parsed.diagnostics.count == 1, "a refusal gives one BLOCKER, not \(parsed.diagnostics)")
      return try Contract.checkRefusal(parsed.diagnostics)
    }
    try Contract.checkPositions(document, in: bytes)
    let again = JSONParser.parse(Array(JSONWriter.write(document, format: SubmissionFormat.document).utf8))
    guard let reread = again.document else { throw Contract.breach("the written text is refused: \(again.diagnostics)") }
    try Contract.check(reread.content == document.content, "the written text reads back to other content")
    try Contract.check(again.diagnostics.count == parsed.diagnostics.count, "the written text has other number findings")
  }

  /// The XML pre-scanner: a breach has a rule, a bounded message and a position inside the
  /// input; a scan's elements lie inside the input, in document order, each inside an earlier one.
  static func xmlPrescan(_ bytes: [UInt8]) throws(ContractBreach) {
    switch XMLPrescan.scan(bytes) {
    case .failure(let breach):
      try Contract.checkDiagnostics([breach.diagnostic], in: bytes)
      try Contract.checkRefusal([breach.diagnostic])
    case .success(let scan):
      let bounds = PositionBounds(bytes)
      var previous: SourcePosition?
      for (index, element) in scan.elements.enumerated() {
        try bounds.check(element.position, "element \(index)")
        try Contract.check(element.parent >= -1 && Int(element.parent) < index, "element \(index)'s parent \(element.parent)")
        if let previous { try Contract.check(previous < element.position, "element \(index) before the one preceding it") }
        previous = element.position
        _ = scan.localName(of: index)
      }
      _ = scan.element(atByteOffset: bytes.count / 2)
    }
  }

  static let submissionSchema = try! XMLSchemaValidator(format: SubmissionFormat.document)

  /// The XML reader (pre-scan, then libxml2 with the submission schema attached): every
  /// diagnostic bounded and inside the input; a document without ERROR or BLOCKER, written again
  /// by the XML writer, reads back to the same content and passes again.
  static func xmlReader(_ bytes: [UInt8]) throws(ContractBreach) {
    let format = SubmissionFormat.document
    let read = XMLDocumentReader.read(bytes: bytes, format: format, schema: submissionSchema)
    try Contract.checkDiagnostics(read.diagnostics, in: bytes)
    guard let document = read.document, !read.diagnostics.contains(where: { $0.severity.invalidates }) else {
      return try Contract.checkRefusal(read.diagnostics)
    }
    try Contract.checkPositions(document, in: bytes)
    let text = Array(XMLWriter.write(document, format: format).utf8)
    let again = XMLDocumentReader.read(bytes: text, format: format, schema: submissionSchema)
    try Contract.check(!again.diagnostics.contains { $0.severity.invalidates }, "the written document is refused: \(again.diagnostics)")
    try Contract.check(again.document?.content == document.content, "the written document reads back to other content")
  }

  static let submissionReader = try! SubmissionReader()

  /// The submission reader end to end (bytes → diagnostics): no model without a diagnostic that
  /// says why; every diagnostic bounded and inside the input once located; an accepted
  /// submission, written in canonical XML and JSON, reads back to the same model.
  static func submission(_ bytes: [UInt8]) throws(ContractBreach) {
    let result = submissionReader.read(bytes: bytes, path: "fuzz")
    try Contract.checkDiagnostics(result.diagnostics.map(result.located), in: bytes)
    guard let submission = result.submission else { return try Contract.checkRefusal(result.diagnostics) }
    try Contract.check(!result.diagnostics.contains { $0.severity.invalidates }, "a model despite \(result.diagnostics)")
    for format in InputFormat.allCases {
      let text = Array(SubmissionWriter.write(submission, as: format).utf8)
      let again = submissionReader.read(bytes: text, path: "canonical.\(format)")
      try Contract.check(again.submission == submission, "canonical \(format) reads back to another model: \(again.diagnostics)")
    }
  }

  /// The reference-data loader (`--reference PATH`): a refusal names the file and says why in a
  /// bounded message; the same bytes give the same answer twice.
  static func reference(_ bytes: [UInt8]) throws(ContractBreach) {
    func load() -> Result<ReferenceData, ReferenceDataError> {
      do throws(ReferenceDataError) { return .success(try ReferenceDataLoader.decode(Data(bytes), path: "fuzz.json")) } catch {
        return .failure(error)
      }
    }
    let first = load()
    if case .failure(let error) = first {
      try Contract.check(error.path == "fuzz.json", "the refusal names \(error.path)")
      try Contract.checkMessage(error.message)
    }
    switch (first, load()) {
    case (.success, .success), (.failure, .failure): break
    default: throw Contract.breach("the same bytes accepted once and refused once")
    }
  }

  /// The contribution-document reader (what `export` reads): a refusal is bounded and says why;
  /// an accepted document, written again in both formats, reads back to the same model.
  static func contribution(_ bytes: [UInt8]) throws(ContractBreach) {
    let reading = ContributionReading()
    let document: ContributionDocument
    do throws(ContributionReadError) {
      document = try reading.read(bytes: bytes, path: "fuzz")
    } catch {
      switch error {
      case .unreadable(let e): throw Contract.breach("bytes in memory reported unreadable: \(e)")
      case .invalid(let path, let reasons):
        try Contract.check(path == "fuzz", "the refusal names \(path)")
        try Contract.check(!reasons.isEmpty, "a refusal without a reason")
        for reason in reasons { try Contract.checkReason(reason) }
      }
      return
    }
    for format in InputFormat.allCases {
      let text = Array(ContributionWriter.write(document, as: format).utf8)
      let reread: ContributionDocument
      do throws(ContributionReadError) {
        reread = try reading.read(bytes: text, path: "canonical")
      } catch {
        throw Contract.breach("canonical \(format) refused: \(error)")
      }
      try Contract.check(reread == document, "canonical \(format) reads back to another model")
    }
  }

  /// The binary form of spilled models (read back from compile's temporary file): any bytes
  /// give a model or nil, never a crash; a model, encoded again, decodes to the same model.
  static func modelBinary(_ bytes: [UInt8]) throws(ContractBreach) {
    guard let model = SubmissionCoding.decode(binary: bytes) else { return }
    try Contract.check(SubmissionCoding.decode(binary: SubmissionCoding.binary(model)) == model, "encoded again, the model decodes to another")
  }

  /// The web pages' form bodies (NDCForms). The input's first line (within its first 200
  /// bytes) is the `Content-Type`, the rest the body. URL-encoded fields written again read
  /// back the same. A boundary is non-empty and taken from the type. The parts hold no more
  /// bytes than the body, and no more than `MultipartForm.maxParts` of them; written again with
  /// their boundary they read back the same (unless a part holds the delimiter or a header
  /// that cannot be written as it is); the upload form's fields and file come from parts of
  /// those names.
  static func serviceForms(_ bytes: [UInt8]) throws(ContractBreach) {
    let newline = bytes.prefix(200).firstIndex(of: 0x0A)
    let type = String(decoding: newline.map { bytes[..<$0] } ?? [], as: UTF8.self)
    let body = Array(newline.map { bytes[($0 + 1)...] } ?? bytes[...])

    let fields = URLEncodedForm.fields(body)
    let written = URLEncodedForm.encode(fields.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) })
    let again = URLEncodedForm.fields(Array(written.utf8))
    try Contract.check(again == fields, "URL-encoded fields written again (\(written.prefix(200))) read back otherwise")

    guard let boundary = MultipartForm.boundary(contentType: type) else { return }
    try Contract.check(!boundary.isEmpty && boundary.utf8.count <= type.utf8.count, "the boundary \(boundary.prefix(80))")
    guard let parts = MultipartForm.parts(body, boundary: boundary) else { return }
    try Contract.check(parts.reduce(0) { $0 + $1.body.count } <= body.count, "the parts hold more bytes than the body")
    try Contract.check(parts.count <= MultipartForm.maxParts, "\(parts.count) parts")
    let form = UploadForm(parts: parts)
    let named = parts.compactMap { part in
      part.headers["content-disposition"].flatMap { MultipartForm.parameter("name", in: $0) }.map { ($0, part) }
    }
    for (name, value) in form.fields {
      try Contract.check(
        named.contains { $0.0 == name && $0.1.body.count <= UploadForm.maxFieldBytes && String(decoding: $0.1.body, as: UTF8.self) == value },
        "the field \(name.prefix(80)) is no part's")
    }
    if let file = form.file {
      try Contract.check(named.last { $0.0 == "file" }?.1.body == file.bytes, "the file is not the last part named file")
    }

    let delimiter = Array("\r\n--\(boundary)".utf8)
    func writable(_ part: MultipartPart) -> Bool {
      !part.body.contains(delimiter) && part.headers.allSatisfy { name, value in
        !name.isEmpty && !name.unicodeScalars.contains { ":\r\n \t".unicodeScalars.contains($0) }
          && !value.unicodeScalars.contains { "\r\n".unicodeScalars.contains($0) }
          && value.trimmingCharacters(in: .whitespaces) == value
      }
    }
    guard parts.allSatisfy(writable) else { return }
    var text: [UInt8] = []
    for part in parts {
      text += Array("--\(boundary)\r\n".utf8)
      for (name, value) in part.headers.sorted(by: { $0.key < $1.key }) { text += Array("\(name): \(value)\r\n".utf8) }
      text += Array("\r\n".utf8) + part.body + Array("\r\n".utf8)
    }
    text += Array("--\(boundary)--\r\n".utf8)
    try Contract.check(MultipartForm.parts(text, boundary: boundary) == parts, "the parts written again read back otherwise")
  }
}
