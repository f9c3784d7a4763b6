/// Targets (CONTRIBUTION.md rule 5): each counted submitter's targets as given, its counting
/// 2030 target with the implied 2030 level, and the synthesis over municipalities. Region
/// targets are listed beside the municipalities', never summed with them.
public struct ContributionTargets: Model {
  public var submitters: [SubmitterTargets] = []
  public var synthesis: TargetSynthesis = TargetSynthesis()
  public static var blank: Self { Self() }
}

public struct SubmitterTargets: Model {
  public var level: SubmitterLevel = .municipality
  public var code: String = ""
  /// The region the submitter is attributed to on the as-of date.
  public var region: String?
  public var input: Int = 0
  public var targets: [Target] = []
  public var counting2030: Counting2030Target?
  public static var blank: Self { Self() }
}

/// The counting 2030 target (SUBMISSION.md) and its implied 2030 level.
public struct Counting2030Target: Model {
  public var targetId: String = ""
  public var kind: TargetKind = .baseYear
  /// `reductionPercent` for base-year and baseline-scenario, 100 for net-zero; absent otherwise.
  public var reductionPercent: ExactDecimal?
  /// tCO2e in 2030; absent for intensity targets (not convertible: listed, not summed).
  public var implied2030: ExactDecimal?
  /// The base year and its emissions the synthesis compares with.
  public var baseYear: Int?
  public var baseYearEmissions: ExactDecimal?
  public static var blank: Self { Self() }
}

/// The synthesis of rule 5, over municipalities with a convertible counting 2030 target.
public struct TargetSynthesis: Model {
  /// Municipalities with a counting 2030 target, convertible or not.
  public var municipalitiesWithTarget: Int = 0
  /// Municipalities whose counting target is not convertible (intensity): listed, not summed.
  public var notConvertible: [String] = []
  /// The sum of implied 2030 levels and the submitters (codes) and inputs it sums.
  public var implied2030: ExactDecimal = .zero
  public var submitters: [String] = []
  public var inputs: [Int] = []
  /// Base-year emissions of the same submitters, grouped by base year.
  public var baseYears: [BaseYearGroup] = []
  /// The same submitters' summed emissions in the latest year all of them report.
  public var latestCommonYear: Int?
  public var latestCommonEmissions: ExactDecimal?
  public var reductionFromLatest: ExactDecimal?
  public var reductionFromLatestPercent: ExactDecimal?
  /// Submitters whose own reduction (SUBMISSION.md: `base-year`, `baseline-scenario`, `net-zero`)
  /// is ≥ 70 % (decision 252).
  public var atLeast70Percent: Int = 0
  /// Says plainly that the count is not the national 70 % against 1990.
  public var note: String = ""
  public static var blank: Self { Self() }
}

public struct BaseYearGroup: Model {
  public var baseYear: Int = 0
  public var submitters: Int = 0
  public var baseYearEmissions: ExactDecimal = .zero
  public var implied2030: ExactDecimal = .zero
  /// baseYearEmissions − implied2030, and that as % of baseYearEmissions (absent when ≤ 0).
  public var reduction: ExactDecimal = .zero
  public var reductionPercent: ExactDecimal?
  public static var blank: Self { Self() }
}
