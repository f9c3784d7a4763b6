// Renewables, lowland soils, adaptation, finance, barriers and engagement of the counted
// submissions (CONTRIBUTION.md, "Sections"). Project tonnes are reported beside measure
// effects, never added to them.

/// Renewable capacity of one submitter by technology, status and commissioning year.
public struct RenewableSummary: Hashable, Sendable {
  public var submitter: String = ""
  public var technology: RenewableTechnology = .onshoreWind
  public var status: ProjectStatus = .screening
  /// The commissioning year; absent when the projects give none.
  public var year: Int?
  public var projects: Int = 0
  public var capacityMW: ExactDecimal = .zero
  public var expectedGWhPerYear: ExactDecimal = .zero
  public init() {}
  public init(
    submitter: String, technology: RenewableTechnology, status: ProjectStatus, year: Int?, projects: Int,
    capacityMW: ExactDecimal, expectedGWhPerYear: ExactDecimal
  ) {
    self.submitter = submitter
    self.technology = technology
    self.status = status
    self.year = year
    self.projects = projects
    self.capacityMW = capacityMW
    self.expectedGWhPerYear = expectedGWhPerYear
  }
}

/// Lowland-soil retirement of one submitter by status and completion year.
public struct LowlandSoilSummary: Hashable, Sendable {
  public var submitter: String = ""
  public var status: ProjectStatus = .screening
  public var year: Int?
  public var projects: Int = 0
  public var hectares: ExactDecimal = .zero
  public var tco2ePerYear: ExactDecimal = .zero
  public init() {}
  public init(submitter: String, status: ProjectStatus, year: Int?, projects: Int, hectares: ExactDecimal, tco2ePerYear: ExactDecimal) {
    self.submitter = submitter
    self.status = status
    self.year = year
    self.projects = projects
    self.hectares = hectares
    self.tco2ePerYear = tco2ePerYear
  }
}

public struct AdaptationSummary: Hashable, Sendable {
  /// Assessed hazards × risk level: how many submitters.
  public var risks: [HazardRiskCount] = []
  /// Actions and investment by primary hazard and kind.
  public var actions: [AdaptationActionTotal] = []
  public init() {}
}

public struct HazardRiskCount: Hashable, Sendable {
  public var hazard: Hazard = .seaLevelRise
  public var riskLevel: RiskLevel = .low
  public var submitters: Int = 0
  public init() {}
  public init(hazard: Hazard, riskLevel: RiskLevel, submitters: Int) {
    self.hazard = hazard
    self.riskLevel = riskLevel
    self.submitters = submitters
  }
}

public struct AdaptationActionTotal: Hashable, Sendable {
  public var hazard: Hazard = .seaLevelRise
  /// The action kind; `nil` when the actions give none.
  public var kind: AdaptationActionKind?
  public var actions: Int = 0
  public var investmentDKK: ExactDecimal = .zero
  public var fundingGapDKK: ExactDecimal = .zero
  public init() {}
  public init(hazard: Hazard, kind: AdaptationActionKind?, actions: Int, investmentDKK: ExactDecimal, fundingGapDKK: ExactDecimal) {
    self.hazard = hazard
    self.kind = kind
    self.actions = actions
    self.investmentDKK = investmentDKK
    self.fundingGapDKK = fundingGapDKK
  }
}

/// Cost and unfinanced need by source, category, region and status (CHAMP commitment 4).
public struct FinanceLine: Hashable, Sendable {
  public enum Source: String, Sendable, Hashable, CaseIterable { case measure, adaptation }
  public var source: Source = .measure
  /// A measure category or an adaptation action kind; `unspecified` when absent.
  public var category: String = ""
  /// The region the submitter is attributed to on the as-of date.
  public var region: String = ""
  public var status: MeasureStatus = .planned
  public var items: Int = 0
  public var costDKK: ExactDecimal = .zero
  public var fundingGapDKK: ExactDecimal = .zero
  public init() {}
  public init(source: Source, category: String, region: String, status: MeasureStatus, items: Int, costDKK: ExactDecimal, fundingGapDKK: ExactDecimal) {
    self.source = source
    self.category = category
    self.region = region
    self.status = status
    self.items = items
    self.costDKK = costDKK
    self.fundingGapDKK = fundingGapDKK
  }
}

/// Barriers of one theme, with the requests to the national level.
public struct BarrierSummary: Hashable, Sendable {
  public var theme: BarrierTheme = .regulation
  public var count: Int = 0
  public var requests: [NationalRequest] = []
  public init() {}
  public init(theme: BarrierTheme, count: Int, requests: [NationalRequest]) {
    self.theme = theme
    self.count = count
    self.requests = requests
  }
}

public struct NationalRequest: Hashable, Sendable {
  public var submitter: String = ""
  public var barrierId: String = ""
  public var request: String = ""
  public init() {}
  public init(submitter: String, barrierId: String, request: String) {
    self.submitter = submitter
    self.barrierId = barrierId
    self.request = request
  }
}

public struct EngagementSummary: Hashable, Sendable {
  /// Activities per submitter and kind.
  public var byKind: [EngagementKindCount] = []
  /// Activities per submitter and CHAMP commitment (the kind's default when none are named).
  public var byCommitment: [EngagementCommitmentCount] = []
  public init() {}
}

public struct EngagementKindCount: Hashable, Sendable {
  public var submitter: String = ""
  public var kind: EngagementKind = .consultation
  public var activities: Int = 0
  public var participants: Int = 0
  public init() {}
  public init(submitter: String, kind: EngagementKind, activities: Int, participants: Int) {
    self.submitter = submitter
    self.kind = kind
    self.activities = activities
    self.participants = participants
  }
}

public struct EngagementCommitmentCount: Hashable, Sendable {
  public var submitter: String = ""
  public var commitment: Int = 0
  public var activities: Int = 0
  public init() {}
  public init(submitter: String, commitment: Int, activities: Int) {
    self.submitter = submitter
    self.commitment = commitment
    self.activities = activities
  }
}
