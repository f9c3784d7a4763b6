/// Measures (CONTRIBUTION.md rule 6): each counted measure with its settled effects, gross and
/// net totals per year and kind, breakdowns by primary sector, primary instrument, category and
/// status, the national-dependency subset, and the overlap ledger.
public struct ContributionMeasures: Hashable, Sendable {
  public var submitters: [SubmitterMeasures] = []
  public var totals: [EffectTotal] = []
  public var breakdowns: [EffectBreakdown] = []
  /// Measures that depend on a national decision, totalled again as a subset.
  public var nationalDependency: [EffectTotal] = []
  public var ledger: [OverlapSettlement] = []
  public init() {}
}

public struct SubmitterMeasures: Hashable, Sendable {
  public var level: SubmitterLevel
  public var code: String
  public var region: String?
  public var input: Int
  public var measures: [CountedMeasure]
  public init(level: SubmitterLevel, code: String, region: String?, input: Int, measures: [CountedMeasure]) {
    self.level = level
    self.code = code
    self.region = region
    self.input = input
    self.measures = measures
  }
}

/// A measure as submitted, with each effect's removal and net after the overlap ledger.
public struct CountedMeasure: Hashable, Sendable {
  public var measure: Measure
  public var settled: [SettledEffect]
  public init(measure: Measure, settled: [SettledEffect]) {
    self.measure = measure
    self.settled = settled
  }
}

public struct SettledEffect: Hashable, Sendable {
  public var year: Int
  public var kind: EffectKind
  public var gross: ExactDecimal
  /// The overlap removals attributed to this measure (after proportional scaling).
  public var removed: ExactDecimal
  public var net: ExactDecimal
  public init(year: Int, kind: EffectKind, gross: ExactDecimal, removed: ExactDecimal, net: ExactDecimal) {
    self.year = year
    self.kind = kind
    self.gross = gross
    self.removed = removed
    self.net = net
  }
}

public struct EffectTotal: Hashable, Sendable {
  public var year: Int
  public var kind: EffectKind
  public var gross: ExactDecimal
  public var removed: ExactDecimal
  public var net: ExactDecimal
  public var measures: Int
  public var inputs: [Int]
  public init(year: Int, kind: EffectKind, gross: ExactDecimal, removed: ExactDecimal, net: ExactDecimal, measures: Int, inputs: [Int]) {
    self.year = year
    self.kind = kind
    self.gross = gross
    self.removed = removed
    self.net = net
    self.measures = measures
    self.inputs = inputs
  }
}

/// The dimension of a breakdown; each uses the primary value so the lines add up to the totals.
public enum BreakdownDimension: String, Sendable, Hashable, CaseIterable {
  case sector, instrument, category, status
}

public struct EffectBreakdown: Hashable, Sendable {
  public var dimension: BreakdownDimension
  /// The primary GPC sector, primary instrument, category (`unspecified` when absent) or status.
  public var key: String
  public var year: Int
  public var kind: EffectKind
  public var gross: ExactDecimal
  public var net: ExactDecimal
  public init(dimension: BreakdownDimension, key: String, year: Int, kind: EffectKind, gross: ExactDecimal, net: ExactDecimal) {
    self.dimension = dimension
    self.key = key
    self.year = year
    self.kind = kind
    self.gross = gross
    self.net = net
  }
}

/// A measure named across submissions.
public struct MeasureRef: Hashable, Sendable, Comparable {
  public var submitter: String
  public var measureId: String
  public init(submitter: String, measureId: String) {
    self.submitter = submitter
    self.measureId = measureId
  }
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
public struct OverlapSettlement: Hashable, Sendable {
  /// The lower of the two measures (`MeasureRef` order), and the other.
  public var first: MeasureRef
  public var second: MeasureRef
  public var year: Int
  public var kind: EffectKind
  public var declaration: OverlapDeclaration
  /// The removal the pair's formula gives.
  public var computed: ExactDecimal
  /// The removal after proportional scaling (equal to `computed` unless scaled).
  public var tco2e: ExactDecimal
  public var attributedTo: MeasureRef
  public init(
    first: MeasureRef, second: MeasureRef, year: Int, kind: EffectKind, declaration: OverlapDeclaration,
    computed: ExactDecimal, tco2e: ExactDecimal, attributedTo: MeasureRef
  ) {
    self.first = first
    self.second = second
    self.year = year
    self.kind = kind
    self.declaration = declaration
    self.computed = computed
    self.tco2e = tco2e
    self.attributedTo = attributedTo
  }
}
