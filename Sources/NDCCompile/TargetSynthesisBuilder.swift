import NDCCore

/// A municipality's counting 2030 target with what the synthesis needs of its inventory: the
/// territorial total of each year that has one.
struct CountingTarget: Sendable {
  var code: String
  var input: Int
  var target: Counting2030Target
  var totals: [Int: ExactDecimal]
}

/// CONTRIBUTION.md rule 5: the counting 2030 target and its implied 2030 level per submitter,
/// and the synthesis over municipalities (region targets are listed, never summed with them).
enum TargetSynthesisBuilder {
  static let threshold = ExactDecimal(70)

  /// A submitter's row, and for a municipality with a counting 2030 target what the synthesis
  /// needs of it. Pure.
  static func row(
    level: SubmitterLevel, code: String, region: String?, input: Int, targets: [Target], inventory: TerritorialInventory?
  ) -> (SubmitterTargets, CountingTarget?) {
    let target = targets.counting2030.map { normalise($0, inventory: inventory) }
    let row = SubmitterTargets.with {
      $0.level = level
      $0.code = code
      $0.region = region
      $0.input = input
      $0.targets = targets
      $0.counting2030 = target
    }
    guard level == .municipality, let target else { return (row, nil) }
    return (row, CountingTarget(code: code, input: input, target: target, totals: inventory?.years.compactMapValues(\.total) ?? [:]))
  }

  /// The implied 2030 level and the base the synthesis compares it with: the target's own base
  /// year and emissions when it gives them, else the inventory's base year and territorial total.
  static func normalise(_ t: Target, inventory: TerritorialInventory?) -> Counting2030Target {
    let implied: ExactDecimal? =
      switch t.kind {
      case .baseYear: t.baseYearEmissions.flatMap { e in t.reductionPercent.flatMap { reducedLevel(e, by: $0) } }
      case .baselineScenario: t.baselineEmissions.flatMap { e in t.reductionPercent.flatMap { reducedLevel(e, by: $0) } }
      case .fixedLevel: t.targetEmissions
      case .netZero: .zero
      case .intensity: nil
      }
    let reduction = t.reductionIn2030Percent
    var baseYear = t.baseYear
    var baseEmissions = t.baseYearEmissions
    if baseYear == nil || baseEmissions == nil {
      baseYear = inventory?.baseYear
      baseEmissions = baseYear.flatMap { inventory?.years[$0]?.total }
    }
    return Counting2030Target.with {
      $0.targetId = t.targetId
      $0.kind = t.kind
      $0.reductionPercent = reduction
      $0.implied2030 = implied
      $0.baseYear = baseYear
      $0.baseYearEmissions = baseEmissions
    }
  }

  /// `emissions × (1 − percent/100)`, rounded once to six places.
  static func reducedLevel(_ emissions: ExactDecimal, by percent: ExactDecimal) -> ExactDecimal? {
    emissions.scaled(by: .hundred - percent, over: .hundred)
  }

  /// The synthesis's running sums, taken one municipality at a time in the document's order:
  /// nothing is kept per municipality but its code and input (which the synthesis lists).
  struct Sums: Sendable {
    private var municipalities = 0
    private var atLeast70Percent = 0
    private var notConvertible: [String] = []
    private var implied2030 = ExactDecimal.zero
    private var submitters: [String] = []
    private var inputs: [Int32] = []
    /// Per base year: submitters, base-year emissions and implied levels.
    private var baseYears: [Int: (submitters: Int, base: ExactDecimal, implied: ExactDecimal)] = [:]
    /// The years every convertible target's inventory has a total for, with the sums of those
    /// totals (nil before the first).
    private var commonYears: [Int: ExactDecimal]?

    mutating func add(_ c: CountingTarget) {
      municipalities += 1
      if (c.target.reductionPercent ?? .zero) >= threshold { atLeast70Percent += 1 }
      guard let implied = c.target.implied2030 else {
        notConvertible.append(c.code)
        return
      }
      implied2030 += implied
      submitters.append(c.code)
      inputs.append(Int32(c.input))
      if let year = c.target.baseYear, let base = c.target.baseYearEmissions {
        baseYears[year, default: (0, .zero, .zero)].submitters += 1
        baseYears[year]!.base += base
        baseYears[year]!.implied += implied
      }
      if var common = commonYears {
        // Only years that stay common to all: their sums go on, the others are dropped.
        common = common.filter { c.totals[$0.key] != nil }
        for year in common.keys { common[year]! += c.totals[year]! }
        commonYears = common
      } else {
        commonYears = c.totals
      }
    }

    func synthesis(national: NationalTargets, country: Country) -> TargetSynthesis {
      var s = TargetSynthesis.blank
      s.municipalitiesWithTarget = municipalities
      s.notConvertible = notConvertible
      s.implied2030 = implied2030
      s.submitters = submitters
      s.inputs = inputs.sorted().map(Int.init)
      s.baseYears = baseYears.keys.sorted().map { year in
        let g = baseYears[year]!
        return BaseYearGroup.with {
          $0.baseYear = year
          $0.submitters = g.submitters
          $0.baseYearEmissions = g.base
          $0.implied2030 = g.implied
          $0.reduction = g.base - g.implied
          $0.reductionPercent = g.base.isPositive ? (g.base - g.implied).percent(of: g.base) : nil
        }
      }
      if let common = commonYears, let latest = common.keys.max() {
        let emissions = common[latest]!
        s.latestCommonYear = latest
        s.latestCommonEmissions = emissions
        s.reductionFromLatest = emissions - s.implied2030
        s.reductionFromLatestPercent = emissions.isPositive ? (emissions - s.implied2030).percent(of: emissions) : nil
      }
      s.atLeast70Percent = atLeast70Percent
      s.note = "\(s.atLeast70Percent) of \(municipalities) municipalities with a counting 2030 target aim at a reduction of "
        + "at least 70 % against their own base year or their own projected baseline. This is not the national target, which is "
        + "\(national.reductionPercent2030) % below \(national.reductionBaseYear) for \(country.nameEnglish) as a whole "
        + "(\(national.baseline1990) t CO2e in \(national.reductionBaseYear), \(national.baselineEdition)); "
        + "municipal base years and inventories differ from the national inventory."
      return s
    }
  }
}
