import NDCCore

/// Adaptation: the risk assessment's date, and actions against the assessed hazards.
enum AdaptationRules {
  static let all = [assessmentAfterSubmission, FundingRules.actionGapAboveInvestment, hazardNotAssessed]

  static let assessmentAfterSubmission = SubmissionRule(
    RuleDescriptor(
      "NDC-ADP-001", .warning, .adaptation, "Risk assessment completed after submittedAt",
      """
      The risk assessment's `completedOn` lies after the date of `submittedAt`. Example: \
      `"completedOn": "2026-09-01"` in a file submitted 2026-03-01. Fix: give the date the \
      assessment was completed; an assessment still under way is not yet reported.
      """)
  ) { ctx, rule in
    guard let completed = ctx.submission.adaptation?.riskAssessment?.completedOn, ctx.submittedOn < completed else { return [] }
    return [rule.diagnostic(
      "the risk assessment is completed on \(completed), after the submission date \(ctx.submittedOn)",
      at: "/adaptation/riskAssessment/completedOn")]
  }

  static let hazardNotAssessed = SubmissionRule(
    RuleDescriptor(
      "NDC-ADP-003", .info, .adaptation, "Action addresses a hazard the risk assessment omits",
      """
      An adaptation action names a hazard the submission's risk assessment does not list. \
      Example: a `coastal-protection` action against `storm-surge` with an assessment of \
      `pluvial-flooding` only. Fix: add the hazard to the assessment, or correct the action.
      """)
  ) { ctx, rule in
    guard let adaptation = ctx.submission.adaptation, let assessment = adaptation.riskAssessment else { return [] }
    let assessed = Set(assessment.hazards.map(\.hazard))
    return adaptation.actions.enumerated().flatMap { i, a in
      a.hazards.enumerated().compactMap { k, h in
        assessed.contains(h) ? nil : rule.diagnostic(
          "action \(a.actionId) addresses \(h.rawValue), which the risk assessment does not list",
          at: JSONPointer.root / "adaptation" / "actions" / i / "hazards" / k)
      }
    }
  }
}
