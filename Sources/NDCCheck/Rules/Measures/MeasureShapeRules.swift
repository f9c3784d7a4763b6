import NDCCore

/// Measures as data: unique ids, years in order, one effect per (year, kind).
enum MeasureShapeRules {
  static let all = [idTwice, endBeforeStart, effectTwice, endedButNotExpired]

  static let idTwice = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-001", .error, .measures, "Measure id twice",
      """
      Each `measureId` is unique in the submission (other submitters' overlaps name it). \
      Example: two measures `"measureId": "M1"`. Fix: give the second its own id.
      """)
  ) { ctx, rule in
    DuplicateIds.find(ctx.submission.measures.map(\.measureId)).map {
      rule.diagnostic("measureId \"\($0.id)\" is used again (first at measures/\($0.first))", at: Pointers.measure($0.index) / "measureId")
    }
  }

  static let endBeforeStart = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-002", .error, .measures, "Measure ends before it starts",
      """
      `endYear` is not before `startYear`. Example: `"startYear": 2025, "endYear": 2024`. \
      Fix: correct the years (the same year is allowed).
      """)
  ) { ctx, rule in
    ctx.submission.measures.enumerated().compactMap { i, m in
      guard let end = m.endYear, end < m.startYear else { return nil }
      return rule.diagnostic("measure \(m.measureId) ends in \(end), before it starts in \(m.startYear)", at: Pointers.measure(i) / "endYear")
    }
  }

  static let effectTwice = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-003", .error, .measures, "Two effects with the same year and kind",
      """
      A measure has one effect per (year, kind). Example: two `expected` effects for 2030. \
      Fix: keep one figure per year and kind.
      """)
  ) { ctx, rule in
    ctx.submission.measures.enumerated().flatMap { i, m in
      DuplicateIds.find(m.effects.map { "\($0.year) \($0.kind.rawValue)" }).map {
        rule.diagnostic(
          "measure \(m.measureId) has a second \(m.effects[$0.index].kind.rawValue) effect for \(m.effects[$0.index].year)",
          at: Pointers.effect(i, $0.index))
      }
    }
  }

  static let endedButNotExpired = SubmissionRule(
    RuleDescriptor(
      "NDC-MEA-011", .warning, .measures, "Measure ended but not expired",
      """
      A measure whose `endYear` lies before the year of `submittedAt` has ended; its status \
      should be `expired`. Example: `"endYear": 2022, "status": "implemented"` in a 2026 \
      submission. Fix: set `"status": "expired"`, or correct the end year.
      """)
  ) { ctx, rule in
    ctx.submission.measures.enumerated().compactMap { i, m in
      guard let end = m.endYear, end < ctx.submittedYear, m.status != .expired else { return nil }
      return rule.diagnostic(
        "measure \(m.measureId) ended in \(end), before \(ctx.submittedYear), but its status is \(m.status.rawValue)",
        at: Pointers.measure(i) / "status")
    }
  }
}
