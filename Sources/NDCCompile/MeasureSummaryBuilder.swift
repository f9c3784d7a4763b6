import NDCCore

/// CONTRIBUTION.md rule 6: gross totals per (year, kind), the ledger's removals, net = gross −
/// removed; breakdowns by the primary sector and instrument, category and status (so they add
/// up to the totals); the national-dependency subset totalled again. The ledger is settled
/// before any submitter is added, so each submitter's measures are settled as they come, and
/// only the sums are kept.
struct MeasureSummaryBuilder: Sendable {
  let ledger: OverlapLedger
  private var totals = Totals()
  private var nationalDependency = Totals()
  private var breakdowns: [BreakdownKey: (gross: ExactDecimal, net: ExactDecimal)] = [:]

  init(ledger: OverlapLedger) { self.ledger = ledger }

  private struct BreakdownKey: Hashable {
    var dimension: BreakdownDimension
    var key: String
    var yearKind: YearKind
  }

  /// Sums per (year, kind): gross, removed, how many settled effects, from which inputs.
  private struct Totals: Sendable {
    struct Sum: Sendable {
      var gross = ExactDecimal.zero
      var removed = ExactDecimal.zero
      var count = 0
      var inputs: [Int] = []

      mutating func add(_ e: SettledEffect, input: Int) {
        gross += e.gross
        removed += e.removed
        count += 1
        if inputs.last != input { inputs.append(input) }
      }
    }
    var sums: [YearKind: Sum] = [:]

    /// Inputs come in the document's order, so an input already counted is the last one.
    /// Changed in place (a copy out of the dictionary would copy its list of inputs each time).
    mutating func add(_ e: SettledEffect, input: Int) {
      sums[YearKind(year: e.year, kind: e.kind), default: Sum()].add(e, input: input)
    }

    var rows: [EffectTotal] {
      sums.sorted { $0.key < $1.key }.map { key, s in
        EffectTotal.with {
          $0.year = key.year
          $0.kind = key.kind
          $0.gross = s.gross
          $0.removed = s.removed
          $0.net = s.gross - s.removed
          $0.measures = s.count
          $0.inputs = Array(Set(s.inputs)).sorted()
        }
      }
    }
  }

  /// A submitter's measures with their effects settled against the ledger. Pure.
  static func counted(_ measures: [Measure], submitter code: String, ledger: OverlapLedger) -> [CountedMeasure] {
    measures.map { m in
      let removed = ledger.removed[MeasureRef.with { $0.submitter = code; $0.measureId = m.measureId }] ?? [:]
      let settled = OverlapLedger.effects(of: m).sorted { $0.key < $1.key }.map { key, gross in
        let r = removed[key] ?? .zero
        return SettledEffect.with {
          $0.year = key.year
          $0.kind = key.kind
          $0.gross = gross
          $0.removed = r
          $0.net = gross - r
        }
      }
      return CountedMeasure.with { $0.measure = m; $0.settled = settled }
    }
  }

  /// Adds a submitter's settled measures to the totals and breakdowns.
  mutating func add(_ submitter: SubmitterMeasures) {
    for m in submitter.measures {
      let keys = BreakdownDimension.allCases.map { ($0, Self.key(of: m.measure, by: $0)) }
      for e in m.settled {
        totals.add(e, input: submitter.input)
        if m.measure.nationalDependency != nil { nationalDependency.add(e, input: submitter.input) }
        for (dimension, key) in keys {
          let k = BreakdownKey(dimension: dimension, key: key, yearKind: YearKind(year: e.year, kind: e.kind))
          var sum = breakdowns[k] ?? (.zero, .zero)
          sum.gross += e.gross
          sum.net += e.net
          breakdowns[k] = sum
        }
      }
    }
  }

  /// The section's aggregates (its submitters' rows are the detail).
  func build() -> ContributionMeasures {
    var document = ContributionMeasures.blank
    document.ledger = ledger.settlements
    document.totals = totals.rows
    document.nationalDependency = nationalDependency.rows
    document.breakdowns = BreakdownDimension.allCases.flatMap { dimension in
      breakdowns.filter { $0.key.dimension == dimension }
        .sorted { ($0.key.key, $0.key.yearKind) < ($1.key.key, $1.key.yearKind) }
        .map { key, sum in
          EffectBreakdown.with {
            $0.dimension = dimension
            $0.key = key.key
            $0.year = key.yearKind.year
            $0.kind = key.yearKind.kind
            $0.gross = sum.gross
            $0.net = sum.net
          }
        }
    }
    return document
  }

  static func key(of measure: Measure, by dimension: BreakdownDimension) -> String {
    switch dimension {
    case .sector: measure.gpc.first.map(TerritorialInventory.sector(of:)) ?? "unspecified"
    case .instrument: measure.instruments.first?.rawValue ?? "unspecified"
    case .category: measure.category?.rawValue ?? "unspecified"
    case .status: measure.status.rawValue
    }
  }
}
