@testable import NDCCore
import Testing
@testable import NDCDocument
@testable import NDCFormats

/// Hostile inputs end in a refusal (not a crash, not a stack overflow, not a quadratic walk).
struct JSONHostileInputTests {
  @Test func twoHundredThousandNestedLists() {
    let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 200_000)
    #expect(JSONParser.parse(bytes).diagnostics.first?.code == "NDC-STR-005")
  }

  @Test func twoHundredThousandNestedObjects() {
    let bytes = Array(String(repeating: "{\"a\":", count: 200_000).utf8)
    #expect(JSONParser.parse(bytes).diagnostics.first?.code == "NDC-STR-005")
  }

  @Test func thirtyMegabyteString() {
    var bytes = Array("{\"a\": \"".utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 30_000_000)
    bytes += Array("\"}".utf8)
    #expect(JSONParser.parse(bytes).diagnostics.first?.code == "NDC-STR-006")
  }

  @Test func halfAMillionListItems() {
    var bytes = Array("[".utf8)
    for _ in 0..<500_000 { bytes += Array("{},".utf8) }
    bytes += Array("{}]".utf8)
    #expect(JSONParser.parse(bytes).diagnostics.first?.code == "NDC-STR-007")
  }

  @Test func manyMembersInOneObjectOnOneLine() {
    var text = "{"
    for k in 0..<200_000 { text += "\"m\(k)\":\(k)," }
    text += "\"m0\":0}"
    let d = JSONParser.parse(Array(text.utf8)).diagnostics.first
    #expect(d?.code == "NDC-STR-012")
    #expect(d?.location.position?.line == 1)
  }

  @Test func manyUnknownMembersGetOneDiagnosticEach() {
    var text = "{\"schemaVersion\": \"1.0\""
    for k in 0..<50_000 { text += ",\"x\(k)\":1" }
    text += "}"
    let result = JSONDocumentReader.read(bytes: Array(text.utf8), format: SubmissionFormat.document)
    #expect(result.diagnostics.filter { $0.code == "NDC-SCH-002" }.count == 50_000)
  }
}
