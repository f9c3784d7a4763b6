import Foundation
@testable import NDCCore
import NDCDocument
import NDCFormats
import Testing
@testable import NDCCheck
import NDCTestSupport

@Suite struct CatalogueTests {
  @Test func codesAreUniqueAndWellFormed() {
    let codes = RuleCatalogue.all.map(\.code)
    #expect(Set(codes).count == codes.count)
    #expect(codes.count >= 40)
    for r in RuleCatalogue.all {
      #expect(r.code.wholeMatch(of: /NDC-[A-Z]+-[0-9]{3}/) != nil, "\(r.code)")
      #expect(!r.title.isEmpty && r.explanation.contains("Example"), "\(r.code) explains with an example")
    }
  }

  @Test func containsEveryRule() {
    let codes = Set(RuleCatalogue.all.map(\.code))
    let expected = StructureRules.all.map(\.code) + SubmissionRules.all.map(\.code) + SetRules.all.map(\.code) + ["NDC-IDN-005"]
    #expect(expected.filter { !codes.contains($0) } == [])
    #expect(codes.count == expected.count)
    #expect(RuleCatalogue.rule("NDC-TGT-009")?.severity == .warning)
    #expect(RuleCatalogue.rule("NDC-XXX-001") == nil)
  }

  @Test func groupedByArea() {
    var seen: [String] = []
    for r in RuleCatalogue.all where seen.last != r.area {
      #expect(!seen.contains(r.area), "area \(r.area) appears in two places")
      seen.append(r.area)
    }
  }

  /// The severities of SUBMISSION.md's table.
  @Test func severitiesAsTheTableSays() {
    let expected: [String: Severity] = [
      "NDC-IDN-001": .error, "NDC-IDN-002": .error, "NDC-IDN-003": .warning, "NDC-IDN-004": .error, "NDC-IDN-005": .error,
      "NDC-PLN-001": .error, "NDC-INV-001": .error, "NDC-INV-012": .error, "NDC-INV-013": .warning, "NDC-INV-014": .warning,
      "NDC-TGT-005": .warning, "NDC-TGT-007": .warning, "NDC-TGT-008": .warning, "NDC-TGT-009": .warning,
      "NDC-TGT-011": .warning, "NDC-TGT-012": .info, "NDC-MEA-004": .warning, "NDC-MEA-005": .error,
      "NDC-MEA-006": .error, "NDC-MEA-007": .warning, "NDC-MEA-009": .warning, "NDC-PLS-001": .warning,
      "NDC-PLS-002": .info, "NDC-PLS-003": .warning, "NDC-PLS-004": .warning, "NDC-SET-001": .error,
      "NDC-SET-002": .warning, "NDC-SET-003": .warning, "NDC-SET-004": .warning, "NDC-SET-005": .warning, "NDC-SET-006": .warning,
    ]
    for (code, severity) in expected { #expect(RuleCatalogue.rule(code)?.severity == severity, "\(code)") }
  }

  static let docsPath = PackageRoot.path("docs/rules.md")

  @Test func docsRulesIsCurrent() throws {
    let generated = RuleCatalogueDocument.markdown()
    if ProcessInfo.processInfo.environment["NDC_UPDATE_DOCS"] == "1" {
      try generated.write(to: Self.docsPath, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.docsPath, encoding: .utf8)
    #expect(committed == generated, "docs/rules.md is stale: run with NDC_UPDATE_DOCS=1")
  }
}
