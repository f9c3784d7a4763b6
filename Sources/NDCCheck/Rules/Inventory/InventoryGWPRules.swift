import NDCCore

/// The GWP set against the cycle's (SUBMISSION.md, gwp; CONTRIBUTION.md rule 4). One code
/// per severity: already weighted figures cannot be converted, per-gas ones can.
enum InventoryGWPRules {
  static let all = [foreignGWPWeighted, foreignGWPPerGas]

  static func weightedEntries(_ inventory: Inventory) -> Int {
    inventory.years.reduce(0) { $0 + $1.entries.count { $0.gas.isAlreadyWeighted } }
  }

  static let foreignGWPWeighted = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-012", .error, .inventory, "GWP set not the cycle's, with weighted figures",
      """
      The inventory's `gwp` differs from the cycle's set (NDC2025: AR5) and some entries are \
      already weighted (`CO2e`, `HFCs`, `PFCs`), so they cannot be converted. Example: \
      `"gwp": "AR6"` with `I`/`CO2e` entries. Fix: recompute the CO2e figures with AR5, or \
      report per gas.
      """), needsCycle: true
  ) { ctx, rule in
    guard let cycle = ctx.cycle, let inventory = ctx.submission.inventory, inventory.gwp != cycle.gwp else { return [] }
    let weighted = weightedEntries(inventory)
    guard weighted > 0 else { return [] }
    return [rule.diagnostic(
      "gwp is \(inventory.gwp.rawValue), but \(cycle.id) uses \(cycle.gwp.rawValue); \(weighted) CO2e/HFCs/PFCs entries cannot be converted",
      at: Pointers.inventory / "gwp")]
  }

  static let foreignGWPPerGas = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-013", .warning, .inventory, "GWP set not the cycle's, all per gas",
      """
      The inventory's `gwp` differs from the cycle's set, but every entry is a single gas, so \
      the compiler converts with the cycle's set (NDC2025: AR5) and the figures differ from \
      the submitter's own. Example: `"gwp": "AR6"` with only `CO2`, `CH4`, `N2O` entries. Fix: \
      declare `AR5` (the amounts themselves do not change).
      """), needsCycle: true
  ) { ctx, rule in
    guard let cycle = ctx.cycle, let inventory = ctx.submission.inventory, inventory.gwp != cycle.gwp,
      weightedEntries(inventory) == 0
    else { return [] }
    return [rule.diagnostic(
      "gwp is \(inventory.gwp.rawValue); \(cycle.id) uses \(cycle.gwp.rawValue), with which the per-gas amounts are converted",
      at: Pointers.inventory / "gwp")]
  }
}

/// A BASIC sector absent from a year.
enum InventoryCompletenessRules {
  static let all = [basicSectorAbsent]
  static let basicSectors = ["I", "II", "III"]

  static let basicSectorAbsent = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-014", .warning, .inventory, "A BASIC sector absent from a year",
      """
      GPC BASIC covers stationary energy (I), transportation (II) and waste (III); each year \
      reports all three, if need be with a notation key. Example: 2019 with entries for I and \
      II only. Fix: add III (or `"notationKey": "NO"` with the code `III`).
      """)
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years else { return [] }
    var found: [Diagnostic] = []
    for (y, year) in years.enumerated() {
      let present = Set(year.entries.map { InventoryLevelRules.sector($0.gpc) })
      for s in basicSectors where !present.contains(s) {
        found.append(rule.diagnostic("sector \(s) is absent from \(year.year)", at: Pointers.year(y) / "entries"))
      }
    }
    return found
  }
}
