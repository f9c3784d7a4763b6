@testable import NDCCore
import NDCDocument
import Testing

@Suite struct XMLPrescanTests {
  private func breach(_ text: String) -> PrescanBreach? {
    if case .failure(let breach) = XMLPrescan.scan(Array(text.utf8)) { return breach }
    return nil
  }

  private func scan(_ text: String) throws -> XMLPrescan {
    try XMLPrescan.scan(Array(text.utf8)).get()
  }

  @Test func largeStringBreachAloneAndItsPosition() throws {
    let text = "<a>\n  <b>" + String(repeating: "é", count: Limits.maxStringBytes / 2 + 1) + "</b></a>"
    let found = try #require(breach(text))
    #expect(found.rule.code == "NDC-STR-006")
    #expect(found.position == SourcePosition(line: 2, column: 3))
    #expect(breach("<a><b>" + String(repeating: "é", count: Limits.maxStringBytes / 2) + "</b></a>") == nil)
  }

  @Test func textSplitByCommentsStillCountsAsOneValue() {
    let half = String(repeating: "x", count: Limits.maxStringBytes / 2 + 1)
    #expect(breach("<a>\(half)<!-- c -->\(half)</a>")?.rule.code == "NDC-STR-006")
    #expect(breach("<a>\(half)<?pi x?><![CDATA[\(half)]]></a>")?.rule.code == "NDC-STR-006")
    #expect(breach("<a><b>\(half)</b><b>\(half)</b></a>") == nil)
  }

  @Test func referencesCountAsWhatTheyStandFor() {
    let amps = String(repeating: "&amp;", count: Limits.maxStringBytes)
    #expect(breach("<a>\(amps)</a>") == nil)
    #expect(breach("<a>\(amps)&#xE9;</a>")?.rule.code == "NDC-STR-006")
  }

  @Test func longAttributeValue() {
    let value = String(repeating: "v", count: Limits.maxStringBytes + 1)
    #expect(breach("<a b=\"\(value)\"/>")?.rule.code == "NDC-STR-006")
    #expect(breach("<a b=\"\(value.dropFirst())\"/>") == nil)
  }

  @Test func attributesAtAndOverTheLimit() {
    let attributes = { (n: Int) in (0..<n).map { " a\($0)='x'" }.joined() }
    #expect(breach("<a\(attributes(Limits.maxAttributes))/>") == nil)
    #expect(breach("<a\(attributes(Limits.maxAttributes + 1))/>")?.rule.code == "NDC-STR-008")
  }

  @Test func childrenAtAndOverTheLimit() {
    #expect(breach("<a>" + String(repeating: "<b/>", count: Limits.maxListItems) + "</a>") == nil)
    #expect(breach("<a>" + String(repeating: "<b/>", count: Limits.maxListItems + 1) + "</a>")?.rule.code == "NDC-STR-007")
  }

  @Test func markupInsideCommentsCDATAAndQuotesIsNotMarkup() throws {
    let text = #"<a x="<b>" y='>'><!-- <c> --><![CDATA[<d>]]><?p <e>?><f/></a>"#
    let scan = try scan(text)
    #expect(scan.elements.count == 2)
    #expect(scan.localName(of: 1) == "f")
    #expect(scan.elements[1].position == SourcePosition(line: 1, column: text.count - 7))
  }

  @Test func doctypeHiddenInACommentIsNoDoctype() {
    #expect(breach("<!-- <!DOCTYPE x> --><a/>") == nil)
    #expect(breach("<a><![CDATA[<!DOCTYPE x>]]></a>") == nil)
    #expect(breach("<a/><!DOCTYPE x>")?.rule.code == "NDC-STR-003")
  }

  @Test func depthInsideAttributesAndCommentsDoesNotCount() {
    let deep = String(repeating: "<x>", count: 100)
    #expect(breach("<a b=\"\(deep)\"><!--\(deep)--></a>") == nil)
  }

  @Test func positionsCountScalarsAndLineEnds() throws {
    let scan = try scan("<a>\r\n æøå <b/>\r<c/>\n\t<d/></a>")
    #expect(scan.elements.map(\.position) == [
      SourcePosition(line: 1, column: 1), SourcePosition(line: 2, column: 6), SourcePosition(line: 3, column: 1),
      SourcePosition(line: 4, column: 2),
    ])
  }

  @Test func prefixedNamesGiveTheirLocalName() throws {
    let scan = try scan(#"<n:a xmlns:n="urn:x"><n:b/></n:a>"#)
    #expect(scan.localName(of: 1) == "b")
  }

  @Test func encodingDeclaration() {
    #expect(breach(#"<?xml version="1.0" encoding="UTF-8"?><a/>"#) == nil)
    #expect(breach(#"<?xml version="1.0"?><a/>"#) == nil)
    #expect(breach(#"<?xml version="1.0" encoding="windows-1252"?><a/>"#)?.rule.code == "NDC-STR-002")
  }
}
