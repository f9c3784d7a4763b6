import NDCCore

/// Engagement activities: CHAMP evidence.
enum EngagementRules {
  static let all = [activityAfterSubmission, noActivity]

  static let activityAfterSubmission = SubmissionRule(
    RuleDescriptor(
      "NDC-ENG-001", .warning, .engagement, "Engagement activity dated after submittedAt",
      """
      An engagement activity is evidence of what took place, so its `date` is not after the \
      date of `submittedAt`. Example: a hearing on 2026-05-01 in a file submitted on \
      2026-03-01. Fix: report planned activities in the next version, once they took place.
      """)
  ) { ctx, rule in
    ctx.submission.engagement.enumerated().compactMap { i, e in
      ctx.submittedOn < e.date ? rule.diagnostic(
        "activity \(e.activityId) is dated \(e.date), after the submission date \(ctx.submittedOn)",
        at: JSONPointer.root / "engagement" / i / "date") : nil
    }
  }

  static let noActivity = SubmissionRule(
    RuleDescriptor(
      "NDC-ENG-002", .info, .engagement, "No engagement activity",
      """
      The submission lists no engagement activity, so it gives no evidence for CHAMP's \
      commitments (consultation, partnership, progress reviews, dialogue). Example: no \
      `engagement`. Fix: list the hearings, partnerships and reviews the plan went through.
      """)
  ) { ctx, rule in
    ctx.submission.engagement.isEmpty
      ? [rule.diagnostic("no engagement activity is listed (no CHAMP evidence)", at: .root)] : []
  }
}
