import NDCCore

/// Orders of magnitude a reviewer checks first: per-capita totals, population, jumps.
enum PlausibilityRules {
  static let all = [perCapitaOutOfRange, noPopulation, populationFarFromRegister, yearOnYearJump, yearOnYearNotComparable]

  static let perCapitaLow = ExactDecimal(-10)
  static let perCapitaHigh = ExactDecimal(40)

  /// The population used for a year: its own, else the register's.
  static func population(_ ctx: RuleContext, _ year: InventoryYear) -> Int? {
    year.population ?? ctx.registerPopulation?.count
  }

  static let perCapitaOutOfRange = SubmissionRule(
    RuleDescriptor(
      "NDC-PLS-001", .warning, .plausibility, "Per-capita total outside -10 … 40 t per resident",
      """
      A year's territorial total divided by its population (the year's `population`, else \
      the register's) lies outside -10 … 40 tCO2e per resident; real Danish municipalities \
      2018–2023 range from -5.6 to 27.6. Example: 1 650 000 000 t for 600 000 residents (an \
      amount in kg). Fix: check units and the population.
      """), needsCycle: true
  ) { ctx, rule in
    guard let figures = ctx.figures, let years = ctx.submission.inventory?.years else { return [] }
    return years.enumerated().compactMap { y, year in
      guard let total = figures.totals[y], let pop = population(ctx, year), pop > 0 else { return nil }
      let residents = ExactDecimal(pop)
      guard total < perCapitaLow * residents || perCapitaHigh * residents < total else { return nil }
      let perCapita = total.divided(by: residents, places: 2)?.formatted(places: 2) ?? "?"
      return rule.diagnostic(
        "\(year.year): \(total.grouped) t for \(pop) residents is \(perCapita) t per resident, outside -10 … 40",
        at: Pointers.year(y))
    }
  }

  static let noPopulation = SubmissionRule(
    RuleDescriptor(
      "NDC-PLS-002", .info, .plausibility, "No population for a year",
      """
      A year has no (or a zero) `population` and the register has none for the submitter, so \
      no per-capita check is made. Example: a region's inventory year without population. \
      Fix: give the residents on 1 January of the year.
      """), needsCycle: true
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years else { return [] }
    return years.enumerated().compactMap { y, year in
      guard (population(ctx, year) ?? 0) <= 0 else { return nil }
      let why = year.population == 0 ? "gives a population of 0" : "has no population and the register gives none"
      return rule.diagnostic("\(year.year) \(why); no per-capita check", at: Pointers.year(y))
    }
  }

  static let populationFarFromRegister = SubmissionRule(
    RuleDescriptor(
      "NDC-PLS-003", .warning, .plausibility, "Population more than 10 % from the register",
      """
      For years within 3 of the register's date, a year's `population` lies within 10 % of \
      the register population of the reference data. Example: 60 000 for København (register \
      about 660 000): a digit lost. Fix: correct the figure (residents on 1 January).
      """), needsCycle: true
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years, let register = ctx.registerPopulation, register.count > 0 else { return [] }
    return years.enumerated().compactMap { y, year in
      guard let pop = year.population, abs(year.year - register.date.year) <= 3,
        register.count < abs(pop - register.count) * 10
      else { return nil }
      let percent = ExactDecimal(abs(pop - register.count)).percent(of: ExactDecimal(register.count))?.formatted(places: 2) ?? "?"
      return rule.diagnostic(
        "\(year.year): population \(pop) is \(percent) % from the register's \(register.count) (\(register.date))",
        at: Pointers.year(y) / "population")
    }
  }

  static let floor = ExactDecimal(10_000)

  /// Consecutive years (y-1, y) both in the inventory, whose totals are both ≥ 10 000 t in size.
  static func jumps(_ ctx: RuleContext) -> [(index: Int, year: Int, previous: ExactDecimal, current: ExactDecimal)] {
    guard let figures = ctx.figures, let years = ctx.submission.inventory?.years else { return [] }
    return years.enumerated().compactMap { y, year in
      guard let p = figures.index(ofYear: year.year - 1), let previous = figures.totals[p], let current = figures.totals[y],
        floor <= previous.magnitude, floor <= current.magnitude
      else { return nil }
      return (y, year.year, previous, current)
    }
  }

  static let yearOnYearJump = SubmissionRule(
    RuleDescriptor(
      "NDC-PLS-004", .warning, .plausibility, "Total changes by more than 50 % from one year to the next",
      """
      The territorial total changes by more than 50 % from the previous year, when both totals \
      are at least 10 000 t in size. Example: 410 000 t in 2019 and 980 000 t in 2020. Fix: \
      check for a missing sector, a unit slip or a methodology change; explain a real change \
      (a power station closing) in the plan.
      """), needsCycle: true
  ) { ctx, rule in
    jumps(ctx).compactMap { j in
      guard j.previous.isPositive else { return nil }
      let change = (j.current - j.previous).magnitude
      guard j.previous < change * ExactDecimal(2) else { return nil }
      let percent = change.percent(of: j.previous)?.formatted(places: 2) ?? "?"
      return rule.diagnostic(
        "the total changes by \(percent) % from \(j.previous.grouped) t in \(j.year - 1) to \(j.current.grouped) t in \(j.year)",
        at: Pointers.year(j.index))
    }
  }

  static let yearOnYearNotComparable = SubmissionRule(
    RuleDescriptor(
      "NDC-PLS-005", .info, .plausibility, "Year-on-year change not computed: previous total ≤ 0",
      """
      NDC-PLS-004 divides by the previous year's total; when it is negative (a net sink) the \
      change is not computed, and this INFO says so. Totals under 10 000 t in size (zero \
      included) are not compared at all, so they draw neither rule. Example: -41 000 t in 2019 \
      and -38 000 t in 2020. Nothing to fix.
      """), needsCycle: true
  ) { ctx, rule in
    jumps(ctx).compactMap { j in
      j.previous.isPositive ? nil : rule.diagnostic(
        "the \(j.year - 1) total is \(j.previous.grouped) t (≤ 0), so the change to \(j.year) is not computed",
        at: Pointers.year(j.index))
    }
  }
}
