@testable import NDCCore
import NDCDocument
import NDCFormats
import Testing

@Suite struct XMLWriterTests {
  typealias S = XMLTestSupport

  static let canonical = """
    <?xml version="1.0" encoding="UTF-8"?>
    <submission xmlns="urn:x-ndc:submission:1.0" schemaVersion="1.0">
      <submissionId>KK-1</submissionId>
      <cycle>NDC2025</cycle>
      <version>1</version>
      <submittedAt>2026-03-31T14:30:00+02:00</submittedAt>
      <submitter>
        <level>municipality</level>
        <code>101</code>
        <name>København &amp; Frederiksberg &lt;3&gt;</name>
      </submitter>
      <contact>
        <name>Åse "Ø"</name>
        <email>a@kk.dk</email>
      </contact>
      <language>da</language>
      <plan>
        <title>Klimaplan</title>
        <framework>DK2020</framework>
        <status>draft</status>
      </plan>
      <dataSources>
        <dataSource>
          <sourceId>A</sourceId>
          <publisher>P</publisher>
          <title>T</title>
        </dataSource>
      </dataSources>
    </submission>

    """

  @Test func readThenWriteGivesTheCanonicalText() throws {
    let messy = """
      \u{FEFF}<?xml version='1.0' encoding='utf-8'?>
      <!-- a comment --><submission schemaVersion="1.0" xmlns="urn:x-ndc:submission:1.0"><submissionId>KK-1</submissionId>
      <cycle>NDC2025</cycle><version>1</version><submittedAt>2026-03-31T14:30:00+02:00</submittedAt>
      <submitter><level>municipality</level><code>101</code><name><![CDATA[København & Frederiksberg <3>]]></name></submitter>
      <contact><name>Åse &quot;Ø&quot;</name><email>a@kk.dk</email></contact><language>da</language>
      <plan><title>Klimaplan</title><framework>DK2020</framework><status>draft</status></plan>
      <dataSources><dataSource><sourceId>A</sourceId><publisher>P</publisher><title>T</title></dataSource></dataSources>
      <targets></targets>
      </submission>
      """
    let bytes = Array(messy.utf8.dropFirst(3))  // the BOM above is one scalar: keep it as bytes
    let result = S.read([0xEF, 0xBB, 0xBF] + bytes)
    #expect(result.diagnostics.isEmpty, "\(S.describe(result.diagnostics))")
    let document = try #require(result.document)
    #expect(XMLWriter.write(document, format: S.format) == Self.canonical)
  }

  @Test func writingIsIdempotent() throws {
    let once = try #require(S.read(Self.canonical).document)
    let text = XMLWriter.write(once, format: S.format)
    #expect(text == Self.canonical)
    let twice = try #require(S.read(text).document)
    #expect(XMLWriter.write(twice, format: S.format) == text)
  }

  @Test func absentMembersAndEmptyListsAreNotWritten() {
    let document = DocNode(.object([
      DocMember("schemaVersion", DocNode(.string("1.0"))),
      DocMember("submissionId", DocNode(.string("a\"b"))),
      DocMember("measures", DocNode(.array([]))),
    ]))
    let text = XMLWriter.write(document, format: S.format)
    #expect(text == """
      <?xml version="1.0" encoding="UTF-8"?>
      <submission xmlns="urn:x-ndc:submission:1.0" schemaVersion="1.0">
        <submissionId>a"b</submissionId>
      </submission>

      """)
  }

  @Test func attributeValuesEscapeQuotes() {
    let document = DocNode(.object([DocMember("schemaVersion", DocNode(.string("1\"&<")))]))
    #expect(XMLWriter.write(document, format: S.format).contains(#"schemaVersion="1&quot;&amp;&lt;""#))
  }
}
