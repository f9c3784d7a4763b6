import Foundation
@testable import NDCCore
import NDCExport
import Testing

@Suite struct PlanningEvidenceTests {
  @Test func sixCommitmentsWithEvidenceAndATextBlockInBothLanguages() throws {
    let doc = try #require(Fixture.document)
    let json = try #require(JSONSerialization.jsonObject(with: Data(PlanningEvidence.json(doc).utf8)) as? [String: Any])
    let commitments = try #require(json["commitments"] as? [[String: Any]])
    #expect(commitments.map { $0["commitment"] as? Int } == [1, 2, 3, 4, 5, 6])
    #expect(commitments.allSatisfy { ($0["evidence"] as? [String: Any])?["engagementActivities"] != nil })
    let text = try #require(json["text"] as? [String: String])
    let en = try #require(text["en"]), da = try #require(text["da"])
    #expect(en != da)
    for c in 1...6 {
      #expect(en.contains("\n\(c). \(Catalogue.text("champ.\(c)", .en)):"))
      #expect(da.contains("\n\(c). \(Catalogue.text("champ.\(c)", .da)):"))
    }
    #expect(!en.contains("{") && !da.contains("{"), "every placeholder filled")
    let cost = doc.finance.map(\.costDKK).sum()
    #expect(cost.isPositive)
    #expect(en.contains(NumberText.format(cost, .en) + " DKK"))
    #expect(da.contains(NumberText.format(cost, .da) + " kr."))
    let activities = doc.engagement.byCommitment.filter { $0.commitment == 1 }.map(\.activities).reduce(0, +)
    #expect(activities > 0)
    #expect(en.contains("1. Consult subnational governments: \(activities) consultation activities"))
    // Counts are grouped like the other figures (decision 245): the DK corpus has over a
    // thousand participants.
    let participants = doc.engagement.byKind.filter { $0.kind.defaultChampCommitments == [1] }
      .map(\.participants).reduce(0, +)
    #expect(participants >= 1_000)
    #expect(!en.contains(" \(participants) ") && !da.contains(" \(participants) "))
    #expect(en.contains(NumberText.format(ExactDecimal(participants), .en)) && da.contains(NumberText.format(ExactDecimal(participants), .da)))
  }
}
