@testable import NDCCore
import NDCDocument
import NDCFormats
import Testing

/// Hostile XML: each is a BLOCKER, never a crash, never a network access (no DOCTYPE ever
/// reaches libxml2), and each is refused before libxml2 does work proportional to the attack.
@Suite struct HostileXMLTests {
  typealias S = XMLTestSupport

  private func blockerCodes(_ text: String) -> [String] { blockerCodes(Array(text.utf8)) }

  private func blockerCodes(_ bytes: [UInt8]) -> [String] {
    let result = S.read(bytes)
    #expect(result.document == nil)
    #expect(result.diagnostics.allSatisfy { $0.severity == .blocker }, "\(S.describe(result.diagnostics))")
    return S.codes(result.diagnostics)
  }

  @Test func externalGeneralEntity() {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE submission [<!ENTITY x SYSTEM "http://127.0.0.1:9/secret">]>
      \(S.open)<submissionId>&x;</submissionId></submission>
      """
    #expect(blockerCodes(text) == ["NDC-STR-003"])
  }

  @Test func externalParameterEntity() {
    let text = """
      <!DOCTYPE submission [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
      \(S.open)</submission>
      """
    #expect(blockerCodes(text) == ["NDC-STR-003"])
  }

  @Test func billionLaughs() {
    var entities = #"<!ENTITY l0 "lol">"#
    for i in 1...9 { entities += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">" }
    let text = "<!DOCTYPE submission [\(entities)]>\n\(S.open)<submissionId>&l9;</submissionId></submission>"
    #expect(blockerCodes(text) == ["NDC-STR-003"])
  }

  @Test func externalDTD() {
    #expect(blockerCodes("<!DOCTYPE submission SYSTEM \"http://127.0.0.1:9/s.dtd\">\n\(S.open)</submission>") == ["NDC-STR-003"])
  }

  @Test func doctypeInAnyCaseAndAfterAComment() {
    #expect(blockerCodes("<!-- x --><!doctype submission>\(S.open)</submission>") == ["NDC-STR-003"])
  }

  @Test func undeclaredEntityWithoutDoctypeIsNotWellFormed() {
    #expect(blockerCodes(S.open + "<submissionId>&x;</submissionId></submission>") == ["NDC-STR-001"])
  }

  @Test func xIncludeIsOnlyAnUnexpectedElement() throws {
    let include = #"<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>"#
    let result = S.read(S.document(after: include))
    #expect(S.codes(result.diagnostics) == ["NDC-SCH-002"], "\(S.describe(result.diagnostics))")
    let document = try #require(result.document)
    #expect(document[member: "include"] == nil)
  }

  @Test func deepNesting() {
    let depth = 200_000
    let text = S.open + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</submission>"
    #expect(blockerCodes(text) == ["NDC-STR-005"])
  }

  @Test func nestingAtTheLimitIsNotABreach() {
    let inner = Limits.maxDepth - 1
    let text = S.open + String(repeating: "<a>", count: inner) + String(repeating: "</a>", count: inner) + "</submission>"
    #expect(!S.codes(S.read(text).diagnostics).contains("NDC-STR-005"))
  }

  @Test func manyAttributes() {
    let attributes = (0..<100_000).map { " a\($0)=\"\"" }.joined()
    let text = #"<submission xmlns="urn:x-ndc:submission:1.0" schemaVersion="1.0""# + attributes + "></submission>"
    #expect(blockerCodes(text) == ["NDC-STR-008"])
  }

  @Test func hugeTextNodeIsRefusedBeforeLibxml2() {
    // The reader gets at most 16 MiB from its caller: a 30 MB file never reaches it; a text of
    // 16 MiB does, and the prescan refuses it at 64 KiB + 1.
    let text = S.open + "<submissionId>" + String(repeating: "x", count: 16 * 1024 * 1024 - 200) + "</submissionId></submission>"
    #expect(blockerCodes(text) == ["NDC-STR-006"])
  }

  @Test func inputLargerThanTheFileLimit() {
    let bytes = Array(S.open.utf8) + [UInt8](repeating: 0x20, count: 30 * 1024 * 1024)
    #expect(blockerCodes(bytes) == ["NDC-STR-004"])
  }

  @Test func truncatedFile() {
    let text = S.document()
    #expect(blockerCodes(String(text.prefix(text.count / 2))) == ["NDC-STR-001"])
  }

  @Test func emptyFile() {
    #expect(blockerCodes("") == ["NDC-STR-001"])
    #expect(blockerCodes("  \n") == ["NDC-STR-001"])
  }

  @Test func binaryGarbage() {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    #expect(blockerCodes([UInt8(ascii: "<")] + bytes) == ["NDC-STR-002"])
    #expect(blockerCodes([0x3C, 0x00, 0x01, 0x02, 0x3E]) == ["NDC-STR-001"])
  }

  @Test func latin1Bytes() {
    let bytes = Array(S.open.utf8) + Array("<submissionId>K".utf8) + [0xF8] + Array("ge</submissionId></submission>".utf8)
    #expect(blockerCodes(bytes) == ["NDC-STR-002"])
  }

  @Test func foreignEncodingDeclaration() {
    #expect(blockerCodes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + S.open + "</submission>") == ["NDC-STR-002"])
    #expect(blockerCodes("<?xml version='1.0' encoding = 'latin1'?>" + S.open + "</submission>") == ["NDC-STR-002"])
    let utf8 = S.read("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + S.open + "</submission>")
    #expect(!S.codes(utf8.diagnostics).contains("NDC-STR-002"))
  }

  @Test func tooManyChildren() {
    let text = S.open + "<dataSources>" + String(repeating: "<dataSource/>", count: Limits.maxListItems + 1) + "</dataSources></submission>"
    #expect(blockerCodes(text) == ["NDC-STR-007"])
  }
}
