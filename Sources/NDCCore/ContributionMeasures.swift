/// Measures (CONTRIBUTION.md rule 6): each counted measure with its settled effects, gross and
/// net totals per year and kind, breakdowns by primary sector, primary instrument, category and
/// status, the national-dependency subset, and the overlap ledger.
public struct ContributionMeasures: Model {
  public var submitters: [SubmitterMeasures] = []
  public var totals: [EffectTotal] = []
  public var breakdowns: [EffectBreakdown] = []
  /// Measures that depend on a national decision, totalled again as a subset.
  public var nationalDependency: [EffectTotal] = []
  public var ledger: [OverlapSettlement] = []
  public static var blank: Self { Self() }
}

public struct SubmitterMeasures: Model {
  public var level: SubmitterLevel = .municipality
  public var code: String = ""
  public var region: String?
  public var input: Int = 0
  public var measures: [CountedMeasure] = []
  public static var blank: Self { Self() }
}

/// A measure as submitted, with each effect's removal and net after the overlap ledger.
public struct CountedMeasure: Model {
  public var measure: Measure = Measure()
  public var settled: [SettledEffect] = []
  public static var blank: Self { Self() }
}

public struct SettledEffect: Model {
  public var year: Int = 0
  public var kind: EffectKind = .expected
  public var gross: ExactDecimal = .zero
  /// The overlap removals attributed to this measure (after proportional scaling).
  public var removed: ExactDecimal = .zero
  public var net: ExactDecimal = .zero
  public static var blank: Self { Self() }
}

public struct EffectTotal: Model {
  public var year: Int = 0
  public var kind: EffectKind = .expected
  public var gross: ExactDecimal = .zero
  public var removed: ExactDecimal = .zero
  public var net: ExactDecimal = .zero
  public var measures: Int = 0
  public var inputs: [Int] = []
  public static var blank: Self { Self() }
}

/// The dimension of a breakdown; each uses the primary value so the lines add up to the totals.
public enum BreakdownDimension: String, Sendable, Hashable, CaseIterable {
  case sector, instrument, category, status
}

public struct EffectBreakdown: Model {
  public var dimension: BreakdownDimension = .sector
  /// The primary GPC sector, primary instrument, category (`unspecified` when absent) or status.
  public var key: String = ""
  public var year: Int = 0
  public var kind: EffectKind = .expected
  public var gross: ExactDecimal = .zero
  public var net: ExactDecimal = .zero
  public static var blank: Self { Self() }
}

/// A measure named across submissions.
public struct MeasureRef: Model, Comparable {
  public var submitter: String = ""
  public var measureId: String = ""
  public static var blank: Self { Self() }
  /// Lower submitter code (by value), then measure id.
  public static func < (a: MeasureRef, b: MeasureRef) -> Bool {
    if a.submitter != b.submitter { return a.submitter.numericallyPrecedes(b.submitter) }
    return a.measureId < b.measureId
  }
}

/// How a pair's overlap was declared.
public enum OverlapDeclaration: String, Sendable, Hashable, CaseIterable {
  /// Both sides declare it: min(share_A × E_A, share_B × E_B).
  case both
  /// Only one side declares it: min(share_A × E_A, E_B).
  case oneSided = "one-sided"
}

/// One line of the overlap ledger: an unordered pair settled once per (year, kind).
public struct OverlapSettlement: Model {
  /// The lower of the two measures (`MeasureRef` order), and the other.
  public var first: MeasureRef = MeasureRef()
  public var second: MeasureRef = MeasureRef()
  public var year: Int = 0
  public var kind: EffectKind = .expected
  public var declaration: OverlapDeclaration = .both
  /// The removal the pair's formula gives.
  public var computed: ExactDecimal = .zero
  /// The removal after proportional scaling (equal to `computed` unless scaled).
  public var tco2e: ExactDecimal = .zero
  public var attributedTo: MeasureRef = MeasureRef()
  public static var blank: Self { Self() }
}
