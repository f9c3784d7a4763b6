@testable import NDCCore
import NDCDocument
import NDCFormats

/// Shared pieces of the XML tests: one compiled schema (as the `SubmissionReader` shares one)
/// and a minimal valid submission to vary.
enum XMLTestSupport {
  static let format = SubmissionFormat.document
  static let validator: XMLSchemaValidator = try! XMLSchemaValidator(format: SubmissionFormat.document)

  static func read(_ text: String) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    read(Array(text.utf8))
  }

  static func read(_ bytes: [UInt8]) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    XMLDocumentReader.read(bytes: bytes, format: format, schema: validator)
  }

  static let open = #"<submission xmlns="urn:x-ndc:submission:1.0" schemaVersion="1.0">"#

  /// The members of a minimal valid submission, after the root start tag; `plan` and
  /// `submitter` can be replaced to plant an error.
  static func body(
    submitter: String = "<submitter><level>municipality</level><code>101</code><name>København</name></submitter>",
    plan: String = "<plan><title>Klimaplan</title><framework>DK2020</framework><status>draft</status></plan>",
    after: String = ""
  ) -> String {
    """
      <submissionId>KK-1</submissionId>
      <cycle>NDC2025</cycle>
      <version>1</version>
      <submittedAt>2026-03-31T14:30:00+02:00</submittedAt>
      \(submitter)
      <contact><name>Åse</name><email>a@kk.dk</email></contact>
      <language>da</language>
      \(plan)
    \(after)
    """
  }

  static func document(
    submitter: String = "<submitter><level>municipality</level><code>101</code><name>København</name></submitter>",
    plan: String = "<plan><title>Klimaplan</title><framework>DK2020</framework><status>draft</status></plan>",
    after: String = ""
  ) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + open + "\n" + body(submitter: submitter, plan: plan, after: after)
      + "\n</submission>\n"
  }

  static func codes(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.code) }

  static func describe(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { "\($0.code) \($0.location.pointer) \($0.location.position.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)" }
      .joined(separator: "\n")
  }
}
