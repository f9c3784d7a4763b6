import NDCCore

/// A counted submitter's measures.
struct CountedMeasures: Sendable {
  var level: SubmitterLevel
  var code: String
  var region: String?
  var input: Int
  var measures: [Measure]
}

/// CONTRIBUTION.md rule 6: gross totals per (year, kind), the ledger's removals, net = gross −
/// removed; breakdowns by the primary sector and instrument, category and status (so they add
/// up to the totals); the national-dependency subset totalled again.
enum MeasureSummaryBuilder {
  static func build(_ submitters: [CountedMeasures]) -> ContributionMeasures {
    var document = ContributionMeasures()
    let ledger = OverlapLedger(submitters.flatMap { s in
      s.measures.map { LedgerMeasure(ref: MeasureRef(submitter: s.code, measureId: $0.measureId), level: s.level, measure: $0, input: s.input) }
    })
    document.ledger = ledger.settlements
    var all: [(input: Int, measure: CountedMeasure)] = []
    for s in submitters {
      let counted = s.measures.map { m in
        let removed = ledger.removed[MeasureRef(submitter: s.code, measureId: m.measureId)] ?? [:]
        let settled = OverlapLedger.effects(of: m).sorted { $0.key < $1.key }.map { key, gross in
          let r = removed[key] ?? .zero
          return SettledEffect(year: key.year, kind: key.kind, gross: gross, removed: r, net: gross - r)
        }
        return CountedMeasure(measure: m, settled: settled)
      }
      all += counted.map { (s.input, $0) }
      document.submitters.append(SubmitterMeasures(level: s.level, code: s.code, region: s.region, input: s.input, measures: counted))
    }
    document.totals = totals(all)
    document.nationalDependency = totals(all.filter { $0.measure.measure.nationalDependency != nil })
    document.breakdowns = BreakdownDimension.allCases.flatMap { breakdown(all.map(\.measure), by: $0) }
    return document
  }

  static func totals(_ measures: [(input: Int, measure: CountedMeasure)]) -> [EffectTotal] {
    var sums: [YearKind: (gross: ExactDecimal, removed: ExactDecimal, count: Int, inputs: Set<Int>)] = [:]
    for (input, m) in measures {
      for e in m.settled {
        let key = YearKind(year: e.year, kind: e.kind)
        var sum = sums[key] ?? (.zero, .zero, 0, [])
        sum.gross += e.gross
        sum.removed += e.removed
        sum.count += 1
        sum.inputs.insert(input)
        sums[key] = sum
      }
    }
    return sums.sorted { $0.key < $1.key }.map { key, s in
      EffectTotal(year: key.year, kind: key.kind, gross: s.gross, removed: s.removed, net: s.gross - s.removed, measures: s.count, inputs: s.inputs.sorted())
    }
  }

  static func key(of measure: Measure, by dimension: BreakdownDimension) -> String {
    switch dimension {
    case .sector: measure.gpc.first.map(TerritorialInventory.sector(of:)) ?? "unspecified"
    case .instrument: measure.instruments.first?.rawValue ?? "unspecified"
    case .category: measure.category?.rawValue ?? "unspecified"
    case .status: measure.status.rawValue
    }
  }

  static func breakdown(_ measures: [CountedMeasure], by dimension: BreakdownDimension) -> [EffectBreakdown] {
    struct Key: Hashable { var key: String; var yearKind: YearKind }
    var sums: [Key: (gross: ExactDecimal, net: ExactDecimal)] = [:]
    for m in measures {
      let k = key(of: m.measure, by: dimension)
      for e in m.settled {
        let key = Key(key: k, yearKind: YearKind(year: e.year, kind: e.kind))
        var sum = sums[key] ?? (.zero, .zero)
        sum.gross += e.gross
        sum.net += e.net
        sums[key] = sum
      }
    }
    return sums.sorted { ($0.key.key, $0.key.yearKind) < ($1.key.key, $1.key.yearKind) }.map {
      EffectBreakdown(dimension: dimension, key: $0.key.key, year: $0.key.yearKind.year, kind: $0.key.yearKind.kind, gross: $0.value.gross, net: $0.value.net)
    }
  }
}
