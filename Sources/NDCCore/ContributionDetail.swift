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

  /// The lists it adds to, in the document's order; each list's per-submitter rows come after
  /// its aggregate rows (in `inventory.figures` and `inventory.memo`, after the nation's and
  /// the regions').
  public enum List: String, CaseIterable, Sendable {
    case figures = "inventory.figures"
    case memo = "inventory.memo"
    case targets = "targets.submitters"
    case measures = "measures.submitters"
    case renewables
    case lowlandSoils
    case engagementByKind = "engagement.byKind"
    case engagementByCommitment = "engagement.byCommitment"

    /// The member names from the document's root to the list.
    public var path: [String] { rawValue.split(separator: ".").map(String.init) }
  }
}

/// Where `compile` puts the per-submitter detail, one batch of submitters at a time in the
/// document's order: the document itself (`ContributionDocument.append`), or a place that need
/// not be held in memory (the spill files of the streamed writer).
public protocol ContributionDetailSink: AnyObject {
  func add(_ batch: [SubmitterDetail])
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
