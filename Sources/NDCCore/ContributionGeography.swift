/// Regions on the as-of date with their member municipalities (CONTRIBUTION.md rule 2).
public struct ContributionGeography: Model {
  public var regions: [GeographyRegion] = []
  public static var blank: Self { Self() }
}

public struct GeographyRegion: Model {
  public var code: String = ""
  public var name: String = ""
  /// A code not yet official (Region Østdanmark's `1086`).
  public var provisional: Bool = false
  /// Dissolved regions whose submissions are attributed to this region on the as-of date.
  public var predecessors: [String] = []
  public var members: [AreaRef] = []
  public static var blank: Self { Self() }
}

/// A municipality or region named by code and name.
public struct AreaRef: Model {
  public var code: String = ""
  public var name: String = ""
  public static var blank: Self { Self() }
}

/// Coverage by register population (rule 8): for the nation and each region, and the
/// submitters that are missing. Nothing is invented for the missing.
public struct ContributionCoverage: Model {
  /// The date of the register population used as denominator.
  public var populationDate: CalendarDate?
  public var areas: [CoverageArea] = []
  public var missing: [MissingSubmitter] = []
  public static var blank: Self { Self() }
}

public struct CoverageArea: Model {
  public var level: AreaLevel = .nation
  public var code: String = ""
  public var name: String = ""
  public var municipalities: Int = 0
  /// Member municipalities with a counted submission.
  public var reporting: Int = 0
  /// Whether the region itself has a counted submission (regions only).
  public var regionReporting: Bool?
  public var registerPopulation: Int = 0
  public var populationCovered: Int = 0
  /// Population covered ÷ register population, in %, 2 places.
  public var sharePercent: ExactDecimal?
  public static var blank: Self { Self() }
}

public struct MissingSubmitter: Model {
  public var level: SubmitterLevel = .municipality
  public var code: String = ""
  public var name: String = ""
  /// The region a missing municipality belongs to on the as-of date.
  public var region: String?
  public static var blank: Self { Self() }
}
