@testable import NDCCore
@testable import NDCCheck

extension RuleCase {
  static let targets: [RuleCase] = [
    .init("NDC-TGT-001", "no target", [""]) { $0.targets = [] },
    .init("NDC-TGT-002", "id twice", ["/targets/1/targetId"]) { $0.targets[1].targetId = "T1" },
    .init("NDC-TGT-003", "base-year without emissions", ["/targets/0"]) { $0.targets[0].baseYearEmissions = nil },
    .init("NDC-TGT-003", "fixed-level without targetEmissions", ["/targets/0"]) { $0.targets[0].kind = .fixedLevel },
    .init("NDC-TGT-004", "target year = base year", ["/targets/0/targetYear"]) { $0.targets[0].baseYear = 2030 },
    .init("NDC-TGT-004", "target year one after", []) { $0.targets[0].baseYear = 2029 },
    .init("NDC-TGT-005", "1 % + 1 t above", ["/targets/0/baseYearEmissions"]) { $0.targets[0].baseYearEmissions = F.d("1666501") },
    .init("NDC-TGT-005", "exactly 1 % above", []) { $0.targets[0].baseYearEmissions = F.d("1666500") },
    .init("NDC-TGT-005", "exactly 1 % below", []) { $0.targets[0].baseYearEmissions = F.d("1633500") },
    .init("NDC-TGT-005", "1 % + 1 t below", ["/targets/0/baseYearEmissions"]) { $0.targets[0].baseYearEmissions = F.d("1633499") },
    .init("NDC-TGT-005", "covered sectors only", []) {
      $0.targets[0].coverage.gpc = ["I", "II"]; $0.targets[0].baseYearEmissions = F.d("1500000")
    },
    .init("NDC-TGT-006", "covered total ≤ 0", ["/targets/0/baseYearEmissions"]) {
      $0.targets[0].coverage.gpc = ["V"]; $0.inventory!.years[0].entries[3] = F.entry("V", "-50000")
    },
    .init("NDC-TGT-006", "covered total > 0", []) { $0.targets[0].coverage.gpc = ["V"] },
    .init("NDC-TGT-007", "base year not in inventory", ["/targets/0/baseYear"]) { $0.targets[0].baseYear = 2017 },
    .init("NDC-TGT-008", "no 2030 target", ["/targets"]) { $0.targets[0].targetYear = 2035 },
    .init("NDC-TGT-008", "net zero by 2030 is a 2030 target", []) { $0.targets[0].targetYear = 2035; $0.targets[1].targetYear = 2030 },
    .init("NDC-TGT-014", "2030 target only proposed", ["/targets"]) { $0.targets[0].status = .proposed },
    .init("NDC-TGT-014", "2030 target conditional", ["/targets"]) { $0.targets[0].conditional = true },
    .init("NDC-TGT-009", "69.99 %", ["/targets/0/reductionPercent"]) { $0.targets[0].reductionPercent = F.d("69.99") },
    .init("NDC-TGT-009", "70 %", []) { $0.targets[0].reductionPercent = F.d("70") },
    .init("NDC-TGT-009", "baseline scenario 60 %", ["/targets/0/reductionPercent"]) {
      $0.targets[0].kind = .baselineScenario; $0.targets[0].baselineEmissions = F.d("1200000"); $0.targets[0].reductionPercent = F.d("60")
    },
    .init("NDC-TGT-009", "the counting target is the widest", []) {
      $0.targets.append(Target(
        targetId: "T3", kind: .baseYear, baseYear: 2018, baseYearEmissions: F.d("1000000"), targetYear: 2030,
        reductionPercent: F.d("20"), coverage: TargetCoverage(gpc: ["I"], gases: [.co2e]), conditional: false, status: .adopted))
    },
    .init("NDC-TGT-010", "base-year emissions ≤ 0", ["/targets/0/baseYearEmissions"]) {
      $0.targets[0].baseYearEmissions = F.d("0"); $0.targets[0].reductionPercent = F.d("60")
    },
    .init("NDC-TGT-009", "not compared when base ≤ 0", []) {
      $0.targets[0].baseYearEmissions = F.d("-1"); $0.targets[0].reductionPercent = F.d("60")
    },
    .init("NDC-TGT-011", "net zero 2051", ["/targets/1/targetYear"]) { $0.targets[1].targetYear = 2051 },
    .init("NDC-TGT-011", "net zero 2050", []) { $0.targets[1].targetYear = 2050 },
    .init("NDC-TGT-012", "net zero 2050", ["/targets/1/targetYear"]) { $0.targets[1].targetYear = 2050 },
    .init("NDC-TGT-012", "net zero 2046", ["/targets/1/targetYear"]) { $0.targets[1].targetYear = 2046 },
    .init("NDC-TGT-012", "net zero 2051", []) { $0.targets[1].targetYear = 2051 },
    .init("NDC-TGT-013", "coverage VII", ["/targets/0/coverage/gpc/1"]) { $0.targets[0].coverage.gpc = ["I", "VII"] },
  ]

  static let measures: [RuleCase] = [
    .init("NDC-MEA-001", "id twice", ["/measures/1/measureId"]) { $0.measures.append($0.measures[0]) },
    .init("NDC-MEA-002", "ends before start", ["/measures/0/endYear"]) { $0.measures[0].endYear = 2023 },
    .init("NDC-MEA-002", "ends in the start year", []) { $0.measures[0].endYear = 2024 },
    .init("NDC-MEA-003", "two 2030 expected", ["/measures/0/effects/2"]) {
      $0.measures[0].effects.append(MeasureEffect(year: 2030, tco2e: F.d("1"), kind: .expected))
    },
    .init("NDC-MEA-003", "2030 expected and achieved kinds differ", []) {
      $0.measures[0].effects.append(MeasureEffect(year: 2025, tco2e: F.d("1"), kind: .expected))
    },
    .init("NDC-MEA-004", "a year after the end", ["/measures/0/effects/0/year"]) { $0.measures[0].effects[0].year = 2031 },
    .init("NDC-MEA-004", "a year before the start", ["/measures/0/effects/0/year"]) { $0.measures[0].effects[0].year = 2023 },
    .init("NDC-MEA-004", "open end", []) { $0.measures[0].endYear = nil; $0.measures[0].effects[0].year = 2040 },
    .init("NDC-MEA-005", "achieved next year", ["/measures/0/effects/1/year"]) { $0.measures[0].effects[1].year = 2027 },
    .init("NDC-MEA-005", "achieved this year", []) { $0.measures[0].effects[1].year = 2026 },
    .init("NDC-MEA-006", "unknown submitter", ["/measures/0/overlaps/0/submitterCode"]) {
      $0.measures[0].overlaps[0].submitterCode = "9999"
    },
    .init("NDC-MEA-007", "1 t above the base-year total", ["/measures"]) { $0.measures[0].effects[0].tco2e = F.d("1650001") },
    .init("NDC-MEA-007", "equal to the base-year total", []) { $0.measures[0].effects[0].tco2e = F.d("1650000") },
    .init("NDC-MEA-008", "base-year total 0", ["/inventory/years/0"]) {
      $0.inventory!.years[0].entries[3] = F.entry("V", "-1600000")
    },
    .init("NDC-MEA-008", "base-year total positive", []) {
      $0.inventory!.years[0].entries[3] = F.entry("V", "-1599999")
    },
    .init("NDC-MEA-009", "negative effect", ["/measures/0/effects/0/tco2e"]) { $0.measures[0].effects[0].tco2e = F.d("-1") },
    .init("NDC-MEA-009", "zero effect", []) { $0.measures[0].effects[0].tco2e = F.d("0") },
    .init("NDC-MEA-010", "gap above cost", ["/measures/0/fundingGapDKK"]) { $0.measures[0].fundingGapDKK = F.d("1000000.000001") },
    .init("NDC-MEA-010", "gap equal to cost", []) { $0.measures[0].fundingGapDKK = F.d("1000000") },
    .init("NDC-MEA-011", "ended last year, still adopted", ["/measures/0/status"]) {
      $0.measures[0].endYear = 2025; $0.measures[0].effects = []
    },
    .init("NDC-MEA-011", "ends this year", []) { $0.measures[0].endYear = 2026; $0.measures[0].effects = [] },
    .init("NDC-MEA-011", "ended and expired", []) { $0.measures[0].endYear = 2025; $0.measures[0].status = .expired },
    .init("NDC-MEA-012", "shares above 1", ["/measures/0/overlaps"]) {
      $0.measures[0].overlaps.append(Overlap(submitterCode: "147", measureId: "F1", share: F.d("0.500001")))
    },
    .init("NDC-MEA-012", "shares exactly 1", []) {
      $0.measures[0].overlaps.append(Overlap(submitterCode: "147", measureId: "F1", share: F.d("0.5")))
    },
    .init("NDC-MEA-013", "overlap declared twice", ["/measures/0/overlaps/1"]) { $0.measures[0].overlaps.append($0.measures[0].overlaps[0]) },
  ]

  static let others: [RuleCase] = [
    .init("NDC-PRJ-001", "renewable names M9", ["/renewables/0/measureRef"]) { $0.renewables[0].measureRef = "M9" },
    .init("NDC-PRJ-001", "lowland soil names M9", ["/lowlandSoils/0/measureRef"]) { $0.lowlandSoils[0].measureRef = "M9" },
    .init("NDC-PRJ-001", "barrier names M9", ["/barriers/0/measureRefs/1"]) { $0.barriers[0].measureRefs.append("M9") },
    .init("NDC-PRJ-002", "project id twice", ["/lowlandSoils/0/projectId"]) { $0.lowlandSoils[0].projectId = "P1" },
    .init("NDC-PRJ-002", "source id twice", ["/dataSources/1/sourceId"]) { $0.dataSources.append($0.dataSources[0]) },
    .init("NDC-PRJ-002", "activity id twice", ["/engagement/1/activityId"]) { $0.engagement.append($0.engagement[0]) },
    .init("NDC-PRJ-003", "operational from next year", ["/renewables/0/commissioningYear"]) { $0.renewables[0].commissioningYear = 2027 },
    .init("NDC-PRJ-003", "planned for next year", []) { $0.renewables[0].commissioningYear = 2027; $0.renewables[0].status = .planned },
    .init("NDC-PRJ-003", "lowland soil operational later", ["/lowlandSoils/0/completionYear"]) { $0.lowlandSoils[0].status = .operational },
    .init("NDC-ADP-001", "assessed the day after", ["/adaptation/riskAssessment/completedOn"]) {
      $0.adaptation!.riskAssessment!.completedOn = F.date("2026-03-02")
    },
    .init("NDC-ADP-002", "gap above investment", ["/adaptation/actions/0/fundingGapDKK"]) {
      $0.adaptation!.actions[0].fundingGapDKK = F.d("10.000001")
    },
    .init("NDC-ADP-003", "heat not assessed", ["/adaptation/actions/0/hazards/1"]) { $0.adaptation!.actions[0].hazards.append(.heat) },
    .init("NDC-ADP-003", "no assessment, no comparison", []) {
      $0.adaptation!.actions[0].hazards.append(.heat); $0.adaptation!.riskAssessment = nil
    },
    .init("NDC-ENG-001", "hearing the day after", ["/engagement/0/date"]) { $0.engagement[0].date = F.date("2026-03-02") },
    .init("NDC-ENG-002", "no activity", [""]) { $0.engagement = [] },
  ]

  static let plausibility: [RuleCase] = [
    .init("NDC-PLS-001", "40 t per resident", []) { $0.inventory!.years[0].population = 41_250 },
    .init("NDC-PLS-001", "just above 40 t", ["/inventory/years/0"]) { $0.inventory!.years[0].population = 41_249 },
    .init("NDC-PLS-001", "-10 t per resident", []) {
      $0.inventory!.years = [F.year(2018, total: "-1650000", base: true, population: 165_000)]
    },
    .init("NDC-PLS-001", "just below -10 t", ["/inventory/years/0"]) {
      $0.inventory!.years = [F.year(2018, total: "-1650000", base: true, population: 164_999)]
    },
    .init("NDC-PLS-001", "register population used", ["/inventory/years/0"]) {
      $0.inventory!.years = [F.year(2018, total: "24000001", base: true, population: nil)]
    },
    .init("NDC-PLS-002", "population 0", ["/inventory/years/0"]) { $0.inventory!.years[0].population = 0 },
    .init("NDC-PLS-002", "no population, register has one", []) { $0.inventory!.years[0].population = nil },
    .init("NDC-PLS-002", "region without members", ["/inventory/years/0", "/inventory/years/1"]) { s in
      s.submitter = Submitter(level: .region, code: "1082", name: "Region Midtjylland")
      for y in s.inventory!.years.indices { s.inventory!.years[y].population = nil }
    },
    .init("NDC-PLS-003", "10 % + 1 above, 3 years from the register", ["/inventory/years/0/population"]) {
      $0.inventory!.years = [F.year(2022, base: true, population: 660_001)]
    },
    .init("NDC-PLS-003", "exactly 10 % above", []) { $0.inventory!.years = [F.year(2022, base: true, population: 660_000)] },
    .init("NDC-PLS-003", "exactly 10 % below", []) { $0.inventory!.years = [F.year(2022, base: true, population: 540_000)] },
    .init("NDC-PLS-003", "10 % + 1 below", ["/inventory/years/0/population"]) {
      $0.inventory!.years = [F.year(2022, base: true, population: 539_999)]
    },
    .init("NDC-PLS-003", "4 years from the register", []) { $0.inventory!.years = [F.year(2021, base: true, population: 700_000)] },
    .init("NDC-PLS-004", "50 % + 1 t", ["/inventory/years/1"]) {
      $0.inventory!.years = [F.year(2018, total: "1650000", base: true), F.year(2019, total: "2475001")]
    },
    .init("NDC-PLS-004", "exactly 50 %", []) {
      $0.inventory!.years = [F.year(2018, total: "1650000", base: true), F.year(2019, total: "2475000")]
    },
    .init("NDC-PLS-004", "a fall of 50 % + 1 t", ["/inventory/years/1"]) {
      $0.inventory!.years = [F.year(2018, total: "1650000", base: true), F.year(2019, total: "824999")]
    },
    .init("NDC-PLS-004", "both at the 10 000 t floor", ["/inventory/years/1"]) {
      $0.inventory!.years = [F.year(2018, total: "10000", base: true), F.year(2019, total: "15001")]
    },
    .init("NDC-PLS-004", "previous below the floor", []) {
      $0.inventory!.years = [F.year(2018, total: "9999", base: true), F.year(2019, total: "30000")]
    },
    .init("NDC-PLS-004", "current below the floor", []) {
      $0.inventory!.years = [F.year(2018, total: "30000", base: true), F.year(2019, total: "9999")]
    },
    .init("NDC-PLS-004", "years not consecutive", []) {
      $0.inventory!.years = [F.year(2018, total: "1650000", base: true), F.year(2020, total: "3300000")]
    },
    .init("NDC-PLS-005", "net sink both years", ["/inventory/years/1"]) {
      $0.inventory!.years = [F.year(2018, total: "-20000", base: true), F.year(2019, total: "-15000")]
    },
    .init("NDC-PLS-005", "net sink below the floor", []) {
      $0.inventory!.years = [F.year(2018, total: "-9999", base: true), F.year(2019, total: "-15000")]
    },
    .init("NDC-PLS-004", "not computed for a net sink", []) {
      $0.inventory!.years = [F.year(2018, total: "-20000", base: true), F.year(2019, total: "15000")]
    },
  ]

  static let all = identity + plan + inventory + targets + measures + others + plausibility
}
