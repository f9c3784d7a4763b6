@testable import NDCCore
@testable import NDCCheck

/// A tiny reference data set and a valid baseline submission; each test changes one thing.
enum Fixture {
  static func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }
  static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

  static let reference: ReferenceData = {
    let popDate = date("2025-01-01")
    func gpc(_ code: String, _ parent: String?, _ level: GPCLevel, _ scope: Int?, _ territorial: Bool = true) -> GPCCode {
      GPCCode(code: code, parent: parent, level: level, scope: scope, territorial: territorial, title: code)
    }
    return ReferenceData(
      formatVersion: "1", edition: "test", sources: [],
      municipalities: [
        Municipality(code: "101", name: "København", nameASCII: "Koebenhavn", nameEnglish: "Copenhagen", population: 600_000, populationDate: popDate),
        Municipality(code: "147", name: "Frederiksberg", nameASCII: "Frederiksberg", nameEnglish: "Frederiksberg", population: 100_000, populationDate: popDate),
        Municipality(code: "825", name: "Læsø", nameASCII: "Laesoe", nameEnglish: "Læsø", population: 1_800, populationDate: popDate),
      ],
      regions: [
        Region(code: "1081", name: "Region Nordjylland", nameASCII: "Region Nordjylland", nameEnglish: "North Denmark Region"),
        Region(code: "1082", name: "Region Midtjylland", nameASCII: "Region Midtjylland", nameEnglish: "Central Denmark Region"),
        Region(code: "1084", name: "Region Hovedstaden", nameASCII: "Region Hovedstaden", nameEnglish: "Capital Region of Denmark",
               validity: Validity(to: date("2026-12-31")), successor: "1086"),
        Region(code: "1086", name: "Region Østdanmark", nameASCII: "Region Oestdanmark", nameEnglish: "Region East Denmark",
               validity: Validity(from: date("2027-01-01")), provisional: true),
      ],
      memberships: [
        RegionMembership(municipality: "101", region: "1084", validity: Validity(to: date("2026-12-31"))),
        RegionMembership(municipality: "147", region: "1084", validity: Validity(to: date("2026-12-31"))),
        RegionMembership(municipality: "825", region: "1081"),
      ],
      cycles: [Cycle(id: "NDC2025", referenceDate: date("2025-12-31"), rulePack: "NDC2025-1", gwp: .ar5)],
      gpc: [
        gpc("I", nil, .sector, nil), gpc("I.1", "I", .subsector, nil), gpc("I.1.1", "I.1", .referenceNumber, 1),
        gpc("I.1.2", "I.1", .referenceNumber, 2, false), gpc("I.2", "I", .subsector, nil),
        gpc("II", nil, .sector, nil), gpc("II.1", "II", .subsector, nil),
        gpc("III", nil, .sector, nil), gpc("III.1", "III", .subsector, nil),
        gpc("IV", nil, .sector, nil), gpc("V", nil, .sector, nil), gpc("V.2", "V", .subsector, 1),
        gpc("VI", nil, .sector, nil, false),
      ],
      gwpTables: [
        GWPTable(id: .ar5, source: "IPCC AR5", factors: [
          .co2: d("1"), .ch4: d("28"), .n2o: d("265"), .hfcs: d("1"), .pfcs: d("1"), .sf6: d("23500"), .nf3: d("16100"), .co2e: d("1"),
        ])
      ],
      national: NationalTargets(
        reductionPercent2030: d("70"), reductionBaseYear: 1990, neutralityYearLaw: 2050, neutralityYearAim: 2045,
        baseline1990: d("78000000"), baselineEdition: "test", source: "test"),
      country: Country(code: "DK", name: "Danmark", nameEnglish: "Denmark"))
  }()

  static func entry(_ gpc: String, _ amount: String, _ gas: Gas = .co2e) -> InventoryEntry {
    InventoryEntry(gpc: gpc, gas: gas, amount: d(amount), sourceRef: "ens")
  }

  /// Sector totals per year: I 1 000 000, II 500 000, III 100 000, V 50 000 → 1 650 000 t.
  static func year(_ y: Int, base: Bool = false, population: Int? = 600_000) -> InventoryYear {
    InventoryYear(year: y, baseYear: base, population: population, entries: [
      entry("I", "1000000"), entry("II", "500000"), entry("III", "100000"), entry("V", "50000"),
    ])
  }

  /// A year whose territorial total is `total` (all in sector I, II and III at 0).
  static func year(_ y: Int, total: String, base: Bool = false, population: Int? = 600_000) -> InventoryYear {
    InventoryYear(year: y, baseYear: base, population: population, entries: [entry("I", total), entry("II", "0"), entry("III", "0")])
  }

  /// København, NDC2025, version 1, submitted 2026-03-01: valid, with no finding at all.
  static func submission() -> Submission {
    Submission(
      submissionId: "kbh-2026-1", cycle: "NDC2025", version: 1,
      submittedAt: DateTime("2026-03-01T12:00:00+01:00")!,
      submitter: Submitter(level: .municipality, code: "101", name: "Københavns Kommune"),
      contact: Contact(name: "Klima", email: "klima@kk.dk"), language: .da,
      plan: Plan(title: "KBH 2035", framework: .dk2020, status: .adopted, adoptedOn: date("2025-06-01")),
      dataSources: [DataSource(sourceId: "ens", publisher: "Energistyrelsen", title: "Energi- og CO2-regnskab")],
      inventory: Inventory(methodology: .ens, gwp: .ar5, years: [year(2018, base: true), year(2019)]),
      targets: [
        Target(
          targetId: "T1", kind: .baseYear, baseYear: 2018, baseYearEmissions: d("1650000"), targetYear: 2030,
          reductionPercent: d("70"), coverage: TargetCoverage(gpc: ["I", "II", "III", "V"], gases: [.co2e]),
          conditional: false, status: .adopted),
        Target(
          targetId: "T2", kind: .netZero, targetYear: 2045, coverage: TargetCoverage(gpc: ["I", "II", "III", "V"], gases: [.co2e]),
          conditional: false, status: .adopted),
      ],
      measures: [
        Measure(
          measureId: "M1", title: "Fjernvarme", gpc: ["I"], gases: [.co2], instruments: [.publicInvestment],
          status: .adopted, startYear: 2024, endYear: 2030, implementingEntities: ["HOFOR"],
          effects: [MeasureEffect(year: 2030, tco2e: d("100000"), kind: .expected), MeasureEffect(year: 2025, tco2e: d("20000"), kind: .achieved)],
          costDKK: d("1000000"), fundingGapDKK: d("500000"),
          overlaps: [Overlap(submitterCode: "1084", measureId: "R1", share: d("0.5"))]),
      ],
      renewables: [RenewableProject(projectId: "P1", technology: .solarPV, capacityMW: d("10"), status: .operational, commissioningYear: 2026, measureRef: "M1")],
      lowlandSoils: [LowlandSoilProject(projectId: "L1", hectares: d("40"), status: .planned, completionYear: 2028, measureRef: "M1")],
      adaptation: Adaptation(
        riskAssessment: RiskAssessment(completedOn: date("2026-03-01"), hazards: [AssessedHazard(hazard: .pluvialFlooding, riskLevel: .high)]),
        actions: [AdaptationAction(actionId: "A1", title: "Skybrud", hazards: [.pluvialFlooding], status: .planned, investmentDKK: d("10"), fundingGapDKK: d("10"))]),
      barriers: [Barrier(barrierId: "B1", theme: .gridCapacity, description: "Net", measureRefs: ["M1"])],
      engagement: [Engagement(activityId: "E1", kind: .hearing, date: date("2026-03-01"))])
  }

  /// The diagnostics of the baseline with one change.
  static func check(_ change: (inout Submission) -> Void = { _ in }, requestedCycle: String? = nil) -> CheckResult {
    var s = submission()
    change(&s)
    return SubmissionChecker(reference: reference, requestedCycle: requestedCycle).check(s)
  }

  /// The (code, pointer) pairs of the baseline with one change.
  static func findings(_ change: (inout Submission) -> Void = { _ in }) -> [Finding] {
    check(change).diagnostics.map { Finding($0.code, $0.location.pointer.text) }
  }

  /// The pointers at which `code` fires.
  static func pointers(_ code: String, _ change: (inout Submission) -> Void) -> [String] {
    check(change).diagnostics.filter { $0.code == code }.map(\.location.pointer.text)
  }
}

struct Finding: Hashable, CustomStringConvertible {
  var code: String
  var pointer: String
  init(_ code: String, _ pointer: String) { self.code = code; self.pointer = pointer }
  var description: String { "\(code)@\(pointer)" }
}
