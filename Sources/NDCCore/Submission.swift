/// One submission: what one municipality or region sends for one reporting cycle
/// (SUBMISSION.md). Members are in the specification's order, which is the canonical order.
/// Lists are never optional: an absent list and an empty list are the same.
///
/// Every type is a `Model`: each member has a default (empty text, zero, the first code of its
/// list), the formats decode into `blank` by walking the type's one field list, and a required
/// member that is absent fails the decode, so a blank never stands for a value that was read.
public struct Submission: Model {
  /// The format version this tool writes (`SubmissionFormat.version`), unless set.
  public var schemaVersion: String = "1.0"
  public var submissionId: String = ""
  public var cycle: String = ""
  public var version: Int = 0
  public var submittedAt: DateTime = .blank
  public var submitter: Submitter = Submitter()
  public var contact: Contact = Contact()
  public var language: Language = .da
  public var plan: Plan = Plan()
  public var dataSources: [DataSource] = []
  public var inventory: Inventory?
  public var targets: [Target] = []
  public var measures: [Measure] = []
  public var renewables: [RenewableProject] = []
  public var lowlandSoils: [LowlandSoilProject] = []
  public var adaptation: Adaptation?
  public var barriers: [Barrier] = []
  public var engagement: [Engagement] = []

  public static var blank: Self { Self() }
}

public struct Submitter: Model {
  public var level: SubmitterLevel = .municipality
  /// A code without leading zeros, e.g. `101` or `1084`.
  public var code: String = ""
  public var name: String = ""
  public static var blank: Self { Self() }
}

public struct Contact: Model {
  public var name: String = ""
  public var email: String = ""
  public var phone: String?
  public static var blank: Self { Self() }
}

public struct Plan: Model {
  public var title: String = ""
  public var framework: PlanFramework = .dk2020
  public var status: PlanStatus = .adopted
  public var adoptedOn: CalendarDate?
  public var adoptedBy: String?
  public var url: String?
  public static var blank: Self { Self() }
}

public struct DataSource: Model {
  public var sourceId: String = ""
  public var publisher: String = ""
  public var title: String = ""
  public var edition: String?
  public var url: String?
  public var retrievedOn: CalendarDate?
  public static var blank: Self { Self() }
}

// MARK: - Inventory

public struct Inventory: Model {
  public var methodology: InventoryMethodology = .gpcBasic
  public var gwp: GWPSet = .ar5
  public var boundary: InventoryBoundary = .territorial
  public var years: [InventoryYear] = []
  public static var blank: Self { Self() }
}

public struct InventoryYear: Model {
  public var year: Int = 0
  public var baseYear: Bool = false
  /// Residents on 1 January.
  public var population: Int?
  public var entries: [InventoryEntry] = []
  public static var blank: Self { Self() }
}

public struct InventoryEntry: Model {
  /// A GPC sector, subsector or reference number (`I`, `I.1`, `I.1.1`).
  public var gpc: String = ""
  public var gas: Gas = .co2
  /// Tonnes of the gas, or tCO2e for CO2e, HFCs and PFCs. Exactly one of amount / notationKey (a rule).
  public var amount: ExactDecimal?
  public var notationKey: NotationKey?
  public var explanation: String?
  public var sourceRef: String?
  public static var blank: Self { Self() }
}

// MARK: - Targets

public struct Target: Model {
  public var targetId: String = ""
  public var kind: TargetKind = .baseYear
  public var baseYear: Int?
  /// tCO2e.
  public var baseYearEmissions: ExactDecimal?
  public var targetYear: Int = 0
  public var reductionPercent: ExactDecimal?
  public var targetEmissions: ExactDecimal?
  public var baselineEmissions: ExactDecimal?
  public var intensityUnit: String?
  public var targetIntensity: ExactDecimal?
  public var coverage: TargetCoverage = TargetCoverage()
  public var conditional: Bool = false
  public var status: TargetStatus = .adopted
  public static var blank: Self { Self() }
}

public struct TargetCoverage: Model {
  public var gpc: [String] = []
  public var gases: [Gas] = []
  public static var blank: Self { Self() }
}

// MARK: - Measures

public struct Measure: Model {
  public var measureId: String = ""
  public var title: String = ""
  public var description: String?
  public var objective: String?
  /// Sectors affected; the first is the primary sector.
  public var gpc: [String] = []
  public var gases: [Gas] = []
  /// The first is the primary instrument.
  public var instruments: [Instrument] = []
  public var category: MeasureCategory?
  public var status: MeasureStatus = .planned
  public var startYear: Int = 0
  public var endYear: Int?
  public var implementingEntities: [String] = []
  public var effects: [MeasureEffect] = []
  /// DKK, nominal, price year = the year of submittedAt.
  public var costDKK: ExactDecimal?
  public var fundingGapDKK: ExactDecimal?
  public var fundingSources: [String] = []
  public var nationalDependency: String?
  public var overlaps: [Overlap] = []
  public static var blank: Self { Self() }
}

public struct MeasureEffect: Model {
  public var year: Int = 0
  /// The reduction in that year, tCO2e.
  public var tco2e: ExactDecimal = .zero
  public var kind: EffectKind = .expected
  public static var blank: Self { Self() }
}

public struct Overlap: Model {
  public var submitterCode: String = ""
  public var measureId: String = ""
  /// 0 < share ≤ 1.
  public var share: ExactDecimal = .zero
  public static var blank: Self { Self() }
}

// MARK: - Projects

public struct RenewableProject: Model {
  public var projectId: String = ""
  public var technology: RenewableTechnology = .onshoreWind
  public var capacityMW: ExactDecimal = .zero
  public var expectedGWhPerYear: ExactDecimal?
  public var status: ProjectStatus = .screening
  public var commissioningYear: Int?
  public var measureRef: String?
  public static var blank: Self { Self() }
}

public struct LowlandSoilProject: Model {
  public var projectId: String = ""
  public var hectares: ExactDecimal = .zero
  public var tco2ePerYear: ExactDecimal?
  public var status: ProjectStatus = .screening
  public var completionYear: Int?
  public var measureRef: String?
  public static var blank: Self { Self() }
}

// MARK: - Adaptation

public struct Adaptation: Model {
  public var riskAssessment: RiskAssessment?
  public var actions: [AdaptationAction] = []
  public static var blank: Self { Self() }
}

public struct RiskAssessment: Model {
  public var completedOn: CalendarDate = .blank
  public var hazards: [AssessedHazard] = []
  public static var blank: Self { Self() }
}

public struct AssessedHazard: Model {
  public var hazard: Hazard = .seaLevelRise
  public var riskLevel: RiskLevel = .low
  public var horizonYear: Int?
  public static var blank: Self { Self() }
}

public struct AdaptationAction: Model {
  public var actionId: String = ""
  public var title: String = ""
  public var kind: AdaptationActionKind?
  /// The first is the primary hazard.
  public var hazards: [Hazard] = []
  public var status: MeasureStatus = .planned
  public var investmentDKK: ExactDecimal?
  public var fundingGapDKK: ExactDecimal?
  public var completionYear: Int?
  public static var blank: Self { Self() }
}

// MARK: - Barriers and engagement

public struct Barrier: Model {
  public var barrierId: String = ""
  public var theme: BarrierTheme = .regulation
  public var description: String = ""
  public var requestToNational: String?
  public var measureRefs: [String] = []
  public static var blank: Self { Self() }
}

public struct Engagement: Model {
  public var activityId: String = ""
  public var kind: EngagementKind = .consultation
  public var date: CalendarDate = .blank
  /// Number of participants.
  public var participants: Int?
  public var description: String?
  /// CHAMP commitments 1–6 this activity serves; empty means the kind's default.
  public var champCommitments: [Int] = []
  public static var blank: Self { Self() }
  /// The commitments served, with the kind's default when none are named.
  public var effectiveChampCommitments: [Int] {
    champCommitments.isEmpty ? kind.defaultChampCommitments : champCommitments
  }
}
