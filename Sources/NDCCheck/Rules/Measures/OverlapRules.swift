import NDCCore

/// A measure's overlap declarations, within the file (the set rules check the other side).
enum OverlapRules {
  static let all = [unknownSubmitter, declaredTwice, sharesAboveOne]

  static let unknownSubmitter = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-006", .error, .measures, "Overlap names an unknown submitter",
      """
      An overlap's `submitterCode` is a municipality or region of the reference data. \
      Example: `"submitterCode": "9999"`. Fix: use the kommunekode or region code of the \
      submitter whose measure overlaps.
      """)
  ) { ctx, rule in
    ctx.submission.measures.enumerated().flatMap { i, m in
      m.overlaps.enumerated().compactMap { k, o in
        ctx.reference.isKnownSubmitter(o.submitterCode) ? nil : rule.diagnostic(
          "measure \(m.measureId) overlaps with submitter \(o.submitterCode), which is in no reference data",
          at: Pointers.overlap(i, k) / "submitterCode")
      }
    }
  }

  static let declaredTwice = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-013", .error, .measures, "The same overlap declared twice",
      """
      A measure names each (submitterCode, measureId) once among its overlaps; two shares for \
      one pair leave the ledger ambiguous. Example: two overlaps with 751/M3. Fix: keep one, \
      with the share that holds.
      """)
  ) { ctx, rule in
    ctx.submission.measures.enumerated().flatMap { i, m in
      DuplicateIds.find(m.overlaps.map { "\($0.submitterCode)/\($0.measureId)" }).map {
        rule.diagnostic("measure \(m.measureId) declares its overlap with \($0.id) again", at: Pointers.overlap(i, $0.index))
      }
    }
  }

  static let sharesAboveOne = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-012", .warning, .measures, "Overlap shares add up to more than 1",
      """
      The shares of a measure's overlaps add up to more than 1: other measures would claim \
      more than its whole effect. Example: shares 0.6 and 0.5. Fix: check the shares; each is \
      the part of this measure's effect the other measure also claims.
      """)
  ) { ctx, rule in
    ctx.submission.measures.enumerated().compactMap { i, m in
      let total = m.overlaps.map(\.share).sum()
      guard ExactDecimal.one < total else { return nil }
      return rule.diagnostic("the overlap shares of measure \(m.measureId) add up to \(total)", at: Pointers.measure(i) / "overlaps")
    }
  }
}

/// Money: the unfinanced part is part of the cost.
enum FundingRules {
  static let all = [measureGapAboveCost, actionGapAboveInvestment]

  static let measureGapAboveCost = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-010", .warning, .measures, "Measure funding gap above its cost",
      """
      `fundingGapDKK` is the part of `costDKK` not yet financed, so it is not larger. \
      Example: cost 2 000 000, gap 3 000 000. Fix: correct either figure.
      """)
  ) { ctx, rule in
    ctx.submission.measures.enumerated().compactMap { i, m in
      guard let cost = m.costDKK, let gap = m.fundingGapDKK, cost < gap else { return nil }
      return rule.diagnostic(
        "measure \(m.measureId): funding gap \(gap.grouped) DKK is above its cost \(cost.grouped) DKK",
        at: Pointers.measure(i) / "fundingGapDKK")
    }
  }

  static let actionGapAboveInvestment = SubmissionRule(
    RuleDescriptor(
      "NDC-ADP-002", .warning, .adaptation, "Adaptation funding gap above the investment",
      """
      An adaptation action's `fundingGapDKK` is the part of `investmentDKK` not yet financed, \
      so it is not larger. Example: investment 40 000 000, gap 55 000 000. Fix: correct \
      either figure.
      """)
  ) { ctx, rule in
    (ctx.submission.adaptation?.actions ?? []).enumerated().compactMap { i, a in
      guard let investment = a.investmentDKK, let gap = a.fundingGapDKK, investment < gap else { return nil }
      return rule.diagnostic(
        "action \(a.actionId): funding gap \(gap.grouped) DKK is above its investment \(investment.grouped) DKK",
        at: JSONPointer.root / "adaptation" / "actions" / i / "fundingGapDKK")
    }
  }
}
