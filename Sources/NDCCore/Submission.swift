/// One submission: what one municipality or region sends for one reporting cycle
/// (SUBMISSION.md). Members are in the specification's order, which is the canonical order.
/// Lists are never optional: an absent list and an empty list are the same.
///
/// Every type has a blank `init()`, each member at a blank value (empty text, zero, the first
/// code of its list): the formats decode into a blank object by walking the type's one field
/// list, and a required member that is absent fails the decode, so a blank never stands for
/// a value that was read. Build real objects with the memberwise initialisers.
public struct Submission: Hashable, Sendable {
  public var schemaVersion: String = ""
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

  public init() {}
  public init(
    schemaVersion: String = "1.0", submissionId: String, cycle: String, version: Int,
    submittedAt: DateTime, submitter: Submitter, contact: Contact, language: Language, plan: Plan,
    dataSources: [DataSource] = [], inventory: Inventory? = nil, targets: [Target] = [],
    measures: [Measure] = [], renewables: [RenewableProject] = [], lowlandSoils: [LowlandSoilProject] = [],
    adaptation: Adaptation? = nil, barriers: [Barrier] = [], engagement: [Engagement] = []
  ) {
    self.schemaVersion = schemaVersion
    self.submissionId = submissionId
    self.cycle = cycle
    self.version = version
    self.submittedAt = submittedAt
    self.submitter = submitter
    self.contact = contact
    self.language = language
    self.plan = plan
    self.dataSources = dataSources
    self.inventory = inventory
    self.targets = targets
    self.measures = measures
    self.renewables = renewables
    self.lowlandSoils = lowlandSoils
    self.adaptation = adaptation
    self.barriers = barriers
    self.engagement = engagement
  }
}

public struct Submitter: Hashable, Sendable {
  public var level: SubmitterLevel = .municipality
  /// A code without leading zeros, e.g. `101` or `1084`.
  public var code: String = ""
  public var name: String = ""
  public init() {}
  public init(level: SubmitterLevel, code: String, name: String) {
    self.level = level
    self.code = code
    self.name = name
  }
}

public struct Contact: Hashable, Sendable {
  public var name: String = ""
  public var email: String = ""
  public var phone: String?
  public init() {}
  public init(name: String, email: String, phone: String? = nil) {
    self.name = name
    self.email = email
    self.phone = phone
  }
}

public struct Plan: Hashable, Sendable {
  public var title: String = ""
  public var framework: PlanFramework = .dk2020
  public var status: PlanStatus = .adopted
  public var adoptedOn: CalendarDate?
  public var adoptedBy: String?
  public var url: String?
  public init() {}
  public init(
    title: String, framework: PlanFramework, status: PlanStatus, adoptedOn: CalendarDate? = nil,
    adoptedBy: String? = nil, url: String? = nil
  ) {
    self.title = title
    self.framework = framework
    self.status = status
    self.adoptedOn = adoptedOn
    self.adoptedBy = adoptedBy
    self.url = url
  }
}

public struct DataSource: Hashable, Sendable {
  public var sourceId: String = ""
  public var publisher: String = ""
  public var title: String = ""
  public var edition: String?
  public var url: String?
  public var retrievedOn: CalendarDate?
  public init() {}
  public init(
    sourceId: String, publisher: String, title: String, edition: String? = nil, url: String? = nil,
    retrievedOn: CalendarDate? = nil
  ) {
    self.sourceId = sourceId
    self.publisher = publisher
    self.title = title
    self.edition = edition
    self.url = url
    self.retrievedOn = retrievedOn
  }
}

// MARK: - Inventory

public struct Inventory: Hashable, Sendable {
  public var methodology: InventoryMethodology = .gpcBasic
  public var gwp: GWPSet = .ar5
  public var boundary: InventoryBoundary = .territorial
  public var years: [InventoryYear] = []
  public init() {}
  public init(methodology: InventoryMethodology, gwp: GWPSet, boundary: InventoryBoundary = .territorial, years: [InventoryYear]) {
    self.methodology = methodology
    self.gwp = gwp
    self.boundary = boundary
    self.years = years
  }
}

public struct InventoryYear: Hashable, Sendable {
  public var year: Int = 0
  public var baseYear: Bool = false
  /// Residents on 1 January.
  public var population: Int?
  public var entries: [InventoryEntry] = []
  public init() {}
  public init(year: Int, baseYear: Bool, population: Int? = nil, entries: [InventoryEntry]) {
    self.year = year
    self.baseYear = baseYear
    self.population = population
    self.entries = entries
  }
}

public struct InventoryEntry: Hashable, Sendable {
  /// A GPC sector, subsector or reference number (`I`, `I.1`, `I.1.1`).
  public var gpc: String = ""
  public var gas: Gas = .co2
  /// Tonnes of the gas, or tCO2e for CO2e, HFCs and PFCs. Exactly one of amount / notationKey (a rule).
  public var amount: ExactDecimal?
  public var notationKey: NotationKey?
  public var explanation: String?
  public var sourceRef: String?
  public init() {}
  public init(
    gpc: String, gas: Gas, amount: ExactDecimal? = nil, notationKey: NotationKey? = nil,
    explanation: String? = nil, sourceRef: String? = nil
  ) {
    self.gpc = gpc
    self.gas = gas
    self.amount = amount
    self.notationKey = notationKey
    self.explanation = explanation
    self.sourceRef = sourceRef
  }
}

// MARK: - Targets

public struct Target: Hashable, Sendable {
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
  public init() {}
  public init(
    targetId: String, kind: TargetKind, baseYear: Int? = nil, baseYearEmissions: ExactDecimal? = nil,
    targetYear: Int, reductionPercent: ExactDecimal? = nil, targetEmissions: ExactDecimal? = nil,
    baselineEmissions: ExactDecimal? = nil, intensityUnit: String? = nil, targetIntensity: ExactDecimal? = nil,
    coverage: TargetCoverage, conditional: Bool, status: TargetStatus
  ) {
    self.targetId = targetId
    self.kind = kind
    self.baseYear = baseYear
    self.baseYearEmissions = baseYearEmissions
    self.targetYear = targetYear
    self.reductionPercent = reductionPercent
    self.targetEmissions = targetEmissions
    self.baselineEmissions = baselineEmissions
    self.intensityUnit = intensityUnit
    self.targetIntensity = targetIntensity
    self.coverage = coverage
    self.conditional = conditional
    self.status = status
  }
}

public struct TargetCoverage: Hashable, Sendable {
  public var gpc: [String] = []
  public var gases: [Gas] = []
  public init() {}
  public init(gpc: [String], gases: [Gas]) {
    self.gpc = gpc
    self.gases = gases
  }
}

// MARK: - Measures

public struct Measure: Hashable, Sendable {
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
  public init() {}
  public init(
    measureId: String, title: String, description: String? = nil, objective: String? = nil, gpc: [String],
    gases: [Gas], instruments: [Instrument], category: MeasureCategory? = nil, status: MeasureStatus,
    startYear: Int, endYear: Int? = nil, implementingEntities: [String], effects: [MeasureEffect] = [],
    costDKK: ExactDecimal? = nil, fundingGapDKK: ExactDecimal? = nil, fundingSources: [String] = [],
    nationalDependency: String? = nil, overlaps: [Overlap] = []
  ) {
    self.measureId = measureId
    self.title = title
    self.description = description
    self.objective = objective
    self.gpc = gpc
    self.gases = gases
    self.instruments = instruments
    self.category = category
    self.status = status
    self.startYear = startYear
    self.endYear = endYear
    self.implementingEntities = implementingEntities
    self.effects = effects
    self.costDKK = costDKK
    self.fundingGapDKK = fundingGapDKK
    self.fundingSources = fundingSources
    self.nationalDependency = nationalDependency
    self.overlaps = overlaps
  }
}

public struct MeasureEffect: Hashable, Sendable {
  public var year: Int = 0
  /// The reduction in that year, tCO2e.
  public var tco2e: ExactDecimal = .zero
  public var kind: EffectKind = .expected
  public init() {}
  public init(year: Int, tco2e: ExactDecimal, kind: EffectKind) {
    self.year = year
    self.tco2e = tco2e
    self.kind = kind
  }
}

public struct Overlap: Hashable, Sendable {
  public var submitterCode: String = ""
  public var measureId: String = ""
  /// 0 < share ≤ 1.
  public var share: ExactDecimal = .zero
  public init() {}
  public init(submitterCode: String, measureId: String, share: ExactDecimal) {
    self.submitterCode = submitterCode
    self.measureId = measureId
    self.share = share
  }
}

// MARK: - Projects

public struct RenewableProject: Hashable, Sendable {
  public var projectId: String = ""
  public var technology: RenewableTechnology = .onshoreWind
  public var capacityMW: ExactDecimal = .zero
  public var expectedGWhPerYear: ExactDecimal?
  public var status: ProjectStatus = .screening
  public var commissioningYear: Int?
  public var measureRef: String?
  public init() {}
  public init(
    projectId: String, technology: RenewableTechnology, capacityMW: ExactDecimal,
    expectedGWhPerYear: ExactDecimal? = nil, status: ProjectStatus, commissioningYear: Int? = nil,
    measureRef: String? = nil
  ) {
    self.projectId = projectId
    self.technology = technology
    self.capacityMW = capacityMW
    self.expectedGWhPerYear = expectedGWhPerYear
    self.status = status
    self.commissioningYear = commissioningYear
    self.measureRef = measureRef
  }
}

public struct LowlandSoilProject: Hashable, Sendable {
  public var projectId: String = ""
  public var hectares: ExactDecimal = .zero
  public var tco2ePerYear: ExactDecimal?
  public var status: ProjectStatus = .screening
  public var completionYear: Int?
  public var measureRef: String?
  public init() {}
  public init(
    projectId: String, hectares: ExactDecimal, tco2ePerYear: ExactDecimal? = nil, status: ProjectStatus,
    completionYear: Int? = nil, measureRef: String? = nil
  ) {
    self.projectId = projectId
    self.hectares = hectares
    self.tco2ePerYear = tco2ePerYear
    self.status = status
    self.completionYear = completionYear
    self.measureRef = measureRef
  }
}

// MARK: - Adaptation

public struct Adaptation: Hashable, Sendable {
  public var riskAssessment: RiskAssessment?
  public var actions: [AdaptationAction] = []
  public init() {}
  public init(riskAssessment: RiskAssessment? = nil, actions: [AdaptationAction] = []) {
    self.riskAssessment = riskAssessment
    self.actions = actions
  }
}

public struct RiskAssessment: Hashable, Sendable {
  public var completedOn: CalendarDate = .blank
  public var hazards: [AssessedHazard] = []
  public init() {}
  public init(completedOn: CalendarDate, hazards: [AssessedHazard]) {
    self.completedOn = completedOn
    self.hazards = hazards
  }
}

public struct AssessedHazard: Hashable, Sendable {
  public var hazard: Hazard = .seaLevelRise
  public var riskLevel: RiskLevel = .low
  public var horizonYear: Int?
  public init() {}
  public init(hazard: Hazard, riskLevel: RiskLevel, horizonYear: Int? = nil) {
    self.hazard = hazard
    self.riskLevel = riskLevel
    self.horizonYear = horizonYear
  }
}

public struct AdaptationAction: Hashable, Sendable {
  public var actionId: String = ""
  public var title: String = ""
  public var kind: AdaptationActionKind?
  /// The first is the primary hazard.
  public var hazards: [Hazard] = []
  public var status: MeasureStatus = .planned
  public var investmentDKK: ExactDecimal?
  public var fundingGapDKK: ExactDecimal?
  public var completionYear: Int?
  public init() {}
  public init(
    actionId: String, title: String, kind: AdaptationActionKind? = nil, hazards: [Hazard], status: MeasureStatus,
    investmentDKK: ExactDecimal? = nil, fundingGapDKK: ExactDecimal? = nil, completionYear: Int? = nil
  ) {
    self.actionId = actionId
    self.title = title
    self.kind = kind
    self.hazards = hazards
    self.status = status
    self.investmentDKK = investmentDKK
    self.fundingGapDKK = fundingGapDKK
    self.completionYear = completionYear
  }
}

// MARK: - Barriers and engagement

public struct Barrier: Hashable, Sendable {
  public var barrierId: String = ""
  public var theme: BarrierTheme = .regulation
  public var description: String = ""
  public var requestToNational: String?
  public var measureRefs: [String] = []
  public init() {}
  public init(barrierId: String, theme: BarrierTheme, description: String, requestToNational: String? = nil, measureRefs: [String] = []) {
    self.barrierId = barrierId
    self.theme = theme
    self.description = description
    self.requestToNational = requestToNational
    self.measureRefs = measureRefs
  }
}

public struct Engagement: Hashable, Sendable {
  public var activityId: String = ""
  public var kind: EngagementKind = .consultation
  public var date: CalendarDate = .blank
  /// Number of participants.
  public var participants: Int?
  public var description: String?
  /// CHAMP commitments 1–6 this activity serves; empty means the kind's default.
  public var champCommitments: [Int] = []
  public init() {}
  public init(
    activityId: String, kind: EngagementKind, date: CalendarDate, participants: Int? = nil,
    description: String? = nil, champCommitments: [Int] = []
  ) {
    self.activityId = activityId
    self.kind = kind
    self.date = date
    self.participants = participants
    self.description = description
    self.champCommitments = champCommitments
  }
  /// The commitments served, with the kind's default when none are named.
  public var effectiveChampCommitments: [Int] {
    champCommitments.isEmpty ? kind.defaultChampCommitments : champCommitments
  }
}
