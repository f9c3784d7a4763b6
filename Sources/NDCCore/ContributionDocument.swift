/// The multilevel contribution document `compile` produces (CONTRIBUTION.md): Denmark's
/// subnational contribution organised nation → region → municipality. Members are in the
/// order of CONTRIBUTION.md's "Sections", which is the canonical order of both formats.
/// Lists are never optional: an absent list and an empty list are the same. Every type is a
/// `Model`, as `Submission`'s are: the formats decode into its `blank`.
public struct ContributionDocument: Model {
  public static let schemaVersion = "1.0"

  public var schemaVersion: String = ContributionDocument.schemaVersion
  public var header: ContributionHeader = ContributionHeader()
  public var inputs: [ContributionInput] = []
  public var coverage: ContributionCoverage = ContributionCoverage()
  public var geography: ContributionGeography = ContributionGeography()
  public var inventory: ContributionInventory = ContributionInventory()
  public var targets: ContributionTargets = ContributionTargets()
  public var measures: ContributionMeasures = ContributionMeasures()
  public var renewables: [RenewableSummary] = []
  public var lowlandSoils: [LowlandSoilSummary] = []
  public var adaptation: AdaptationSummary = AdaptationSummary()
  public var finance: [FinanceLine] = []
  public var barriers: [BarrierSummary] = []
  public var engagement: EngagementSummary = EngagementSummary()
  public var diagnostics: [DiagnosticCount] = []

  public static var blank: Self { Self() }
}

/// What the document was compiled from and with.
public struct ContributionHeader: Model {
  public var cycle: String = ""
  /// The date geography is aggregated on (`--as-of`).
  public var asOf: CalendarDate = .blank
  /// `--compiled-at`, else `SOURCE_DATE_EPOCH`, else the latest counted `submittedAt`; never the clock.
  public var compiledAt: DateTime = .blank
  public var toolVersion: String = ""
  public var rulePack: String = ""
  public var referenceEdition: String = ""
  public static var blank: Self { Self() }
}

/// What became of one input (CONTRIBUTION.md rule 1 and rule 2).
public enum InputStatus: String, Sendable, Hashable, CaseIterable {
  case counted, fallback, superseded, invalid, duplicate, identical
  case otherCycle = "other-cycle"
  case outsideGeography = "outside-geography"

  /// Whether the input's numbers enter the document.
  public var counts: Bool { self == .counted || self == .fallback }
}

/// One input file (rule 7): its index, path as given, format, SHA-256, submitter, version and status.
public struct ContributionInput: Model {
  /// 1-based position in the sorted input list; aggregates name inputs by this index.
  public var index: Int = 0
  public var path: String = ""
  /// `xml` or `json`; nil when the file could not be sniffed.
  public var format: String?
  /// Lower-case hexadecimal SHA-256 of the file's bytes.
  public var sha256: String = ""
  public var submitter: String?
  public var level: SubmitterLevel?
  public var version: Int?
  public var status: InputStatus = .counted
  public var reason: String = ""
  public static var blank: Self { Self() }
}

/// Counts of diagnostics per rule over all inputs.
public struct DiagnosticCount: Model {
  public var code: String = ""
  public var severity: Severity = .info
  public var count: Int = 0
  public static var blank: Self { Self() }
}

/// The level of an aggregate row.
public enum AreaLevel: String, Sendable, Hashable, CaseIterable {
  case nation, region, municipality
}
