import NDCCompile
@testable import NDCCore
import Testing

/// CONTRIBUTION.md rule 5: the counting 2030 target, implied levels and the synthesis.
@Suite struct TargetTests {
  static func target(
    _ id: String, _ kind: TargetKind, year: Int = 2030, base: (Int, String)? = nil, percent: String? = nil,
    level: String? = nil, baseline: String? = nil, sectors: [String] = ["I", "II"], conditional: Bool = false,
    status: TargetStatus = .adopted
  ) -> Target {
    Target(
      targetId: id, kind: kind, baseYear: base?.0, baseYearEmissions: base.map { T.d($0.1) }, targetYear: year,
      reductionPercent: percent.map(T.d), targetEmissions: level.map(T.d), baselineEmissions: baseline.map(T.d),
      intensityUnit: kind == .intensity ? "tCO2e/resident" : nil, targetIntensity: kind == .intensity ? T.d("2") : nil,
      coverage: TargetCoverage(gpc: sectors, gases: [.co2]), conditional: conditional, status: status)
  }

  func counting(_ targets: [Target], years: [(Int, [InventoryEntry])] = [(2018, [T.entry("I", "1000")]), (2023, [T.entry("I", "800")])]) throws -> Counting2030Target? {
    let doc = try T.compile([T.submission("101", years: years, targets: targets)])
    return doc.targets.submitters.first?.counting2030
  }

  @Test func impliedLevelPerKind() throws {
    #expect(try counting([Self.target("a", .baseYear, base: (2018, "1000"), percent: "70")])?.implied2030 == T.d("300"))
    #expect(try counting([Self.target("a", .fixedLevel, level: "250.5")])?.implied2030 == T.d("250.5"))
    #expect(try counting([Self.target("a", .baselineScenario, percent: "33.333333", baseline: "900")])?.implied2030 == T.d("600.000003"))
    #expect(try counting([Self.target("a", .netZero, year: 2028)])?.implied2030 == .zero)
    #expect(try counting([Self.target("a", .intensity)])?.implied2030 == nil)
  }

  @Test func impliedLevelIsRoundedHalfEvenOnce() throws {
    // 0.000005 × (1 − 50/100) = 0.0000025 → 0.000002 (half to even)
    #expect(try counting([Self.target("a", .baseYear, base: (2018, "0.000005"), percent: "50")])?.implied2030 == T.d("0.000002"))
  }

  @Test func countingTargetIsUnconditionalAdoptedWidestFirstOnTie() throws {
    let targets = [
      Self.target("conditional", .netZero, sectors: ["I", "II", "III"], conditional: true),
      Self.target("proposed", .netZero, sectors: ["I", "II", "III"], status: .proposed),
      Self.target("net-zero-2035", .netZero, year: 2035, sectors: ["I", "II", "III", "IV"]),
      Self.target("first", .fixedLevel, level: "1", sectors: ["I", "II"]),
      Self.target("second", .fixedLevel, level: "2", sectors: ["III", "IV"]),
    ]
    #expect(try counting(targets)?.targetId == "first")
    #expect(try counting(Array(targets.prefix(3))) == nil)
  }

  @Test func synthesisSumsMunicipalitiesOnlyAndSaysItIsNotTheNationalTarget() throws {
    let years: [(Int, [InventoryEntry])] = [(2018, [T.entry("I", "1000")]), (2023, [T.entry("I", "800")])]
    let subs = [
      T.submission("101", years: years, targets: [Self.target("a", .baseYear, base: (2018, "1000"), percent: "70")]),
      T.submission("147", years: years, targets: [Self.target("b", .fixedLevel, level: "600")]),
      T.submission("253", years: [(2019, [T.entry("I", "500")]), (2022, [T.entry("I", "450")])], targets: [Self.target("c", .netZero)]),
      T.submission("751", years: years, targets: [Self.target("d", .intensity)]),
      T.submission("1084", level: .region, years: [], targets: [Self.target("r", .fixedLevel, level: "99999")]),
    ]
    let s = try T.compile(subs).targets.synthesis
    #expect(s.municipalitiesWithTarget == 4)
    #expect(s.notConvertible == ["751"])
    #expect(s.implied2030 == T.d("900"))
    #expect(s.submitters == ["101", "147", "253"])
    #expect(s.baseYears.map(\.baseYear) == [2018, 2019])
    #expect(s.baseYears[0].baseYearEmissions == T.d("2000"))
    #expect(s.baseYears[0].implied2030 == T.d("900"))
    #expect(s.baseYears[0].reductionPercent == T.d("55"))
    #expect(s.latestCommonYear == nil)  // 253 reports 2019 and 2022 only
    #expect(s.atLeast70Percent == 2)
    #expect(s.note.contains("not the national target"))
    #expect(s.note.contains("1990"))
    #expect(s.note.contains("against their own base year or their own projected baseline"))
  }

  /// Decision 252: a baseline-scenario target's own reduction counts towards the 70 % count,
  /// at 70 % and not below it.
  @Test func theSeventyPercentCountTakesABaselineScenarioTargetsOwnReduction() throws {
    let years: [(Int, [InventoryEntry])] = [(2018, [T.entry("I", "1000")])]
    for (percent, counted) in [("70", 1), ("69.999999", 0)] {
      let subs = [
        T.submission("101", years: years, targets: [Self.target("a", .baselineScenario, percent: percent, baseline: "1200")])
      ]
      #expect(try T.compile(subs).targets.synthesis.atLeast70Percent == counted, "\(percent)")
    }
  }

  @Test func latestCommonYearIsTheLatestAllReport() throws {
    let years: [(Int, [InventoryEntry])] = [(2018, [T.entry("I", "1000")]), (2022, [T.entry("I", "900")]), (2023, [T.entry("I", "800")])]
    let subs = [
      T.submission("101", years: years, targets: [Self.target("a", .fixedLevel, level: "100")]),
      T.submission("147", years: Array(years.prefix(2)), targets: [Self.target("b", .fixedLevel, level: "200")]),
    ]
    let s = try T.compile(subs).targets.synthesis
    #expect(s.latestCommonYear == 2022)
    #expect(s.latestCommonEmissions == T.d("1800"))
    #expect(s.reductionFromLatest == T.d("1500"))
    #expect(s.reductionFromLatestPercent == T.d("83.33"))
  }

  /// The running sums: a year a later municipality lacks leaves the common years (and its sum
  /// with it); a target that is not convertible leaves them as they are.
  @Test func commonYearsNarrowAsMunicipalitiesComeAndOnlyConvertibleOnesCount() throws {
    let all: [(Int, [InventoryEntry])] = [(2018, [T.entry("I", "1000")]), (2022, [T.entry("I", "900")]), (2023, [T.entry("I", "800")])]
    let subs = [
      T.submission("101", years: all, targets: [Self.target("a", .fixedLevel, level: "100")]),
      T.submission("147", years: all, targets: [Self.target("b", .fixedLevel, level: "200")]),
      T.submission("253", years: [all[0], all[1]], targets: [Self.target("c", .fixedLevel, level: "300")]),
      T.submission("751", years: [all[0]], targets: [Self.target("d", .intensity)]),
    ]
    let s = try T.compile(subs).targets.synthesis
    #expect(s.latestCommonYear == 2022)
    #expect(s.latestCommonEmissions == T.d("2700"))
    #expect(s.reductionFromLatest == T.d("2100"))
    #expect(s.inputs == [1, 2, 3])
    #expect(s.notConvertible == ["751"])
  }
}
