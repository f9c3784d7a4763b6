import NDCCore

/// Effects in time and sign.
enum MeasureEffectRules {
  static let all = [expectedOutsidePeriod, achievedAfterSubmission, negativeEffect]

  static func eachEffect(_ ctx: RuleContext, _ body: (Measure, MeasureEffect, JSONPointer) -> Diagnostic?) -> [Diagnostic] {
    ctx.submission.measures.enumerated().flatMap { i, m in
      m.effects.enumerated().compactMap { k, e in body(m, e, Pointers.effect(i, k)) }
    }
  }

  static let expectedOutsidePeriod = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-004", .warning, .measures, "Expected effect outside the measure's years",
      """
      An `expected` effect lies before `startYear` or after `endYear`. Example: a measure of \
      2025–2028 expecting 5 000 t in 2030. Fix: correct the years, or explain lasting \
      effects by extending `endYear`.
      """)
  ) { ctx, rule in
    eachEffect(ctx) { m, e, pointer in
      guard e.kind == .expected, e.year < m.startYear || (m.endYear.map { e.year > $0 } ?? false) else { return nil }
      return rule.diagnostic(
        "measure \(m.measureId) expects an effect in \(e.year), outside \(m.startYear)…\(m.endYear.map(String.init) ?? "")",
        at: pointer / "year")
    }
  }

  static let achievedAfterSubmission = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-005", .error, .measures, "Achieved effect after the year of submittedAt",
      """
      An `achieved` effect is a measured reduction, so its year is not after the year of \
      `submittedAt`. Example: `"year": 2030, "kind": "achieved"` in a 2026 submission. Fix: \
      use `"kind": "expected"` for the future.
      """)
  ) { ctx, rule in
    eachEffect(ctx) { m, e, pointer in
      guard e.kind == .achieved, e.year > ctx.submittedYear else { return nil }
      return rule.diagnostic(
        "measure \(m.measureId) reports an achieved effect for \(e.year), after \(ctx.submittedYear), the year of submittedAt",
        at: pointer / "year")
    }
  }

  static let negativeEffect = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-009", .warning, .measures, "Negative effect",
      """
      Effects are reductions; a negative one is an increase of emissions. It takes no part in \
      overlap settlement. Example: `"tco2e": -500`. Fix: check the sign; report an increase \
      only if the measure really raises emissions.
      """)
  ) { ctx, rule in
    eachEffect(ctx) { m, e, pointer in
      guard e.tco2e.isNegative else { return nil }
      return rule.diagnostic(
        "measure \(m.measureId) has a negative \(e.kind.rawValue) effect of \(e.tco2e.grouped) t in \(e.year) (an increase)",
        at: pointer / "tco2e")
    }
  }
}
