import Foundation
@testable import NDCCore
import NDCFormats
import Testing

/// Each schema ERROR code from libxml2's findings, both ways: the planted mistake fires it at
/// the right pointer, and the corrected document does not.
@Suite struct XMLSchemaMappingTests {
  typealias S = XMLTestSupport

  static let goodPlan = "<plan><title>Klimaplan</title><framework>DK2020</framework><status>draft</status></plan>"
  static let goodSubmitter = "<submitter><level>municipality</level><code>101</code><name>København</name></submitter>"

  private func diagnostics(plan: String = goodPlan, submitter: String = goodSubmitter, after: String = "") -> [Diagnostic] {
    S.read(S.document(submitter: submitter, plan: plan, after: after)).diagnostics
  }

  @Test func correctedDocumentHasNoFindings() {
    #expect(diagnostics().isEmpty)
  }

  @Test func missingElementPointsAtItsParent() throws {
    let found = diagnostics(plan: "<plan><title>Klimaplan</title><framework>DK2020</framework></plan>")
    let diagnostic = try #require(found.first, "\(S.describe(found))")
    #expect(found.count == 1, "\(S.describe(found))")
    #expect(diagnostic.code == "NDC-SCH-001")
    #expect(diagnostic.location.pointer == "/plan")
    #expect(diagnostic.message.contains("`status`"))
  }

  @Test func missingElementBeforeAnotherIsMissingNotUnexpected() throws {
    let found = diagnostics(plan: "<plan><framework>DK2020</framework><status>draft</status></plan>")
    #expect(S.codes(found) == ["NDC-SCH-001"], "\(S.describe(found))")
    #expect(found.first?.location.pointer == "/plan")
    #expect(found.first?.message.contains("`title`") == true)
  }

  @Test func unexpectedElement() throws {
    let found = diagnostics(plan: "<plan><titel>Klimaplan</titel><framework>DK2020</framework><status>draft</status></plan>")
    #expect(S.codes(found) == ["NDC-SCH-002"], "\(S.describe(found))")
    #expect(found.first?.location.pointer == "/plan/titel")
    #expect(found.first?.message.contains("`titel`") == true)
  }

  @Test func elementOutOfOrderIsUnexpected() {
    let found = diagnostics(plan: "<plan><title>K</title><status>draft</status><framework>DK2020</framework></plan>")
    #expect(S.codes(found) == ["NDC-SCH-002"], "\(S.describe(found))")
  }

  @Test func wrongType() {
    let after = "<inventory><methodology>other</methodology><gwp>AR5</gwp><boundary>territorial</boundary><years><inventoryYear><year>twenty</year><baseYear>true</baseYear><entries><entry><gpc>I</gpc><gas>CO2</gas><amount>1</amount></entry></entries></inventoryYear></years></inventory>"
    let found = diagnostics(after: after)
    #expect(S.codes(found) == ["NDC-SCH-003"], "\(S.describe(found))")
    #expect(found.first?.location.pointer == "/inventory/years/0/year")
    #expect(found.first?.message.contains("twenty") == true)
    let fixed = diagnostics(after: after.replacingOccurrences(of: "twenty", with: "2020"))
    #expect(fixed.isEmpty, "\(S.describe(fixed))")
  }

  @Test func enumeration() {
    let found = diagnostics(plan: "<plan><title>K</title><framework>dk2020</framework><status>draft</status></plan>")
    #expect(S.codes(found) == ["NDC-SCH-004"], "\(S.describe(found))")
    #expect(found.first?.location.pointer == "/plan/framework")
    #expect(found.first?.message.contains("`DK2020`") == true)
  }

  @Test func zeroPaddedCodeHintsTheCanonicalForm() throws {
    let found = diagnostics(submitter: "<submitter><level>municipality</level><code>0101</code><name>K</name></submitter>")
    #expect(S.codes(found) == ["NDC-SCH-005"], "\(S.describe(found))")
    let diagnostic = try #require(found.first)
    #expect(diagnostic.location.pointer == "/submitter/code")
    #expect(diagnostic.hint?.contains("`101`") == true)
    #expect(diagnostic.location.position?.line == 7)
  }

  @Test func bounds() {
    let after = "<inventory><methodology>other</methodology><gwp>AR5</gwp><boundary>territorial</boundary><years><inventoryYear><year>1989</year><baseYear>true</baseYear><entries><entry><gpc>I</gpc><gas>CO2</gas><amount>1</amount></entry></entries></inventoryYear></years></inventory>"
    let found = diagnostics(after: after)
    #expect(S.codes(found) == ["NDC-SCH-006"], "\(S.describe(found))")
    #expect(found.first?.location.pointer == "/inventory/years/0/year")
    #expect(diagnostics(after: after.replacingOccurrences(of: "1989", with: "1990")).isEmpty)
  }

  @Test func tooFewItems() {
    let after = "<inventory><methodology>other</methodology><gwp>AR5</gwp><boundary>territorial</boundary><years></years></inventory>"
    let found = diagnostics(after: after)
    #expect(S.codes(found) == ["NDC-SCH-006"], "\(S.describe(found))")
    #expect(found.first?.location.pointer == "/inventory/years")
  }

  @Test func twoBadValuesOnOneLineGetTheirOwnPointers() {
    let after = "<measures><measure><measureId>M</measureId><title>T</title><gpc><code>I</code></gpc><gases><gas>co2</gas><gas>ch4</gas></gases><instruments><instrument>other</instrument></instruments><status>planned</status><startYear>2020</startYear><implementingEntities><entity>K</entity></implementingEntities></measure></measures>"
    let found = diagnostics(after: after)
    #expect(found.map(\.location.pointer) == ["/measures/0/gases/0", "/measures/0/gases/1"], "\(S.describe(found))")
    #expect(S.codes(found) == ["NDC-SCH-004", "NDC-SCH-004"])
  }
}
