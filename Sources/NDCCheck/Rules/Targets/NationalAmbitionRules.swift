import NDCCore

/// Targets measured against national ambition: 70 % in 2030 against 1990, neutrality by 2050
/// (Climate Act) and by 2045 (the government's aim). Figures come from the reference data.
enum NationalAmbitionRules {
  static let all = [no2030Target, no2030TargetCounts, reductionBelowNational, reductionNotComparable, netZeroAfterLaw, netZeroAfterAim]

  static let no2030Target = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-008", .warning, .targets, "No 2030 target",
      """
      The NDC is about 2030: a submission should state a target for 2030 (or net zero by \
      2030). Example: only a 2035 and a 2050 target. Fix: add the plan's 2030 milestone.
      """), needsCycle: true
  ) { ctx, rule in
    ctx.submission.targets.isEmpty || ctx.submission.targets.contains(where: \.is2030)
      ? [] : [rule.diagnostic("no target for 2030 (targetYear 2030, or net-zero by 2030)", at: "/targets")]
  }

  static let no2030TargetCounts = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-014", .warning, .targets, "No 2030 target is adopted and unconditional",
      """
      Only an adopted, unconditional 2030 target counts in the synthesis. Example: the only \
      2030 target is `"status": "proposed"` or `"conditional": true`. Fix: mark the council's \
      adopted target as such, or add it.
      """), needsCycle: true
  ) { ctx, rule in
    let targets = ctx.submission.targets
    guard targets.contains(where: \.is2030), targets.counting2030Index == nil else { return [] }
    return [rule.diagnostic(
      "no 2030 target is both adopted and unconditional, so none counts in the synthesis", at: "/targets")]
  }

  static let reductionBelowNational = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-009", .warning, .targets, "Counting 2030 reduction below the national 70 %",
      """
      The counting 2030 target's reduction is below the national target, 70 % in 2030 against \
      1990 (Climate Act). The submitter's reduction is measured against its own base year or \
      baseline, so this compares different things and is a question, not a verdict. Example: \
      a `base-year` target of 60 % against 2018. Fix: none required; the synthesis lists it.
      """), needsCycle: true
  ) { ctx, rule in
    let national = ctx.reference.national
    guard let i = ctx.submission.targets.counting2030Index else { return [] }
    let t = ctx.submission.targets[i]
    guard let reduction = t.reductionIn2030Percent, reduction < national.reductionPercent2030,
      divisor(of: t)?.isPositive ?? true
    else { return [] }
    let against = t.kind == .baseYear ? "its base year \(t.baseYear.map(String.init) ?? "?")" : "its baseline scenario"
    return [rule.diagnostic(
      "the counting 2030 target \(t.targetId) reduces \(reduction) % against \(against); the national target is \(national.reductionPercent2030) % in 2030 against \(national.reductionBaseYear) (Climate Act)",
      at: Pointers.target(i) / "reductionPercent")]
  }

  /// What the reduction is a share of: base-year or baseline emissions.
  static func divisor(of t: Target) -> ExactDecimal? {
    switch t.kind {
    case .baseYear: t.baseYearEmissions
    case .baselineScenario: t.baselineEmissions
    default: nil
    }
  }

  static let reductionNotComparable = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-010", .info, .targets, "2030 reduction not compared: base emissions ≤ 0",
      """
      A percentage reduction of emissions that are zero or negative (a net sink) means \
      nothing, so the counting 2030 target is not compared with the national 70 % against \
      1990. Example: `baseYearEmissions` -41 000 t. Nothing to fix; the synthesis lists the \
      target.
      """), needsCycle: true
  ) { ctx, rule in
    guard let i = ctx.submission.targets.counting2030Index else { return [] }
    let t = ctx.submission.targets[i]
    guard t.reductionIn2030Percent != nil, let d = divisor(of: t), !d.isPositive else { return [] }
    let field = t.kind == .baseYear ? "baseYearEmissions" : "baselineEmissions"
    return [rule.diagnostic(
      "the counting 2030 target \(t.targetId) has \(field) \(d.grouped) t (≤ 0); its reduction is not compared with the national \(ctx.reference.national.reductionPercent2030) % against \(ctx.reference.national.reductionBaseYear)",
      at: Pointers.target(i) / field)]
  }

  static let netZeroAfterLaw = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-011", .warning, .targets, "Net zero after 2050",
      """
      A `net-zero` target later than 2050, the year the Climate Act sets for climate \
      neutrality. Example: `"kind": "net-zero", "targetYear": 2055`. Fix: bring the target \
      forward to 2050 or earlier.
      """), needsCycle: true
  ) { ctx, rule in
    let law = ctx.reference.national.neutralityYearLaw
    return ctx.submission.targets.enumerated().compactMap { i, t in
      guard t.kind == .netZero, t.targetYear > law else { return nil }
      return rule.diagnostic(
        "net-zero target \(t.targetId) is for \(t.targetYear), after \(law), the Climate Act's year for climate neutrality",
        at: Pointers.target(i) / "targetYear")
    }
  }

  static let netZeroAfterAim = SubmissionRule(
    RuleDescriptor(
      "NDC-TGT-012", .info, .targets, "Net zero after 2045 but by 2050",
      """
      A `net-zero` target after 2045, the government's aim for climate neutrality, but by \
      2050, the Climate Act's. Example: `"targetYear": 2050`. Nothing to fix; worth knowing.
      """), needsCycle: true
  ) { ctx, rule in
    let n = ctx.reference.national
    return ctx.submission.targets.enumerated().compactMap { i, t in
      guard t.kind == .netZero, t.targetYear > n.neutralityYearAim, t.targetYear <= n.neutralityYearLaw else { return nil }
      return rule.diagnostic(
        "net-zero target \(t.targetId) is for \(t.targetYear): after \(n.neutralityYearAim), the government's aim, but by \(n.neutralityYearLaw), the Climate Act's year",
        at: Pointers.target(i) / "targetYear")
    }
  }
}
