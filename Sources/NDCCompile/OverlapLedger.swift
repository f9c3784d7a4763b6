import NDCCore

/// What the ledger needs of a counted measure: its effects per (year, kind) and the overlaps
/// it declares.
struct LedgerMeasure: Sendable {
  var ref: MeasureRef
  var level: SubmitterLevel
  var effects: [YearKind: ExactDecimal]
  var overlaps: [Overlap]
  var input: Int

  init(ref: MeasureRef, level: SubmitterLevel, measure: Measure, input: Int) {
    self.ref = ref
    self.level = level
    effects = OverlapLedger.effects(of: measure)
    overlaps = measure.overlaps
    self.input = input
  }
}

struct YearKind: Hashable, Comparable, Sendable {
  var year: Int
  var kind: EffectKind
  static func < (a: YearKind, b: YearKind) -> Bool {
    (a.year, EffectKind.allCases.firstIndex(of: a.kind)!) < (b.year, EffectKind.allCases.firstIndex(of: b.kind)!)
  }
}

/// CONTRIBUTION.md rule 6, the overlap ledger. Per (year, kind), over positive effects only,
/// each unordered pair is settled once: `min(share_A × E_A, share_B × E_B)` when both declare
/// it, `min(share_A × E_A, E_B)` when only A does, nothing when B is not counted. The removal is
/// attributed to the region's measure when one side is a region, else to the larger effect
/// (ties: lower submitter code, then measure id). Removals attributed to one measure beyond its
/// effect are scaled down in proportion until they equal it.
struct OverlapLedger: Sendable {
  private(set) var settlements: [OverlapSettlement] = []
  /// Per measure and (year, kind): the removals attributed to it, after scaling.
  private(set) var removed: [MeasureRef: [YearKind: ExactDecimal]] = [:]

  static func effects(of measure: Measure) -> [YearKind: ExactDecimal] {
    var result: [YearKind: ExactDecimal] = [:]
    for e in measure.effects { result[YearKind(year: e.year, kind: e.kind), default: .zero] += e.tco2e }
    return result
  }

  init(_ measures: [LedgerMeasure]) {
    let index = Dictionary(measures.map { ($0.ref, $0) }, uniquingKeysWith: { first, _ in first })
    let effects = index.mapValues(\.effects)
    // Declarations per unordered pair: the share each side declares.
    var declared: [Pair: [MeasureRef: ExactDecimal]] = [:]
    for m in measures {
      for overlap in m.overlaps {
        let other = MeasureRef.with { $0.submitter = overlap.submitterCode; $0.measureId = overlap.measureId }
        guard other != m.ref, index[other] != nil else { continue }
        let pair = Pair(m.ref, other)
        if declared[pair]?[m.ref] == nil { declared[pair, default: [:]][m.ref] = overlap.share }
      }
    }
    for (pair, shares) in declared.sorted(by: { $0.key < $1.key }) {
      let a = pair.first, b = pair.second
      let keys = Set(effects[a]!.keys).intersection(effects[b]!.keys).sorted()
      for key in keys {
        guard let ea = effects[a]![key], let eb = effects[b]![key], ea.isPositive, eb.isPositive else { continue }
        let removal: ExactDecimal
        let declaration: OverlapDeclaration
        switch (shares[a], shares[b]) {
        case let (sa?, sb?):
          removal = min(sa * ea, sb * eb)
          declaration = .both
        case let (sa?, nil):
          removal = min(sa * ea, eb)
          declaration = .oneSided
        case let (nil, sb?):
          removal = min(sb * eb, ea)
          declaration = .oneSided
        case (nil, nil): continue
        }
        let attributed = Self.attribution(a: index[a]!, ea: ea, b: index[b]!, eb: eb)
        settlements.append(OverlapSettlement.with {
          $0.first = a
          $0.second = b
          $0.year = key.year
          $0.kind = key.kind
          $0.declaration = declaration
          $0.computed = removal
          $0.tco2e = removal
          $0.attributedTo = attributed
        })
      }
    }
    scale(effects: effects)
  }

  static func attribution(a: LedgerMeasure, ea: ExactDecimal, b: LedgerMeasure, eb: ExactDecimal) -> MeasureRef {
    if a.level != b.level { return a.level == .region ? a.ref : b.ref }
    if ea != eb { return ea > eb ? a.ref : b.ref }
    return min(a.ref, b.ref)
  }

  /// Scales the removals attributed to one measure in one (year, kind) down in proportion when
  /// they exceed its effect. Each scaled removal is rounded half-to-even to six places; the
  /// rounding residue goes to the largest (first in ledger order), so they equal the effect exactly.
  private mutating func scale(effects: [MeasureRef: [YearKind: ExactDecimal]]) {
    var lines: [MeasureRef: [YearKind: [Int]]] = [:]
    for (i, s) in settlements.enumerated() {
      lines[s.attributedTo, default: [:]][YearKind(year: s.year, kind: s.kind), default: []].append(i)
    }
    for (measure, byKey) in lines {
      for (key, indices) in byKey {
        let effect = effects[measure]![key]!
        let total = indices.map { settlements[$0].computed }.sum()
        if total > effect {
          for i in indices { settlements[i].tco2e = settlements[i].computed.scaled(by: effect, over: total)! }
          let residue = effect - indices.map { settlements[$0].tco2e }.sum()
          if !residue.isZero {
            let largest = indices.max { settlements[$0].tco2e < settlements[$1].tco2e || (settlements[$0].tco2e == settlements[$1].tco2e && $0 > $1) }!
            settlements[largest].tco2e += residue
          }
        }
        removed[measure, default: [:]][key] = indices.map { settlements[$0].tco2e }.sum()
      }
    }
  }
}

/// An unordered pair of measures, kept in `MeasureRef` order.
struct Pair: Hashable, Comparable {
  let first: MeasureRef
  let second: MeasureRef
  init(_ x: MeasureRef, _ y: MeasureRef) {
    (first, second) = x < y ? (x, y) : (y, x)
  }
  static func < (a: Pair, b: Pair) -> Bool { (a.first, a.second) < (b.first, b.second) }
}
