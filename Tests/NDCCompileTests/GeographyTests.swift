import NDCCompile
@testable import NDCCore
import Testing

/// CONTRIBUTION.md rule 2: geography as of a date.
@Suite struct GeographyTests {
  let subs = [T.submission("101"), T.submission("147"), T.submission("253"), T.submission("751")]

  @Test func cycleReferenceDateIsTheDefaultAndGivesTheOldRegions() throws {
    let doc = try T.compile(subs)
    #expect(doc.header.asOf == T.date("2025-12-31"))
    #expect(doc.geography.regions.map(\.code) == ["1082", "1084", "1085"])
    #expect(doc.figure(.region, "1084", 2020, "total")?.tco2e == T.d("200"))
    #expect(doc.figure(.region, "1085", 2020, "total")?.tco2e == T.d("100"))
  }

  @Test func mergedRegionOnTheAsOfDateIsProvisionalAndHoldsBothMemberships() throws {
    let doc = try T.compile(subs, asOf: "2027-06-30")
    #expect(doc.geography.regions.map(\.code) == ["1082", "1086"])
    let east = doc.geography.regions[1]
    #expect(east.provisional)
    #expect(east.members.map(\.code) == ["101", "147", "253"])
    #expect(east.predecessors == ["1084", "1085"])
    #expect(doc.figure(.region, "1086", 2020, "total")?.tco2e == T.d("300"))
    #expect(doc.figure(.region, "1084", 2020, "total") == nil)
  }

  @Test func dissolvedRegionSubmitterKeepsItsCodeAndIsAttributedToItsSuccessor() throws {
    let region = T.submission("1084", level: .region, years: [], targets: [
      Target(targetId: "r", kind: .netZero, targetYear: 2030, coverage: TargetCoverage(gpc: ["I"], gases: [.co2]), conditional: false, status: .adopted)
    ])
    let doc = try T.compile(subs + [region], asOf: "2027-06-30")
    #expect(doc.inputs.first { $0.submitter == "1084" }?.status == .counted)
    let listed = try #require(doc.targets.submitters.first { $0.code == "1084" })
    #expect(listed.region == "1086")
    #expect(doc.coverage.areas.first { $0.code == "1086" }?.regionReporting == true)
  }

  @Test func municipalityWithoutRegionOnTheAsOfDateIsOutsideAndNotSummed() throws {
    let gone = T.submission("999")
    let before = try T.compile(subs + [gone])
    #expect(before.inputs.first { $0.submitter == "999" }?.status == .counted)
    #expect(before.figure(.nation, "DK", 2020, "total")?.tco2e == T.d("500"))
    let after = try T.compile(subs + [gone], asOf: "2027-06-30")
    #expect(after.inputs.first { $0.submitter == "999" }?.status == .outsideGeography)
    #expect(after.figure(.nation, "DK", 2020, "total")?.tco2e == T.d("400"))
    #expect(after.figure(.municipality, "999", 2020, "total") == nil)
  }
}
