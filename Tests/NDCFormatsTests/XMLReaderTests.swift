@testable import NDCCore
import NDCDocument
import NDCFormats
import NDCTestSupport
import Testing

@Suite struct XMLReaderTests {
  typealias S = XMLTestSupport

  @Test func minimalDocumentReadsWithoutDiagnostics() throws {
    let result = S.read(S.document())
    #expect(result.diagnostics.isEmpty, "\(S.describe(result.diagnostics))")
    let document = try #require(result.document)
    #expect(document[member: "schemaVersion"]?.value == .string("1.0"))
    #expect(document.node(at: "/submitter/code")?.value == .string("101"))
    #expect(document.node(at: "/contact/name")?.value == .string("Åse"))
  }

  @Test func baseFixtureReadsWithoutDiagnostics() throws {
    let bytes = Array(try PackageRoot.text("fixtures/valid/base.xml").utf8)
    let result = S.read(bytes)
    #expect(result.diagnostics.isEmpty, "\(S.describe(result.diagnostics))")
    #expect(result.document?.node(at: "/inventory/years/0/entries/0/gpc") != nil)
  }

  @Test func listsBecomeArraysWithIndexedPointers() throws {
    let after = """
        <dataSources>
          <dataSource><sourceId>A</sourceId><publisher>P</publisher><title>T</title></dataSource>
          <dataSource><sourceId>B</sourceId><publisher>P &amp; Q</publisher><title><![CDATA[<T>]]></title></dataSource>
        </dataSources>
      """
    let result = S.read(S.document(after: after))
    #expect(result.diagnostics.isEmpty, "\(S.describe(result.diagnostics))")
    let document = try #require(result.document)
    #expect(document.node(at: "/dataSources/1/sourceId")?.value == .string("B"))
    #expect(document.node(at: "/dataSources/1/publisher")?.value == .string("P & Q"))
    #expect(document.node(at: "/dataSources/1/title")?.value == .string("<T>"))
    guard case .array(let items)? = document[member: "dataSources"]?.value else {
      Issue.record("dataSources is not an array")
      return
    }
    #expect(items.count == 2)
  }

  @Test func positionsCountUnicodeScalarsFromOne() throws {
    let text = S.open + "\n<!-- æøå -->\n    <submissionId>KK-1</submissionId>\n</submission>\n"
    let result = S.read(text)
    let document = try #require(result.document)
    #expect(document.node(at: "/submissionId")?.position == SourcePosition(line: 3, column: 5))
    #expect(document.position == SourcePosition(line: 1, column: 1))
  }

  @Test func columnAfterNonASCIIOnTheSameLine() throws {
    let text = S.open + "<submissionId>KK-1</submissionId><!--æøå--><cycle>C</cycle></submission>"
    let document = try #require(S.read(text).document)
    // `<cycle>` starts after 66 + 33 + 10 characters; æøå are one column each.
    let column = S.open.count + "<submissionId>KK-1</submissionId><!--æøå-->".count + 1
    #expect(document.node(at: "/cycle")?.position == SourcePosition(line: 1, column: column))
  }

  @Test func byteOrderMarkIsAllowedAndTakesNoColumn() throws {
    let result = S.read([0xEF, 0xBB, 0xBF] + Array(S.document().utf8))
    #expect(result.diagnostics.isEmpty, "\(S.describe(result.diagnostics))")
    #expect(result.document?.position == SourcePosition(line: 2, column: 1))
  }

  @Test func rootChecks() {
    let wrongRoot = #"<contribution xmlns="urn:x-ndc:submission:1.0" schemaVersion="1.0"/>"#
    #expect(S.codes(S.read(wrongRoot).diagnostics) == ["NDC-STR-011"])
    let noNamespace = #"<submission schemaVersion="1.0"/>"#
    #expect(S.codes(S.read(noNamespace).diagnostics) == ["NDC-STR-010"])
    let otherNamespace = #"<submission xmlns="urn:x-ndc:submission:2.0" schemaVersion="1.0"/>"#
    #expect(S.codes(S.read(otherNamespace).diagnostics) == ["NDC-STR-010"])
    let noVersion = #"<submission xmlns="urn:x-ndc:submission:1.0"/>"#
    #expect(S.codes(S.read(noVersion).diagnostics) == ["NDC-STR-009"])
    let wrongVersion = #"<submission xmlns="urn:x-ndc:submission:1.0" schemaVersion="2.0"/>"#
    let result = S.read(wrongVersion)
    #expect(S.codes(result.diagnostics) == ["NDC-STR-009"])
    #expect(result.diagnostics.first?.location.position == SourcePosition(line: 1, column: 1))
    #expect(result.document == nil)
  }

  @Test func notWellFormedIsABlockerWithAPosition() throws {
    let text = S.open + "\n  <submissionId>KK-1</submissionid>\n</submission>"
    let result = S.read(text)
    #expect(S.codes(result.diagnostics) == ["NDC-STR-001"], "\(S.describe(result.diagnostics))")
    let position = try #require(result.diagnostics.first?.location.position)
    #expect(position.line == 2)
    #expect(result.document == nil)
  }

  @Test func oneValidatorServesConcurrentReads() async {
    let good = S.document()
    let bad = S.document(plan: "<plan><title>K</title><framework>dk2020</framework><status>draft</status></plan>")
    let results = await withTaskGroup(of: [String].self) { group in
      for i in 0..<32 {
        group.addTask { S.codes(S.read(i % 2 == 0 ? good : bad).diagnostics) }
      }
      var all: [[String]] = []
      for await codes in group { all.append(codes) }
      return all
    }
    #expect(results.filter(\.isEmpty).count == 16)
    #expect(results.filter { $0 == ["NDC-SCH-004"] }.count == 16)
  }

  @Test func aSchemaThatDoesNotCompileThrows() {
    #expect(throws: (any Error).self) { try XMLSchemaValidator(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>") }
    #expect(throws: Never.self) { try XMLSchemaValidator(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"a\"/></xs:schema>") }
  }

  @Test func aHandWrittenSchemaValidatesWithItsOwnFormat() {
    let xsd = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="qualified">
        <xs:element name="t"><xs:complexType><xs:sequence><xs:element name="n" type="xs:integer"/></xs:sequence>
        <xs:attribute name="schemaVersion" type="xs:string" use="required"/></xs:complexType></xs:element>
      </xs:schema>
      """
    let format = DocumentFormat(
      name: "t", root: ObjectShape("T", [Field("schemaVersion", .constant("1"), required: true, xmlAttribute: true), Field("n", .integer(), required: true)]),
      namespace: "urn:t", rootElement: "t", version: "1", xsdFileName: "", jsonSchemaFileName: "", jsonSchemaID: "")
    let validator = try! XMLSchemaValidator(xsd: xsd)
    let ok = XMLDocumentReader.read(bytes: Array(#"<t xmlns="urn:t" schemaVersion="1"><n>5</n></t>"#.utf8), format: format, schema: validator)
    #expect(ok.diagnostics.isEmpty)
    #expect(ok.document?.node(at: "/n")?.value == .string("5"))
    let bad = XMLDocumentReader.read(bytes: Array(#"<t xmlns="urn:t" schemaVersion="1"><n>x</n></t>"#.utf8), format: format, schema: validator)
    #expect(S.codes(bad.diagnostics) == ["NDC-SCH-003"])
  }
}
