import NDCCompile
@testable import NDCCore
import Testing

/// CONTRIBUTION.md rule 6: gross and net effects and the overlap ledger.
@Suite struct OverlapLedgerTests {
  func compile(_ measures: [String: [Measure]]) throws -> ContributionMeasures {
    try T.compile(measures.map { code, list in
      T.submission(code, level: code.count == 4 ? .region : .municipality, years: code.count == 4 ? [] : [(2020, [T.entry("I", "1")])], measures: list)
    }).measures
  }
  func total(_ m: ContributionMeasures, _ year: Int = 2030) -> EffectTotal? { m.totals.first { $0.year == year && $0.kind == .expected } }

  @Test func bothSidedPairRemovesTheSmallerDeclaredShare() throws {
    let m = try compile([
      "101": [T.measure("a", effects: [(2030, "100")], overlaps: [T.overlap("147", "b", "0.5")])],
      "147": [T.measure("b", effects: [(2030, "80")], overlaps: [T.overlap("101", "a", "0.25")])],
    ])
    #expect(m.ledger.count == 1)
    let line = m.ledger[0]
    #expect(line.declaration == .both)
    #expect(line.tco2e == T.d("20"))  // min(50, 20)
    #expect(line.attributedTo == MeasureRef(submitter: "101", measureId: "a"))
    #expect(total(m)?.gross == T.d("180"))
    #expect(total(m)?.net == T.d("160"))
  }

  @Test func oneSidedPairIsCappedByTheOtherEffect() throws {
    let m = try compile([
      "101": [T.measure("a", effects: [(2030, "100")], overlaps: [T.overlap("147", "b", "0.9")])],
      "147": [T.measure("b", effects: [(2030, "30")])],
    ])
    #expect(m.ledger.map(\.declaration) == [.oneSided])
    #expect(m.ledger[0].tco2e == T.d("30"))  // min(90, 30)
    #expect(total(m)?.net == T.d("100"))
  }

  @Test func missingCounterpartRemovesNothing() throws {
    let m = try compile([
      "101": [T.measure("a", effects: [(2030, "100")], overlaps: [T.overlap("147", "nope", "0.5"), T.overlap("253", "x", "0.5")])],
      "147": [T.measure("b", effects: [(2030, "30")])],
    ])
    #expect(m.ledger.isEmpty)
    #expect(total(m)?.net == T.d("130"))
  }

  @Test func negativeEffectNeverTakesPart() throws {
    let m = try compile([
      "101": [T.measure("a", effects: [(2030, "100"), (2035, "50")], overlaps: [T.overlap("147", "b", "0.5")])],
      "147": [T.measure("b", effects: [(2030, "-40"), (2035, "20")], overlaps: [T.overlap("101", "a", "0.5")])],
    ])
    #expect(m.ledger.map(\.year) == [2035])
    #expect(total(m, 2030)?.gross == T.d("60"))
    #expect(total(m, 2030)?.net == T.d("60"))
    #expect(total(m, 2035)?.net == T.d("60"))  // 70 − min(25, 10)
  }

  @Test func regionSideTakesTheRemovalAndTiesGoToTheLowerCode() throws {
    let m = try compile([
      "1084": [T.measure("r", effects: [(2030, "10")], overlaps: [T.overlap("101", "a", "1")])],
      "101": [T.measure("a", effects: [(2030, "100")], overlaps: [T.overlap("147", "b", "0.5")])],
      "147": [T.measure("b", effects: [(2030, "100")])],
    ])
    let byPair = Dictionary(uniqueKeysWithValues: m.ledger.map { ("\($0.first.submitter)-\($0.second.submitter)", $0) })
    #expect(byPair["101-1084"]?.attributedTo.submitter == "1084")
    #expect(byPair["101-1084"]?.tco2e == T.d("10"))
    #expect(byPair["101-147"]?.attributedTo == MeasureRef(submitter: "101", measureId: "a"))
  }

  @Test func threeWayOverlapIsScaledInProportionToTheEffect() throws {
    // a (100) overlaps b (90) and c (60); both pairs are attributed to a (the larger effect):
    // removals min(0.8×100, 0.9×90)=80 and min(0.6×100, 60)=60 exceed a's 100 → scaled to 100×80/140 and 100×60/140.
    let m = try compile([
      "101": [T.measure("a", effects: [(2030, "100")], overlaps: [T.overlap("147", "b", "0.8"), T.overlap("253", "c", "0.6")])],
      "147": [T.measure("b", effects: [(2030, "90")], overlaps: [T.overlap("101", "a", "0.9")])],
      "253": [T.measure("c", effects: [(2030, "60")])],
    ])
    #expect(m.ledger.map(\.computed) == [T.d("80"), T.d("60")])
    #expect(m.ledger.map(\.tco2e) == [T.d("57.142857"), T.d("42.857143")])
    #expect(m.ledger.map(\.tco2e).sum() == T.d("100"))
    let a = m.submitters.first { $0.code == "101" }!.measures[0].settled[0]
    #expect(a.removed == T.d("100"))
    #expect(a.net == .zero)
    #expect(total(m)?.net == T.d("150"))
  }

  @Test func eachUnorderedPairIsSettledOncePerYearAndKind() throws {
    let m = try compile([
      "101": [T.measure("a", effects: [(2030, "10"), (2040, "10")], overlaps: [T.overlap("147", "b", "1")])],
      "147": [T.measure("b", effects: [(2030, "10"), (2040, "20")], overlaps: [T.overlap("101", "a", "1")])],
    ])
    #expect(m.ledger.map(\.year) == [2030, 2040])
    #expect(m.ledger[0].attributedTo.submitter == "101")  // tie: the lower code
    #expect(m.ledger[1].attributedTo.submitter == "147")  // the larger effect
  }

  @Test func breakdownsUsePrimaryValuesAndAddUpToTotals() throws {
    let m = try compile([
      "101": [T.measure("a", effects: [(2030, "10")], gpc: ["II.1", "I"], instruments: [.fiscal, .economic], dependency: "tax"),
              T.measure("b", effects: [(2030, "5")], gpc: ["I"], category: .waste)],
    ])
    for dimension in BreakdownDimension.allCases {
      let lines = m.breakdowns.filter { $0.dimension == dimension && $0.year == 2030 }
      #expect(lines.map(\.gross).sum() == total(m)?.gross)
      #expect(lines.map(\.net).sum() == total(m)?.net)
    }
    #expect(m.breakdowns.filter { $0.dimension == .sector }.map(\.key) == ["I", "II"])
    #expect(m.nationalDependency.map(\.gross) == [T.d("10")])
  }
}
