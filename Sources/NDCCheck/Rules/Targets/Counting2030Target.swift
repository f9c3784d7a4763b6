import NDCCore

/// SUBMISSION.md, "A 2030 target": `targetYear` 2030, or `net-zero` by 2030. The counting
/// one is unconditional and adopted, covering the most GPC sectors (first on a tie).
public enum Counting2030Target {
  public static func is2030(_ t: Target) -> Bool {
    t.targetYear == 2030 || (t.kind == .netZero && t.targetYear <= 2030)
  }

  /// The index of the counting 2030 target, if any.
  public static func index(in targets: [Target]) -> Int? {
    var best: Int? = nil
    for (i, t) in targets.enumerated() where is2030(t) && !t.conditional && t.status == .adopted {
      if let b = best, targets[b].coverage.gpc.count >= t.coverage.gpc.count { continue }
      best = i
    }
    return best
  }

  /// Its reduction in percent: `reductionPercent` for base-year and baseline-scenario, 100
  /// for net-zero, nil for the other kinds.
  public static func reduction(of t: Target) -> ExactDecimal? {
    switch t.kind {
    case .baseYear, .baselineScenario: t.reductionPercent
    case .netZero: .hundred
    case .fixedLevel, .intensity: nil
    }
  }
}
