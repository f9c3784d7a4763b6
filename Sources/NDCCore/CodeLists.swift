// The code lists of SUBMISSION.md. Raw values are the lexical forms in both formats.

public enum SubmitterLevel: String, Sendable, Hashable, CaseIterable { case municipality, region }
public enum Language: String, Sendable, Hashable, CaseIterable { case da, en }
public enum PlanFramework: String, Sendable, Hashable, CaseIterable {
  case dk2020 = "DK2020", c40 = "C40-CAPF", other
}
public enum PlanStatus: String, Sendable, Hashable, CaseIterable {
  case adopted, draft, inRevision = "in-revision"
}
public enum InventoryMethodology: String, Sendable, Hashable, CaseIterable {
  case gpcBasic = "GPC-BASIC", gpcBasicPlus = "GPC-BASIC+", ens = "ENS-CO2-regnskab", other
}
public enum GWPSet: String, Sendable, Hashable, CaseIterable { case ar5 = "AR5", ar6 = "AR6", ar4 = "AR4" }
public enum InventoryBoundary: String, Sendable, Hashable, CaseIterable { case territorial }
public enum Gas: String, Sendable, Hashable, CaseIterable {
  case co2 = "CO2", ch4 = "CH4", n2o = "N2O", hfcs = "HFCs", pfcs = "PFCs", sf6 = "SF6", nf3 = "NF3", co2e = "CO2e"
  /// Amounts of CO2 and CO2e may be negative (removals); of other gases not.
  public var mayBeNegative: Bool { self == .co2 || self == .co2e }
  /// Amounts already in tCO2e (CO2e itself, and the mixtures HFCs and PFCs).
  public var isAlreadyWeighted: Bool { self == .co2e || self == .hfcs || self == .pfcs }
}
public enum NotationKey: String, Sendable, Hashable, CaseIterable {
  case notOccurring = "NO", notEstimated = "NE", includedElsewhere = "IE", confidential = "C"
  public var needsExplanation: Bool { self != .notOccurring }
}
public enum TargetKind: String, Sendable, Hashable, CaseIterable {
  case baseYear = "base-year", fixedLevel = "fixed-level", baselineScenario = "baseline-scenario"
  case intensity, netZero = "net-zero"
}
public enum TargetStatus: String, Sendable, Hashable, CaseIterable { case adopted, proposed }
public enum Instrument: String, Sendable, Hashable, CaseIterable {
  case economic, fiscal, regulatory, information, education
  case voluntaryAgreement = "voluntary-agreement", planning, publicInvestment = "public-investment"
  case research, other
}
public enum MeasureCategory: String, Sendable, Hashable, CaseIterable {
  case districtHeating = "district-heating", individualHeating = "individual-heating"
  case buildingEfficiency = "building-efficiency", renewableElectricity = "renewable-electricity"
  case publicTransport = "public-transport", transportElectrification = "transport-electrification"
  case cyclingWalking = "cycling-walking", agriculture, landUse = "land-use", waste, industry, behaviour, other
}
public enum MeasureStatus: String, Sendable, Hashable, CaseIterable { case planned, adopted, implemented, expired }
public enum EffectKind: String, Sendable, Hashable, CaseIterable { case expected, achieved }
public enum RenewableTechnology: String, Sendable, Hashable, CaseIterable {
  case onshoreWind = "onshore-wind", solarPV = "solar-pv", biogas, largeHeatPump = "large-heat-pump", geothermal, other
}
public enum ProjectStatus: String, Sendable, Hashable, CaseIterable {
  case screening, planned, approved, construction, operational
}
public enum Hazard: String, Sendable, Hashable, CaseIterable {
  case seaLevelRise = "sea-level-rise", stormSurge = "storm-surge", pluvialFlooding = "pluvial-flooding"
  case fluvialFlooding = "fluvial-flooding", groundwaterRise = "groundwater-rise", coastalErosion = "coastal-erosion"
  case heat, drought, other
}
public enum RiskLevel: String, Sendable, Hashable, CaseIterable { case low, medium, high, veryHigh = "very-high" }
public enum AdaptationActionKind: String, Sendable, Hashable, CaseIterable {
  case coastalProtection = "coastal-protection", stormwater, natureBased = "nature-based", planning
  case earlyWarning = "early-warning", other
}
public enum BarrierTheme: String, Sendable, Hashable, CaseIterable {
  case regulation, financing, gridCapacity = "grid-capacity", planning, capacity, data, other
}
public enum EngagementKind: String, Sendable, Hashable, CaseIterable {
  case consultation, hearing, citizensAssembly = "citizens-assembly", partnership
  case progressReview = "progress-review", dialogue, other
  /// The CHAMP commitments served when the activity names none (SUBMISSION.md).
  public var defaultChampCommitments: [Int] {
    switch self {
    case .consultation, .hearing, .citizensAssembly: [1]
    case .partnership: [2]
    case .progressReview: [5]
    case .dialogue: [6]
    case .other: []
    }
  }
}
