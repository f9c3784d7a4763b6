@testable import NDCCore
import Testing
@testable import NDCCheck

/// Small keys built directly: the set rules never see more.
func keys(
  _ index: Int, _ submitter: String = "101", version: Int = 1, cycle: String = "NDC2025", valid: Bool = true,
  fingerprint: String? = nil, id: String? = nil, level: SubmitterLevel = .municipality,
  measures: [SetKeys.MeasureKey] = []
) -> SetKeys {
  SetKeys(
    index: index, path: "in/\(index).json", submitter: submitter, level: level, cycle: cycle, version: version,
    submissionId: id ?? "\(submitter)-v\(version)-\(index)", valid: valid, fingerprint: fingerprint ?? "fp\(index)",
    measures: measures)
}

func measure(_ id: String, _ index: Int = 0, overlaps: [(String, String)] = []) -> SetKeys.MeasureKey {
  .init(measureId: id, index: index, overlaps: overlaps.map { .init(submitterCode: $0.0, measureId: $0.1) })
}

func outcome(_ inputs: [SetKeys], requestedCycle: String? = nil) -> SetOutcome {
  var checker = SetChecker(reference: Fixture.reference, requestedCycle: requestedCycle)
  for k in inputs { checker.add(k) }
  return checker.finish { _ in nil }
}

@Suite struct SelectionTests {
  func statuses(_ inputs: [SetKeys], requestedCycle: String? = nil) -> [SelectionStatus] {
    outcome(inputs, requestedCycle: requestedCycle).selection.map(\.status)
  }

  @Test func highestValidVersionCounts() {
    #expect(statuses([keys(0, version: 1), keys(1, version: 2)]) == [.superseded, .counted])
  }

  @Test func invalidNewestFallsBack() {
    let o = outcome([keys(0, version: 1), keys(1, version: 2), keys(2, version: 3, valid: false)])
    #expect(o.selection.map(\.status) == [.superseded, .fallback, .invalid])
    let d = o.diagnostics.filter { $0.code == "NDC-SET-003" }
    #expect(d.count == 1)
    #expect(d.first?.related.map(\.path) == ["in/1.json", "in/2.json"])
  }

  @Test func duplicateNewestExcludesAllCopiesAndFallsBack() {
    let o = outcome([keys(0, version: 1), keys(1, version: 2, fingerprint: "a"), keys(2, version: 2, fingerprint: "b")])
    #expect(o.selection.map(\.status) == [.fallback, .duplicate, .duplicate])
    let d = o.diagnostics.filter { $0.code == "NDC-SET-001" }
    #expect(d.map(\.severity) == [.error])
    #expect(d.first?.related == [RelatedLocation(path: "in/1.json", pointer: "/version"), RelatedLocation(path: "in/2.json", pointer: "/version")])
  }

  @Test func identicalContentIsCountedOnce() {
    let o = outcome([keys(0, fingerprint: "same", id: "x"), keys(1, fingerprint: "same", id: "x")])
    #expect(o.selection.map(\.status) == [.counted, .identical])
    #expect(o.diagnostics.isEmpty)
  }

  @Test func noValidVersion() {
    #expect(statuses([keys(0, valid: false), keys(1, version: 2, valid: false)]) == [.invalid, .invalid])
  }

  @Test func otherCycle() {
    #expect(statuses([keys(0, cycle: "NDC2030"), keys(1)], requestedCycle: "NDC2025") == [.otherCycle, .counted])
    #expect(statuses([keys(0, cycle: "NDC2030"), keys(1)]) == [.counted, .counted])
  }

  @Test func unreadableInputIsInvalid() {
    let o = outcome([SetKeys(index: 0, path: "x.xml", header: .init()), keys(1)])
    #expect(o.selection.map(\.status) == [.invalid, .counted])
  }

  @Test func submissionIdReused() {
    let o = outcome([keys(0, version: 1, id: "kbh"), keys(1, version: 2, id: "kbh")])
    let d = o.diagnostics.filter { $0.code == "NDC-SET-002" }
    #expect(d.first?.related.map(\.pointer) == ["/submissionId", "/submissionId"])
    #expect(outcome([keys(0, version: 1, id: "a"), keys(1, version: 2, id: "b")]).diagnostics.isEmpty)
    #expect(outcome([keys(0, id: "a"), keys(1, "147", id: "a")]).diagnostics.isEmpty)
  }
}

@Suite struct OverlapSetRuleTests {
  func codes(_ inputs: [SetKeys]) -> [String] { outcome(inputs).diagnostics.map(\.code) }

  @Test func declaredByBothSides() {
    let a = keys(0, "101", measures: [measure("M1", overlaps: [("147", "F1")])])
    let b = keys(1, "147", measures: [measure("F1", overlaps: [("101", "M1")])])
    #expect(codes([a, b]) == [])
  }

  @Test func oneSided() {
    let a = keys(0, "101", measures: [measure("M0"), measure("M1", 1, overlaps: [("147", "F1")])])
    let b = keys(1, "147", measures: [measure("F0"), measure("F1", 1)])
    let d = outcome([a, b]).diagnostics
    #expect(d.map(\.code) == ["NDC-SET-005"])
    #expect(d.first?.related == [
      RelatedLocation(path: "in/0.json", pointer: "/measures/1/overlaps/0"), RelatedLocation(path: "in/1.json", pointer: "/measures/1"),
    ])
  }

  @Test func counterpartLacksTheMeasure() {
    let a = keys(0, "101", measures: [measure("M1", overlaps: [("147", "F9")])])
    let b = keys(1, "147", measures: [measure("F1")])
    let d = outcome([a, b]).diagnostics
    #expect(d.map(\.code) == ["NDC-SET-004"])
    #expect(d.first?.related.map(\.path) == ["in/0.json", "in/1.json"])
  }

  @Test func onlyCountingVersionsAreSeen() {
    // 147's version 1 has F1; its counting version 2 does not.
    let a = keys(0, "101", measures: [measure("M1", overlaps: [("147", "F1")])])
    let b1 = keys(1, "147", version: 1, measures: [measure("F1", overlaps: [("101", "M1")])])
    let b2 = keys(2, "147", version: 2, measures: [])
    #expect(codes([a, b1, b2]) == ["NDC-SET-004"])
    // An invalid overlap-free newest version makes version 1 count again (fallback).
    let b2invalid = keys(2, "147", version: 2, valid: false)
    #expect(codes([a, b1, b2invalid]) == ["NDC-SET-003"])
  }

  @Test func counterpartAbsent() {
    let a = keys(0, "101", measures: [measure("M1", overlaps: [("147", "F1")])])
    #expect(codes([a]) == ["NDC-SET-007"])
  }

  @Test func regionOverlapOutsideTheRegion() {
    let region = keys(0, "1081", level: .region, measures: [measure("R1", overlaps: [("101", "M1")])])
    let m = keys(1, "101", measures: [measure("M1", overlaps: [("1081", "R1")])])
    let d = outcome([region, m]).diagnostics
    #expect(d.map(\.code) == ["NDC-SET-006"])
    #expect(d.first?.related.map(\.path) == ["in/0.json", "in/1.json"])
    let inside = keys(0, "1084", level: .region, measures: [measure("R1", overlaps: [("101", "M1")])])
    let m2 = keys(1, "101", measures: [measure("M1", overlaps: [("1084", "R1")])])
    #expect(codes([inside, m2]) == [])
  }
}

/// Issue 16 (6): a set finding names a few paths and counts the rest, however many copies.
@Suite struct SetMessageBoundTests {
  @Test func manyDuplicatesNameTheFirstFiveAndCountTheRest() {
    let inputs = (0..<5_001).map { keys($0, version: 1, fingerprint: "fp\($0)") }
    let d = outcome(inputs).diagnostics.filter { $0.code == "NDC-SET-001" }
    #expect(d.count == 1)
    let message = d.first?.message ?? ""
    #expect(message.count < 300, "\(message.count) characters")
    #expect(message.hasSuffix("in/0.json, in/1.json, in/2.json, in/3.json, in/4.json and 4996 more"), "\(message)")
    // Every copy is still a related location.
    #expect(d.first?.related.count == 5_001)
  }

  @Test func fewDuplicatesAreAllNamed() {
    let d = outcome((0..<3).map { keys($0, version: 1) }).diagnostics.filter { $0.code == "NDC-SET-001" }
    #expect(d.first?.message.hasSuffix("in/0.json, in/1.json, in/2.json") == true, "\(d.first?.message ?? "")")
  }

  @Test func reusedIdsAreBoundedToo() {
    let inputs = (0..<20).map { keys($0, version: $0 + 1, id: "same") }
    let d = outcome(inputs).diagnostics.filter { $0.code == "NDC-SET-002" }
    #expect(d.first?.message.hasSuffix("in/4.json and 15 more") == true, "\(d.first?.message ?? "")")
  }
}

/// The service asks for the findings about one new input (`finish(about:)`), which skips the
/// groups and overlaps that input is not part of: the same findings as the whole set's, filtered.
@Suite struct SetCheckerTests {
  /// A set on which every set rule fires, several times: duplicates, fallbacks, reused ids,
  /// overlaps declared back or not, to a missing measure, to a submitter with no counting
  /// version, and a region's overlap outside it; in two cycles.
  static func mixedSet() -> [SetKeys] {
    var inputs: [SetKeys] = []
    func add(_ submitter: String, version: Int, valid: Bool = true, fingerprint: String? = nil, id: String? = nil,
      cycle: String = "NDC2025", level: SubmitterLevel = .municipality, measures: [SetKeys.MeasureKey] = [])
    {
      let i = inputs.count
      inputs.append(keys(i, submitter, version: version, cycle: cycle, valid: valid, fingerprint: fingerprint, id: id,
        level: level, measures: measures))
    }
    let both = [measure("M1", overlaps: [("147", "F1")]), measure("M2", 1, overlaps: [("151", "G1")])]
    add("101", version: 1, measures: both)
    add("101", version: 2, id: "101-reused", measures: both)
    add("101", version: 3, id: "101-reused", measures: both + [measure("M3", 2, overlaps: [("173", "X1")])])
    add("147", version: 1, measures: [measure("F1", overlaps: [("101", "M1")])])
    add("147", version: 2, valid: false)  // 147 falls back to version 1
    add("151", version: 1, measures: [measure("G2")])  // 101/M2 names G1, which 151 lacks
    add("153", version: 4, fingerprint: "a", measures: [measure("H1", overlaps: [("101", "M9")])])
    add("153", version: 4, fingerprint: "b")  // a duplicate: 153 has no counting version
    add("1081", version: 1, level: .region, measures: [measure("R1", overlaps: [("101", "M1"), ("147", "F1")])])
    add("155", version: 1, cycle: "NDC2030", measures: [measure("K1", overlaps: [("101", "M1")])])
    add("101", version: 1, cycle: "NDC2030", measures: [measure("M1")])
    return inputs
  }

  func finish(_ inputs: [SetKeys], about path: String?) -> [Diagnostic] {
    var checker = SetChecker(reference: Fixture.reference, requestedCycle: nil)
    for k in inputs { checker.add(k) }
    return checker.finish(about: path) { $0.fingerprint }.diagnostics
  }

  @Test func findingsAboutOneInput() {
    let inputs = Self.mixedSet()
    let all = finish(inputs, about: nil)
    #expect(Set(all.map(\.code)) == Set(SetRules.all.map(\.code)), "every set rule fires on the set")
    var named = 0
    for k in inputs + [keys(99, "999")] {
      let expected = all.filter { $0.related.contains { $0.path == k.path } }
      #expect(finish(inputs, about: k.path) == expected, "\(k.path)")
      named += expected.count
    }
    #expect(named > all.count, "findings name more than one input")
  }
}

/// Keys handed over as one array (as `validate` hands them) or one at a time, in input order
/// or not: the same outcome. A set already in input order is not sorted (no copy); one out of
/// order still is.
@Suite struct SetCheckerInputOrderTests {
  func outcome(adding batches: [[SetKeys]]) -> SetOutcome {
    var checker = SetChecker(reference: Fixture.reference, requestedCycle: nil)
    for batch in batches { checker.add(contentsOf: batch) }
    return checker.finish { $0.fingerprint }
  }

  @Test func handedOverInBatchesOrShuffledTheSameOutcome() {
    let inputs = SetCheckerTests.mixedSet()
    let one = outcome(adding: [inputs])
    #expect(!one.diagnostics.isEmpty)
    #expect(outcome(adding: inputs.map { [$0] }) == one)
    #expect(outcome(adding: [Array(inputs[5...]), Array(inputs[..<5])]) == one, "out of order: sorted")
    #expect(outcome(adding: [inputs.reversed()]) == one, "reversed: sorted")
    #expect(outcome(adding: [Array(inputs.dropLast())]) != one, "the outcome depends on the inputs")
  }
}
