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

  /// Fills the sections of the document from what was added.
  func fill(_ document: inout ContributionDocument, national: NationalTargets) {
    document.coverage = CoverageBuilder.build(municipalities: municipalities, regionsReporting: regionsReporting, geography: geography)
    document.inventory = InventoryAggregation.build(municipalities: municipalInventories, regions: regionalInventories, geography: geography)
    document.targets = TargetSynthesisBuilder.build(targets, national: national)
    document.measures = MeasureSummaryBuilder.build(measures)
    document.renewables = projects.renewables
    document.lowlandSoils = projects.lowlandSoils
    document.adaptation = projects.adaptation
    document.finance = projects.finance
    document.barriers = projects.barriers
    document.engagement = projects.engagement
  }
}
