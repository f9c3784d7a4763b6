import NDCCore

/// One row of the UNFCCC mitigation policies-and-measures table: one counted measure.
public struct PamsRow: Sendable, Hashable {
  public var name: String
  public var description: String
  public var objectives: String
  public var instruments: [String]
  public var status: String
  public var sectors: [String]
  public var gases: [String]
  public var startYear: Int
  public var implementingEntities: [String]
  /// The latest `achieved` effect (t CO2e) and its year.
  public var achieved: ExactDecimal?
  public var achievedYear: Int?
  /// Gross expected effect (t CO2e) per year of `PamsTable.expectedYears`; nil where none is given.
  public var expected: [Int: ExactDecimal]
  /// The expected 2030 effect net of overlaps (t CO2e).
  public var expectedNet2030: ExactDecimal?
  public var reportingEntity: String
  public var measureId: String
}

/// The PaMs table of CONTRIBUTION.md ("Exports"): rows in the document's order (submitters,
/// then their measures as submitted), with the fixed expected years.
public enum PamsTable {
  public static let expectedYears = [2030, 2035, 2040, 2050]

  public static let headers: [String] = [
    "Name of mitigation action", "Description", "Objectives", "Type of instrument", "Status", "Sector(s) affected",
    "Gases affected", "Start year of implementation", "Implementing entity or entities",
    "Estimate of GHG emission reductions achieved (kt CO2 eq)", "Year of achieved estimate",
  ] + expectedYears.map { "Estimate of GHG emission reductions expected \($0) (kt CO2 eq)" } + [
    "Expected 2030 net of overlaps (kt CO2 eq)", "Reporting entity code", "Measure id",
  ]

  public static func rows(_ document: ContributionDocument) -> [PamsRow] {
    document.measures.submitters.flatMap { submitter in
      submitter.measures.map { row($0, reportingEntity: submitter.code) }
    }
  }

  static func row(_ counted: CountedMeasure, reportingEntity: String) -> PamsRow {
    let m = counted.measure
    let achieved = counted.settled.filter { $0.kind == .achieved }.max { $0.year < $1.year }
    func expected(_ year: Int) -> [SettledEffect] { counted.settled.filter { $0.kind == .expected && $0.year == year } }
    var expectedByYear: [Int: ExactDecimal] = [:]
    for year in expectedYears where !expected(year).isEmpty { expectedByYear[year] = expected(year).map(\.gross).sum() }
    let net2030 = expected(2030)
    return PamsRow(
      name: m.title, description: m.description ?? "", objectives: m.objective ?? "",
      instruments: UNFCCCMappings.distinct(m.instruments.map(UNFCCCMappings.instrument)),
      status: UNFCCCMappings.status(m.status),
      sectors: UNFCCCMappings.distinct(m.gpc.flatMap(UNFCCCMappings.sectors(ofGPC:))),
      gases: m.gases.map(\.rawValue), startYear: m.startYear, implementingEntities: m.implementingEntities,
      achieved: achieved?.gross, achievedYear: achieved?.year, expected: expectedByYear,
      expectedNet2030: net2030.isEmpty ? nil : net2030.map(\.net).sum(),
      reportingEntity: reportingEntity, measureId: m.measureId)
  }
}
