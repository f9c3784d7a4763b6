import NDCCore

/// A target's baseYearEmissions against the inventory (a question, not a defect:
/// inventories are recalculated backwards).
enum BaseYearEmissionsRules {
  static let all = [differsFromInventory, notComparable, yearAbsent]

  /// The targets with both a base year and base-year emissions, when there is an inventory.
  static func comparable(_ ctx: RuleContext) -> [(index: Int, target: Target, year: Int, emissions: ExactDecimal)] {
    guard ctx.submission.inventory != nil else { return [] }
    return ctx.submission.targets.enumerated().compactMap { i, t in
      guard let y = t.baseYear, let e = t.baseYearEmissions else { return nil }
      return (i, t, y, e)
    }
  }

  static let differsFromInventory = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-005", .warning, .targets, "baseYearEmissions differ from the inventory by more than 1 %",
      """
      A target's `baseYearEmissions` should match the inventory's territorial total for the \
      year equal to its `baseYear`, over the sectors the target covers, within 1 % of that \
      total. Inventories are recalculated, so this is a question, not a defect. Example: \
      baseYearEmissions 1 700 000 t against an inventory total of 1 650 000 t (3.03 %). Fix: \
      update the figure, or say in the plan which edition of the inventory it comes from.
      """), needsCycle: true
  ) { ctx, rule in
    guard let figures = ctx.figures else { return [] }
    return comparable(ctx).compactMap { c in
      guard let y = figures.index(ofYear: c.year),
        let total = figures.total(yearIndex: y, covering: c.target.coverage.gpc), total.isPositive
      else { return nil }
      let difference = (c.emissions - total).magnitude
      guard total < difference * ExactDecimal(100) else { return nil }
      let percent = difference.percent(of: total)?.formatted(places: 2) ?? "?"
      return rule.diagnostic(
        "target \(c.target.targetId): baseYearEmissions \(c.emissions.grouped) t differ by \(percent) % from the inventory's \(c.year) total of \(total.grouped) t over \(c.target.coverage.gpc.joined(separator: ", ")) (tolerance 1 %)",
        at: Pointers.target(c.index) / "baseYearEmissions")
    }
  }

  static let notComparable = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-006", .info, .targets, "Base-year comparison skipped: inventory total ≤ 0",
      """
      The 1 % comparison of NDC-TGT-005 divides by the inventory's total for the base year \
      over the covered sectors; when that total is zero or negative (a net sink, as Læsø is \
      every year) it is not computed. Example: a covered total of -41 000 t. Nothing to fix.
      """), needsCycle: true
  ) { ctx, rule in
    guard let figures = ctx.figures else { return [] }
    return comparable(ctx).compactMap { c in
      guard let y = figures.index(ofYear: c.year),
        let total = figures.total(yearIndex: y, covering: c.target.coverage.gpc), !total.isPositive
      else { return nil }
      return rule.diagnostic(
        "target \(c.target.targetId): the inventory's \(c.year) total over the covered sectors is \(total.grouped) t (≤ 0), so baseYearEmissions are not compared",
        at: Pointers.target(c.index) / "baseYearEmissions")
    }
  }

  static let yearAbsent = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-007", .warning, .targets, "Target's base year absent from the inventory",
      """
      The inventory has no year equal to the target's `baseYear`, so its baseYearEmissions \
      cannot be checked. Example: `"baseYear": 1990` with an inventory of 2018–2023. Fix: add \
      the base year to the inventory, or explain the source of the figure in the plan.
      """)
  ) { ctx, rule in
    let years = Set(ctx.submission.inventory?.years.map(\.year) ?? [])
    return comparable(ctx).compactMap { c in
      years.contains(c.year) ? nil : rule.diagnostic(
        "target \(c.target.targetId): base year \(c.year) is not in the inventory", at: Pointers.target(c.index) / "baseYear")
    }
  }
}
