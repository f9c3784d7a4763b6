import NDCCore

/// What the per-file rules found, and the rule pack they belong to (nil with an unknown cycle).
public struct CheckResult: Sendable, Hashable {
  public var rulePack: String?
  public var diagnostics: [Diagnostic]
  public init(rulePack: String?, diagnostics: [Diagnostic]) {
    self.rulePack = rulePack
    self.diagnostics = diagnostics
  }
}

/// Runs the per-file rules on a submission that passed the structure checks.
public struct SubmissionChecker: Sendable {
  public let reference: ReferenceData
  public let requestedCycle: String?

  public init(reference: ReferenceData, requestedCycle: String?) {
    self.reference = reference
    self.requestedCycle = requestedCycle
  }

  public func check(_ submission: Submission) -> CheckResult {
    let context = RuleContext(submission: submission, reference: reference)
    var diagnostics: [Diagnostic] = []
    if let requestedCycle, submission.cycle != requestedCycle {
      diagnostics.append(IdentityRules.otherCycle.diagnostic(
        "the file is for cycle \(submission.cycle), but \(requestedCycle) was requested", at: "/cycle"))
    }
    for rule in SubmissionRules.all where context.cycle != nil || !rule.needsCycle {
      diagnostics += rule.check(context)
    }
    return CheckResult(rulePack: context.cycle?.rulePack, diagnostics: diagnostics)
  }
}
