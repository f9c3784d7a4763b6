import NDCCore

/// The plan's adoption (SUBMISSION.md, "Plan").
enum PlanRules {
  static let all = [adoptedWithoutDate, adoptedAfterSubmission]

  static let adoptedWithoutDate = SubmissionRule(
    RuleDescriptor(
      "NDC-PLN-001", .error, .plan, "Adopted plan without adoptedOn",
      """
      A plan with `status` `adopted` must say when: `adoptedOn`. Example: `"status": \
      "adopted"` and no `adoptedOn`. Fix: add the date of the council's decision, or set the \
      status to `draft`.
      """)
  ) { ctx, rule in
    let plan = ctx.submission.plan
    guard plan.status == .adopted, plan.adoptedOn == nil else { return [] }
    return [rule.diagnostic("the plan is adopted but adoptedOn is missing", at: "/plan")]
  }

  static let adoptedAfterSubmission = SubmissionRule(
    RuleDescriptor(
      "NDC-PLN-002", .warning, .plan, "Plan adopted after submittedAt",
      """
      `adoptedOn` lies after the date of `submittedAt`: a plan cannot have been adopted after \
      it was submitted. Example: `"adoptedOn": "2026-06-01"` with `"submittedAt": \
      "2026-03-01T12:00:00+01:00"`. Fix: correct the date, or submit the plan as `draft` and \
      resubmit once adopted.
      """)
  ) { ctx, rule in
    guard let adopted = ctx.submission.plan.adoptedOn, ctx.submittedOn < adopted else { return [] }
    return [rule.diagnostic(
      "adoptedOn \(adopted) is after the submission date \(ctx.submittedOn)", at: "/plan/adoptedOn")]
  }
}
