@testable import NDCCore
@testable import NDCDocument
@testable import NDCFormats

/// Model samples for the coding, writer and differential tests.
enum CodingSamples {
  static func decimal(_ text: String) -> ExactDecimal { ExactDecimal(text)! }
  static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

  /// A submission with every field of the format set (every optional present, every list
  /// non-empty), with text that needs escaping and non-ASCII letters.
  static let full = Submission(
    submissionId: "KK-101.2025_v1", cycle: "NDC2025", version: 2,
    submittedAt: DateTime("2025-03-01T12:30:00.5+01:00")!,
    submitter: Submitter(level: .municipality, code: "101", name: "Københavns Kommune"),
    contact: Contact(name: "Åse Ørsted", email: "klima@kk.dk", phone: "+45 33 66 33 66"),
    language: .da,
    plan: Plan(
      title: "Klimaplan \"2035\"\nmed\ttabulator \\ og /", framework: .dk2020, status: .adopted,
      adoptedOn: date("2024-02-29"), adoptedBy: "Borgerrepræsentationen", url: "https://kk.dk/klima"),
    dataSources: [
      DataSource(
        sourceId: "ens", publisher: "Energistyrelsen", title: "Energi- og CO2-regnskab", edition: "2024",
        url: "https://sparenergi.dk", retrievedOn: date("2024-11-01"))
    ],
    inventory: Inventory(
      methodology: .ens, gwp: .ar5, boundary: .territorial,
      years: [
        InventoryYear(
          year: 2018, baseYear: true, population: 602_481,
          entries: [
            InventoryEntry(gpc: "I.1.1", gas: .co2e, amount: decimal("-1234.5"), sourceRef: "ens"),
            InventoryEntry(gpc: "II", gas: .ch4, notationKey: .notEstimated, explanation: "ikke opgjort", sourceRef: "ens"),
          ])
      ]),
    targets: [
      Target(
        targetId: "T1", kind: .baseYear, baseYear: 2018, baseYearEmissions: decimal("1500000.25"), targetYear: 2030,
        reductionPercent: decimal("70"), targetEmissions: decimal("450000"), baselineEmissions: decimal("900000.000001"),
        intensityUnit: "tCO2e/resident", targetIntensity: decimal("0.75"),
        coverage: TargetCoverage(gpc: ["I", "II", "III"], gases: [.co2e]), conditional: false, status: .adopted)
    ],
    measures: [
      Measure(
        measureId: "M1", title: "Fjernvarme", description: "Udbygning", objective: "Udfasning af gas",
        gpc: ["I.1", "I.2"], gases: [.co2, .ch4], instruments: [.publicInvestment, .planning],
        category: .districtHeating, status: .implemented, startYear: 2020, endYear: 2030,
        implementingEntities: ["HOFOR", "Københavns Kommune"],
        effects: [MeasureEffect(year: 2030, tco2e: decimal("12000.5"), kind: .expected)],
        costDKK: decimal("250000000"), fundingGapDKK: decimal("0"), fundingSources: ["kommune", "EU"],
        nationalDependency: "Varmeforsyningsloven",
        overlaps: [Overlap(submitterCode: "1084", measureId: "R-M3", share: decimal("0.25"))])
    ],
    renewables: [
      RenewableProject(
        projectId: "R1", technology: .solarPV, capacityMW: decimal("12.5"), expectedGWhPerYear: decimal("13"),
        status: .approved, commissioningYear: 2027, measureRef: "M1")
    ],
    lowlandSoils: [
      LowlandSoilProject(
        projectId: "L1", hectares: decimal("40"), tco2ePerYear: decimal("-800"), status: .planned,
        completionYear: 2029, measureRef: "M1")
    ],
    adaptation: Adaptation(
      riskAssessment: RiskAssessment(
        completedOn: date("2023-06-30"),
        hazards: [AssessedHazard(hazard: .stormSurge, riskLevel: .veryHigh, horizonYear: 2100)]),
      actions: [
        AdaptationAction(
          actionId: "A1", title: "Skybrudssikring", kind: .stormwater, hazards: [.pluvialFlooding, .seaLevelRise],
          status: .adopted, investmentDKK: decimal("1000000"), fundingGapDKK: decimal("250000.5"), completionYear: 2035)
      ]),
    barriers: [
      Barrier(
        barrierId: "B1", theme: .gridCapacity, description: "Nettet er fuldt", requestToNational: "Udbyg nettet",
        measureRefs: ["M1"])
    ],
    engagement: [
      Engagement(
        activityId: "E1", kind: .citizensAssembly, date: date("2024-09-12"), participants: 40,
        description: "Borgerting", champCommitments: [1, 3])
    ])

  /// The smallest submission: required members only.
  static let minimal = Submission(
    submissionId: "S1", cycle: "NDC2025", version: 1, submittedAt: DateTime("2025-01-01T00:00:00Z")!,
    submitter: Submitter(level: .region, code: "1084", name: "Region Hovedstaden"),
    contact: Contact(name: "A", email: "a@b.dk"), language: .en,
    plan: Plan(title: "Plan", framework: .other, status: .draft))

  /// The canonical JSON bytes of a submission.
  static func json(_ submission: Submission) -> [UInt8] {
    Array(JSONWriter.write(SubmissionCoding.encode(submission), format: SubmissionFormat.document).utf8)
  }
}
