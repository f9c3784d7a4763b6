import NDCCore

/// Expected effects of one year against the base-year total.
enum MeasureTotalRules {
  static let all = [expectedAboveBaseYear, expectedNotComparable]

  /// Expected effects summed per year, in first-appearance order of the years.
  static func expectedPerYear(_ measures: [Measure]) -> [(year: Int, sum: ExactDecimal)] {
    var order: [Int] = []
    var sums: [Int: ExactDecimal] = [:]
    for m in measures {
      for e in m.effects where e.kind == .expected {
        if sums[e.year] == nil { order.append(e.year) }
        sums[e.year, default: .zero] += e.tco2e
      }
    }
    return order.sorted().map { ($0, sums[$0]!) }
  }

  static func baseYearTotal(_ ctx: RuleContext) -> (year: Int, index: Int, total: ExactDecimal)? {
    guard let figures = ctx.figures, let b = figures.baseYearIndex, let total = figures.totals[b] else { return nil }
    return (ctx.submission.inventory!.years[b].year, b, total)
  }

  static let expectedAboveBaseYear = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-007", .warning, .measures, "Expected effects of a year above the base-year total",
      """
      The expected effects of all measures for one year add up to more than the inventory's \
      base-year total: more reduction than there are emissions. Only checked when that total \
      is above 0. Example: 2030 effects of 1 800 000 t against a base-year total of 1 650 000 \
      t. Fix: look for double counting between measures, or effects given in kg.
      """), needsCycle: true
  ) { ctx, rule in
    guard let base = baseYearTotal(ctx), base.total.isPositive else { return [] }
    return expectedPerYear(ctx.submission.measures).compactMap { y in
      guard base.total < y.sum else { return nil }
      return rule.diagnostic(
        "expected effects for \(y.year) add up to \(y.sum.grouped) t, more than the base-year (\(base.year)) total of \(base.total.grouped) t",
        at: "/measures")
    }
  }

  static let expectedNotComparable = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-008", .info, .measures, "Expected effects not compared: base-year total ≤ 0",
      """
      NDC-MEA-007 compares expected effects with the base-year total; when that total is zero \
      or negative (a net sink, as Læsø is) the comparison is not made. Example: a base-year \
      total of -41 000 t. Nothing to fix.
      """), needsCycle: true
  ) { ctx, rule in
    guard let base = baseYearTotal(ctx), !base.total.isPositive,
      !expectedPerYear(ctx.submission.measures).isEmpty
    else { return [] }
    return [rule.diagnostic(
      "the base-year (\(base.year)) total is \(base.total.grouped) t (≤ 0), so expected effects are not compared with it",
      at: Pointers.year(base.index))]
  }
}
