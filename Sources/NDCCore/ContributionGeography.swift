/// Regions on the as-of date with their member municipalities (CONTRIBUTION.md rule 2).
public struct ContributionGeography: Hashable, Sendable {
  public var regions: [GeographyRegion] = []
  public init() {}
  public init(regions: [GeographyRegion] = []) { self.regions = regions }
}

public struct GeographyRegion: Hashable, Sendable {
  public var code: String = ""
  public var name: String = ""
  /// A code not yet official (Region Østdanmark's `1086`).
  public var provisional: Bool = false
  /// Dissolved regions whose submissions are attributed to this region on the as-of date.
  public var predecessors: [String] = []
  public var members: [AreaRef] = []
  public init() {}
  public init(code: String, name: String, provisional: Bool, predecessors: [String], members: [AreaRef]) {
    self.code = code
    self.name = name
    self.provisional = provisional
    self.predecessors = predecessors
    self.members = members
  }
}

/// A municipality or region named by code and name.
public struct AreaRef: Hashable, Sendable {
  public var code: String = ""
  public var name: String = ""
  public init() {}
  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }
}

/// Coverage by register population (rule 8): for the nation and each region, and the
/// submitters that are missing. Nothing is invented for the missing.
public struct ContributionCoverage: Hashable, Sendable {
  /// The date of the register population used as denominator.
  public var populationDate: CalendarDate?
  public var areas: [CoverageArea] = []
  public var missing: [MissingSubmitter] = []
  public init() {}
  public init(populationDate: CalendarDate? = nil, areas: [CoverageArea] = [], missing: [MissingSubmitter] = []) {
    self.populationDate = populationDate
    self.areas = areas
    self.missing = missing
  }
}

public struct CoverageArea: Hashable, Sendable {
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
  public init() {}
  public init(
    level: AreaLevel, code: String, name: String, municipalities: Int, reporting: Int, regionReporting: Bool?,
    registerPopulation: Int, populationCovered: Int, sharePercent: ExactDecimal?
  ) {
    self.level = level
    self.code = code
    self.name = name
    self.municipalities = municipalities
    self.reporting = reporting
    self.regionReporting = regionReporting
    self.registerPopulation = registerPopulation
    self.populationCovered = populationCovered
    self.sharePercent = sharePercent
  }
}

public struct MissingSubmitter: Hashable, Sendable {
  public var level: SubmitterLevel = .municipality
  public var code: String = ""
  public var name: String = ""
  /// The region a missing municipality belongs to on the as-of date.
  public var region: String?
  public init() {}
  public init(level: SubmitterLevel, code: String, name: String, region: String?) {
    self.level = level
    self.code = code
    self.name = name
    self.region = region
  }
}
