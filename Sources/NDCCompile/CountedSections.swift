import Foundation
import NDCCore

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
  let results = ThreeResults<A, B, C>()
  DispatchQueue.concurrentPerform(iterations: 3) { i in
    switch i {
    case 0: results.set { $0.a = a() }
    case 1: results.set { $0.b = b() }
    default: results.set { $0.c = c() }
    }
  }
  return results.values
}

/// The results of `sideBySide`, each set once by its worker.
private final class ThreeResults<A, B, C>: @unchecked Sendable {
  private let lock = NSLock()
  private var a: A?, b: B?, c: C?

  /// Computes outside the lock, stores inside it.
  func set(_ compute: (inout (a: A?, b: B?, c: C?)) -> Void) {
    var slot: (a: A?, b: B?, c: C?) = (nil, nil, nil)
    compute(&slot)
    lock.withLock {
      if let v = slot.a { a = v }
      if let v = slot.b { b = v }
      if let v = slot.c { c = v }
    }
  }

  var values: (A, B, C) { lock.withLock { (a!, b!, c!) } }
}
