/// One counted submitter's rows in the document's per-submitter lists: what grows with the
/// number of submitters, as opposed to the aggregates (nation and region rows, totals, the
/// ledger), which do not.
public struct SubmitterDetail: Hashable, Sendable {
  /// The municipality's rows of `inventory.figures` (none for a region).
  public var figures: [InventoryFigure] = []
  /// The municipality's rows of `inventory.memo` (none for a region).
  public var memo: [MemoFigure] = []
  public var targets: SubmitterTargets
  public var measures: SubmitterMeasures
  public var renewables: [RenewableSummary] = []
  public var lowlandSoils: [LowlandSoilSummary] = []
  public var engagementByKind: [EngagementKindCount] = []
  public var engagementByCommitment: [EngagementCommitmentCount] = []

  public init(targets: SubmitterTargets, measures: SubmitterMeasures) {
    self.targets = targets
    self.measures = measures
  }
}

extension ContributionDocument {
  /// Appends submitters' detail to the document's lists, after what they hold.
  public mutating func append(_ detail: [SubmitterDetail]) {
    for d in detail {
      inventory.figures += d.figures
      inventory.memo += d.memo
      targets.submitters.append(d.targets)
      measures.submitters.append(d.measures)
      renewables += d.renewables
      lowlandSoils += d.lowlandSoils
      engagement.byKind += d.engagementByKind
      engagement.byCommitment += d.engagementByCommitment
    }
  }
}
