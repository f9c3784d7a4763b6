import NDCCompile
@testable import NDCCore
import NDCDocument
import NDCFormats

/// Builders for compile tests: a small reference data set made in code, and submissions.
enum T {
  static func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }
  static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

  /// Regions 1082 and 1084/1085 (dissolved into provisional 1086 on 2027-01-01); municipalities
  /// 101, 147 (1084), 253 (1085), 751 (1082), 999 (no region after 2026).
  static let reference: ReferenceData = {
    func m(_ code: String, _ name: String, _ population: Int) -> Municipality {
      Municipality(code: code, name: name, nameASCII: name, nameEnglish: name, population: population, populationDate: date("2026-01-01"))
    }
    let end2026 = Validity(to: date("2026-12-31"))
    let from2027 = Validity(from: date("2027-01-01"))
    let gpc: [GPCCode] = [
      GPCCode(code: "I.1.1", parent: "I.1", level: .referenceNumber, scope: 1, territorial: true, title: "residential, in territory"),
      GPCCode(code: "I.1.2", parent: "I.1", level: .referenceNumber, scope: 2, territorial: false, title: "residential, grid"),
      GPCCode(code: "I.1.3", parent: "I.1", level: .referenceNumber, scope: 3, territorial: false, title: "residential, outside"),
      GPCCode(code: "I.4.4", parent: "I.4", level: .referenceNumber, scope: 1, territorial: true, title: "generation supplied to the grid"),
      GPCCode(code: "III.1.1", parent: "III.1", level: .referenceNumber, scope: 1, territorial: true, title: "inside, inside"),
      GPCCode(code: "III.1.2", parent: "III.1", level: .referenceNumber, scope: 3, territorial: false, title: "inside, outside"),
      GPCCode(code: "III.1.3", parent: "III.1", level: .referenceNumber, scope: 1, territorial: true, title: "outside, inside"),
    ]
    return ReferenceData(
      formatVersion: "1.0", edition: "test-2026-11", sources: [],
      municipalities: [m("101", "København", 600000), m("147", "Frederiksberg", 100000), m("253", "Greve", 50000),
                       m("751", "Aarhus", 300000), Municipality(code: "999", name: "Gone", nameASCII: "Gone", nameEnglish: "Gone", population: 10, populationDate: date("2026-01-01"))],
      regions: [
        Region(code: "1082", name: "Region Midtjylland", nameASCII: "", nameEnglish: ""),
        Region(code: "1084", name: "Region Hovedstaden", nameASCII: "", nameEnglish: "", validity: end2026, successor: "1086"),
        Region(code: "1085", name: "Region Sjælland", nameASCII: "", nameEnglish: "", validity: end2026, successor: "1086"),
        Region(code: "1086", name: "Region Østdanmark", nameASCII: "", nameEnglish: "", validity: from2027, provisional: true),
      ],
      memberships: [
        RegionMembership(municipality: "101", region: "1084", validity: end2026),
        RegionMembership(municipality: "147", region: "1084", validity: end2026),
        RegionMembership(municipality: "253", region: "1085", validity: end2026),
        RegionMembership(municipality: "101", region: "1086", validity: from2027),
        RegionMembership(municipality: "147", region: "1086", validity: from2027),
        RegionMembership(municipality: "253", region: "1086", validity: from2027),
        RegionMembership(municipality: "751", region: "1082"),
        RegionMembership(municipality: "999", region: "1082", validity: end2026),
      ],
      cycles: [Cycle(id: "NDC2025", referenceDate: date("2025-12-31"), rulePack: "NDC2025-1", gwp: .ar5),
               Cycle(id: "NDC2030", referenceDate: date("2030-12-31"), rulePack: "NDC2030-1", gwp: .ar5)],
      gpc: gpc,
      gwpTables: [GWPTable(id: .ar5, source: "IPCC AR5", factors: [.co2: d("1"), .ch4: d("28"), .n2o: d("265"), .sf6: d("23500"), .nf3: d("16100"), .hfcs: d("1"), .pfcs: d("1"), .co2e: d("1")])],
      national: NationalTargets(
        reductionPercent2030: d("70"), reductionBaseYear: 1990, neutralityYearLaw: 2050, neutralityYearAim: 2045,
        baseline1990: d("79200000"), baselineEdition: "KF25", source: "Klimaloven"),
      country: Country(code: "DK", name: "Danmark", nameEnglish: "Denmark"))
  }()

  static func entry(_ gpc: String, _ amount: String, _ gas: Gas = .co2e) -> InventoryEntry {
    InventoryEntry(gpc: gpc, gas: gas, amount: d(amount))
  }

  /// A submission with an inventory of `years` (year → entries; the first year is the base year).
  static func submission(
    _ code: String, level: SubmitterLevel = .municipality, version: Int = 1, cycle: String = "NDC2025",
    submittedAt: String = "2025-06-01T12:00:00Z", years: [(Int, [InventoryEntry])] = [(2020, [entry("I", "100")])],
    targets: [Target] = [], measures: [Measure] = [], methodology: InventoryMethodology = .ens
  ) -> Submission {
    Submission(
      submissionId: "s-\(code)-\(version)", cycle: cycle, version: version, submittedAt: DateTime(submittedAt)!,
      submitter: Submitter(level: level, code: code, name: code), contact: Contact(name: "A", email: "a@b.dk"), language: .da,
      plan: Plan(title: "Plan", framework: .dk2020, status: .draft),
      inventory: years.isEmpty ? nil : Inventory(methodology: methodology, gwp: .ar5, years: years.enumerated().map { i, y in
        InventoryYear(year: y.0, baseYear: i == 0, entries: y.1)
      }),
      targets: targets, measures: measures)
  }

  static func input(_ s: Submission, path: String? = nil, format: InputFormat = .json, diagnostics: [Diagnostic] = []) -> CompileInput {
    CompileInput(
      path: path ?? "in/\(s.submitter.code)-v\(s.version).\(format.rawValue)", format: format, submission: s,
      sha256: CompileInput.sha256(of: Array("\(s.submitter.code)-\(s.version)".utf8)), diagnostics: diagnostics)
  }

  static func error(_ code: String = "NDC-TEST-001") -> Diagnostic {
    Diagnostic(code: code, severity: .error, message: "broken", location: Location(pointer: .root))
  }

  static func compiler(asOf: String? = nil, cycle: String? = nil, strict: Bool = false, compiledAt: String? = nil, epoch: Int? = nil) -> Compiler {
    Compiler(reference: reference, options: CompileOptions(
      cycle: cycle, asOf: asOf.map(date), compiledAt: compiledAt.flatMap(DateTime.init), sourceDateEpoch: epoch,
      strict: strict, toolVersion: "0.0.0-test"))
  }

  static func compile(_ submissions: [Submission], asOf: String? = nil) throws -> ContributionDocument {
    try compiler(asOf: asOf).compile(inputs: submissions.map { input($0) })
  }

  static func measure(
    _ id: String, effects: [(Int, String)] = [(2030, "100")], kind: EffectKind = .expected, overlaps: [Overlap] = [],
    gpc: [String] = ["I"], instruments: [Instrument] = [.economic], category: MeasureCategory? = nil, dependency: String? = nil
  ) -> Measure {
    Measure(
      measureId: id, title: id, gpc: gpc, gases: [.co2], instruments: instruments, category: category, status: .adopted,
      startYear: 2025, implementingEntities: ["x"], effects: effects.map { MeasureEffect(year: $0.0, tco2e: d($0.1), kind: kind) },
      nationalDependency: dependency, overlaps: overlaps)
  }

  static func overlap(_ code: String, _ id: String, _ share: String) -> Overlap {
    Overlap(submitterCode: code, measureId: id, share: d(share))
  }
}

extension ContributionDocument {
  func figure(_ level: AreaLevel, _ code: String, _ year: Int, _ gpc: String) -> InventoryFigure? {
    inventory.figures.first { $0.level == level && $0.code == code && $0.year == year && $0.gpc == gpc }
  }
  func status(of path: String) -> InputStatus? { inputs.first { $0.path == path }?.status }
}
