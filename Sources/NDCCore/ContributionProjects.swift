// Renewables, lowland soils, adaptation, finance, barriers and engagement of the counted
// submissions (CONTRIBUTION.md, "Sections"). Project tonnes are reported beside measure
// effects, never added to them.

/// Renewable capacity of one submitter by technology, status and commissioning year.
public struct RenewableSummary: Model {
  public var submitter: String = ""
  public var technology: RenewableTechnology = .onshoreWind
  public var status: ProjectStatus = .screening
  /// The commissioning year; absent when the projects give none.
  public var year: Int?
  public var projects: Int = 0
  public var capacityMW: ExactDecimal = .zero
  public var expectedGWhPerYear: ExactDecimal = .zero
  public static var blank: Self { Self() }
}

/// Lowland-soil retirement of one submitter by status and completion year.
public struct LowlandSoilSummary: Model {
  public var submitter: String = ""
  public var status: ProjectStatus = .screening
  public var year: Int?
  public var projects: Int = 0
  public var hectares: ExactDecimal = .zero
  public var tco2ePerYear: ExactDecimal = .zero
  public static var blank: Self { Self() }
}

public struct AdaptationSummary: Model {
  /// Assessed hazards × risk level: how many submitters.
  public var risks: [HazardRiskCount] = []
  /// Actions and investment by primary hazard and kind.
  public var actions: [AdaptationActionTotal] = []
  public static var blank: Self { Self() }
}

public struct HazardRiskCount: Model {
  public var hazard: Hazard = .seaLevelRise
  public var riskLevel: RiskLevel = .low
  public var submitters: Int = 0
  public static var blank: Self { Self() }
}

public struct AdaptationActionTotal: Model {
  public var hazard: Hazard = .seaLevelRise
  /// The action kind; `nil` when the actions give none.
  public var kind: AdaptationActionKind?
  public var actions: Int = 0
  public var investmentDKK: ExactDecimal = .zero
  public var fundingGapDKK: ExactDecimal = .zero
  public static var blank: Self { Self() }
}

/// Cost and unfinanced need by source, category, region and status (CHAMP commitment 4).
public struct FinanceLine: Model {
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
  public static var blank: Self { Self() }
}

/// Barriers of one theme, with the requests to the national level.
public struct BarrierSummary: Model {
  public var theme: BarrierTheme = .regulation
  public var count: Int = 0
  public var requests: [NationalRequest] = []
  public static var blank: Self { Self() }
}

public struct NationalRequest: Model {
  public var submitter: String = ""
  public var barrierId: String = ""
  public var request: String = ""
  public static var blank: Self { Self() }
}

public struct EngagementSummary: Model {
  /// Activities per submitter and kind.
  public var byKind: [EngagementKindCount] = []
  /// Activities per submitter and CHAMP commitment (the kind's default when none are named).
  public var byCommitment: [EngagementCommitmentCount] = []
  public static var blank: Self { Self() }
}

public struct EngagementKindCount: Model {
  public var submitter: String = ""
  public var kind: EngagementKind = .consultation
  public var activities: Int = 0
  public var participants: Int = 0
  public static var blank: Self { Self() }
}

public struct EngagementCommitmentCount: Model {
  public var submitter: String = ""
  public var commitment: Int = 0
  public var activities: Int = 0
  public static var blank: Self { Self() }
}
