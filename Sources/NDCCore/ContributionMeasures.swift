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
  public var level: SubmitterLevel = .municipality
  public var code: String = ""
  public var region: String?
  public var input: Int = 0
  public var measures: [CountedMeasure] = []
  public init() {}
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
  public var measure: Measure = Measure()
  public var settled: [SettledEffect] = []
  public init() {}
  public init(measure: Measure, settled: [SettledEffect]) {
    self.measure = measure
    self.settled = settled
  }
}

public struct SettledEffect: Hashable, Sendable {
  public var year: Int = 0
  public var kind: EffectKind = .expected
  public var gross: ExactDecimal = .zero
  /// The overlap removals attributed to this measure (after proportional scaling).
  public var removed: ExactDecimal = .zero
  public var net: ExactDecimal = .zero
  public init() {}
  public init(year: Int, kind: EffectKind, gross: ExactDecimal, removed: ExactDecimal, net: ExactDecimal) {
    self.year = year
    self.kind = kind
    self.gross = gross
    self.removed = removed
    self.net = net
  }
}

public struct EffectTotal: Hashable, Sendable {
  public var year: Int = 0
  public var kind: EffectKind = .expected
  public var gross: ExactDecimal = .zero
  public var removed: ExactDecimal = .zero
  public var net: ExactDecimal = .zero
  public var measures: Int = 0
  public var inputs: [Int] = []
  public init() {}
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
  public var dimension: BreakdownDimension = .sector
  /// The primary GPC sector, primary instrument, category (`unspecified` when absent) or status.
  public var key: String = ""
  public var year: Int = 0
  public var kind: EffectKind = .expected
  public var gross: ExactDecimal = .zero
  public var net: ExactDecimal = .zero
  public init() {}
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
  public var submitter: String = ""
  public var measureId: String = ""
  public init() {}
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
  public init() {}
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
