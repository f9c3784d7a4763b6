import NDCCore

/// The inventory's presence and its years (SUBMISSION.md, "Inventory").
enum InventoryYearRules {
  static let all = [missing, baseYearCount, yearTwice, yearAfterSubmission]

  static let missing = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-001", .error, .inventory, "Inventory missing for a municipality",
      """
      A municipality's submission must carry its greenhouse-gas inventory (regions may omit \
      theirs). Example: a submission with `"level": "municipality"` and no `inventory`. Fix: \
      add the inventory, e.g. the Energi- og CO2-regnskab figures per GPC sector.
      """)
  ) { ctx, rule in
    guard ctx.submission.submitter.level == .municipality, ctx.submission.inventory == nil else { return [] }
    return [rule.diagnostic("a municipality's submission has no inventory", at: .root)]
  }

  static let baseYearCount = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-002", .error, .inventory, "Not exactly one base year",
      """
      Exactly one inventory year has `baseYear: true`. Example: 1990 and 2018 both marked as \
      base year, or none marked. Fix: mark the one year the plan's base-year figures come from.
      """)
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years else { return [] }
    let marked = years.indices.filter { years[$0].baseYear }
    if marked.isEmpty {
      return [rule.diagnostic("no inventory year is marked as base year", at: Pointers.inventory / "years")]
    }
    let first = years[marked[0]].year
    return marked.dropFirst().map {
      rule.diagnostic(
        "year \(years[$0].year) is marked as base year, but \(first) already is", at: Pointers.year($0) / "baseYear")
    }
  }

  static let yearTwice = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-003", .error, .inventory, "Inventory year twice",
      """
      Each year appears once in the inventory. Example: two `years` items with `"year": \
      2019`. Fix: merge their entries into one item.
      """)
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years else { return [] }
    var seen: [Int: Int] = [:]
    var found: [Diagnostic] = []
    for (i, y) in years.enumerated() {
      if let first = seen[y.year] {
        found.append(rule.diagnostic(
          "year \(y.year) appears again (first at years/\(first))", at: Pointers.year(i) / "year"))
      } else {
        seen[y.year] = i
      }
    }
    return found
  }

  static let yearAfterSubmission = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-004", .error, .inventory, "Inventory year after the year of submittedAt",
      """
      An inventory reports what was emitted, so no year lies after the year of `submittedAt`. \
      Example: a year 2027 in a file submitted on 2026-03-01. Fix: remove projections from the \
      inventory; targets and measure effects carry the future.
      """)
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years else { return [] }
    return years.indices.filter { years[$0].year > ctx.submittedYear }.map {
      rule.diagnostic(
        "inventory year \(years[$0].year) is after \(ctx.submittedYear), the year of submittedAt",
        at: Pointers.year($0) / "year")
    }
  }
}
