import NDCCore

/// One per-file rule: its catalogue entry and its check, in one value.
public struct SubmissionRule: Sendable {
  public let descriptor: RuleDescriptor
  /// Whether the check needs the submission's cycle (reference date, GWP set, national
  /// targets). Such rules do not run when the cycle is unknown.
  public let needsCycle: Bool
  private let body: @Sendable (RuleContext, RuleDescriptor) -> [Diagnostic]

  public init(
    _ descriptor: RuleDescriptor, needsCycle: Bool = false,
    check: @escaping @Sendable (RuleContext, RuleDescriptor) -> [Diagnostic]
  ) {
    self.descriptor = descriptor
    self.needsCycle = needsCycle
    self.body = check
  }

  public var code: String { descriptor.code }

  public func check(_ context: RuleContext) -> [Diagnostic] { body(context, descriptor) }
}

extension RuleDescriptor {
  /// Catalogue entries of NDCCheck: the code is `NDC-<AREA>-<NNN>`.
  init(_ code: String, _ severity: Severity, _ area: RuleArea, _ title: String, _ explanation: String) {
    self.init(code: code, severity: severity, area: area.rawValue, title: title, explanation: explanation)
  }
}

/// The areas of the catalogue, in catalogue order.
public enum RuleArea: String, Sendable, CaseIterable {
  case structure, identity, plan, inventory, targets, measures, projects, adaptation, engagement
  case plausibility, set
}
