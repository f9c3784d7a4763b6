import Dispatch
import NDCCore
import NDCFormats

/// What the document's sections need of the counted submissions, taken from one submission at
/// a time (in the document's order) so that each model can be dropped once it is added: the
/// submitters reporting, each inventory in tCO2e, the targets and measures the document lists,
/// and the project summaries.
struct CountedSections: Sendable {
  let geography: GeographyView
  let gwp: GWPTable
  private(set) var latestSubmittedAt: DateTime?
  private var municipalities: Set<String> = []
  private var regionsReporting: Set<String> = []
  private var municipalInventories: [CountedInventory] = []
  private var regionalInventories: [CountedInventory] = []
  private var targets: [CountedTargets] = []
  private var measures: [CountedMeasures] = []
  private var projects = ProjectSummaries()

  init(geography: GeographyView, gwp: GWPTable) {
    self.geography = geography
    self.gwp = gwp
  }

  mutating func add(_ c: CountedSubmission) throws(CompileError) {
    let s = c.submission
    let level = s.submitter.level
    latestSubmittedAt = latestSubmittedAt.map { max($0, s.submittedAt) } ?? s.submittedAt
    switch level {
    case .municipality: municipalities.insert(c.code)
    case .region: regionsReporting.insert(c.region)
    }
    let inventory = try s.inventory.map { (i) throws(CompileError) in try TerritorialInventory(i, gwp: gwp, gpc: geography.reference.gpcCode) }
    if let inventory {
      let counted = CountedInventory(
        code: c.code, name: geography.name(of: level, code: c.code), region: c.region, input: c.input,
        population: level == .municipality ? geography.population(ofMunicipality: c.code) : 0, inventory: inventory)
      if level == .municipality { municipalInventories.append(counted) } else { regionalInventories.append(counted) }
    }
    targets.append(CountedTargets(level: level, code: c.code, region: c.region, input: c.input, targets: s.targets, inventory: inventory))
    measures.append(CountedMeasures(level: level, code: c.code, region: c.region, input: c.input, measures: s.measures))
    projects.add(c)
  }

  /// Fills the sections of the document from what was added. The inventory, target and
  /// measure sections do not depend on each other: they are built side by side on the cores.
  func fill(_ document: inout ContributionDocument, national: NationalTargets) {
    document.coverage = CoverageBuilder.build(municipalities: municipalities, regionsReporting: regionsReporting, geography: geography)
    (document.inventory, document.targets, document.measures) = sideBySide(
      { InventoryAggregation.build(municipalities: municipalInventories, regions: regionalInventories, geography: geography) },
      { TargetSynthesisBuilder.build(targets, national: national) },
      { MeasureSummaryBuilder.build(measures) })
    document.renewables = projects.renewables
    document.lowlandSoils = projects.lowlandSoils
    document.adaptation = projects.adaptation
    document.finance = projects.finance
    document.barriers = projects.barriers
    document.engagement = projects.engagement
  }
}

/// Three independent computations run side by side on the cores; their results in order.
func sideBySide<A: Sendable, B: Sendable, C: Sendable>(
  _ a: @Sendable () -> A, _ b: @Sendable () -> B, _ c: @Sendable () -> C
) -> (A, B, C) {
  let (ra, rb, rc) = (Slots<A>(count: 1), Slots<B>(count: 1), Slots<C>(count: 1))
  DispatchQueue.concurrentPerform(iterations: 3) { i in
    switch i {
    case 0: ra[0] = a()
    case 1: rb[0] = b()
    default: rc[0] = c()
    }
  }
  return (ra[0]!, rb[0]!, rc[0]!)
}
