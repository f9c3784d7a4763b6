/// SUBMISSION.md, "A 2030 target": `targetYear` 2030, or `net-zero` by 2030. The counting
/// one is unconditional and adopted, covering the most GPC sectors (first in document order
/// on a tie). The one definition the rules (NDCCheck) and the synthesis (NDCCompile) use.
extension Target {
  /// Whether this is a 2030 target.
  public var is2030: Bool { targetYear == 2030 || (kind == .netZero && targetYear <= 2030) }

  /// Its reduction in percent: `reductionPercent` for base-year and baseline-scenario, 100
  /// for net-zero, nil for the other kinds.
  public var reductionIn2030Percent: ExactDecimal? {
    switch kind {
    case .baseYear, .baselineScenario: reductionPercent
    case .netZero: .hundred
    case .fixedLevel, .intensity: nil
    }
  }
}

extension Array where Element == Target {
  /// The index of the counting 2030 target, if any.
  public var counting2030Index: Int? {
    var best: Int? = nil
    for (i, t) in enumerated() where t.is2030 && !t.conditional && t.status == .adopted {
      if let b = best, self[b].coverage.gpc.count >= t.coverage.gpc.count { continue }
      best = i
    }
    return best
  }

  /// The counting 2030 target, if any.
  public var counting2030: Target? { counting2030Index.map { self[$0] } }
}
