import Dispatch
import NDCCore
import NDCFormats
import NDCStorage

/// What one counted submission gives the document, made on any core: its detail (its rows in
/// the per-submitter lists) and what the aggregates take from it.
struct CountedPart: Sendable {
  var detail: SubmitterDetail
  var submission: CountedSubmission
  /// A municipality's inventory and its sums; a region's inventory.
  var inventory: (CountedInventory, InventoryAggregation.MunicipalSums?)?
  var countingTarget: CountingTarget?
}

/// Makes the counted submissions' parts: what each gives the document, from what is settled
/// before the first is added (the geography, the GWP table, the overlap ledger). Pure, so
/// that a batch's parts can be made on the cores while the sums of the batch before are added.
struct CountedParts: Sendable {
  let geography: GeographyView
  let gwp: GWPTable
  let ledger: OverlapLedger

  /// A counted submission's part. Pure.
  func part(of c: CountedSubmission) throws(CompileError) -> CountedPart {
    let s = c.submission
    let level = s.submitter.level
    let territorial = try s.inventory.map { (i) throws(CompileError) in try TerritorialInventory(i, gwp: gwp, gpc: geography.reference.gpcCode) }
    let (targetRow, countingTarget) = TargetSynthesisBuilder.row(
      level: level, code: c.code, region: c.region, input: c.input, targets: s.targets, inventory: territorial)
    let measureRow = SubmitterMeasures.with {
      $0.level = level
      $0.code = c.code
      $0.region = c.region
      $0.input = c.input
      $0.measures = MeasureSummaryBuilder.counted(s.measures, submitter: c.code, ledger: ledger)
    }
    var detail = SubmitterDetail(targets: targetRow, measures: measureRow)
    var inventoryPart: (CountedInventory, InventoryAggregation.MunicipalSums?)?
    if let territorial {
      let counted = CountedInventory(
        code: c.code, name: geography.name(of: level, code: c.code), region: c.region, input: c.input,
        population: level == .municipality ? geography.population(ofMunicipality: c.code) : 0, inventory: territorial)
      if level == .municipality {
        let sums = InventoryAggregation.sums(of: counted)
        (detail.figures, detail.memo) = InventoryAggregation.rows(of: counted, sums)
        inventoryPart = (counted, sums)
      } else {
        inventoryPart = (counted, nil)
      }
    }
    ProjectSummaries.lines(of: c, into: &detail)
    return CountedPart(detail: detail, submission: c, inventory: inventoryPart, countingTarget: countingTarget)
  }

  /// The parts of a batch, made on the cores, in order.
  func parts(of batch: [CountedSubmission]) throws(CompileError) -> [CountedPart] {
    let results = Slots<Result<CountedPart, CompileError>>(count: batch.count)
    DispatchQueue.concurrentPerform(iterations: batch.count) { i in
      results[i] = Result { () throws(CompileError) in try part(of: batch[i]) }
    }
    return try batch.indices.map { (i) throws(CompileError) in try results[i]!.get() }
  }
}

/// The document's sections from the counted submissions, taken a batch at a time in the
/// document's order, so that each model can be dropped once it is added: the submitters
/// reporting, the sums of the inventory, targets and measures, and the project summaries. Each
/// submission's part is made on the cores (`CountedParts`, pure); the sums are added in order
/// (`add(_:)`); the detail goes to a `ContributionDetailSink`.
struct CountedSections: Sendable {
  let geography: GeographyView
  /// What makes the parts of the submissions added here.
  let parts: CountedParts
  private(set) var latestSubmittedAt: DateTime?
  private var municipalities: Set<String> = []
  private var regionsReporting: Set<String> = []
  private var inventory: InventoryAggregation
  private var synthesis = TargetSynthesisBuilder.Sums()
  private var measures: MeasureSummaryBuilder
  private var projects = ProjectSummaries()

  /// The ledger is settled before the first submission is added (`Compiler.ledger`).
  init(geography: GeographyView, gwp: GWPTable, ledger: OverlapLedger) {
    self.geography = geography
    parts = CountedParts(geography: geography, gwp: gwp, ledger: ledger)
    inventory = InventoryAggregation(geography: geography)
    measures = MeasureSummaryBuilder(ledger: ledger)
  }

  /// Adds a part's sums (parts come in the document's order).
  mutating func add(_ part: CountedPart) {
    let c = part.submission
    let s = c.submission
    latestSubmittedAt = latestSubmittedAt.map { max($0, s.submittedAt) } ?? s.submittedAt
    switch s.submitter.level {
    case .municipality: municipalities.insert(c.code)
    case .region: regionsReporting.insert(c.region)
    }
    if let (counted, sums) = part.inventory {
      if let sums { inventory.add(municipality: counted, sums) } else { inventory.add(region: counted) }
    }
    if let target = part.countingTarget { synthesis.add(target) }
    measures.add(part.detail.measures)
    projects.add(c)
  }

  /// Fills the sections' aggregates (once: the sums are handed over); the detail went to the sink.
  mutating func fill(_ document: inout ContributionDocument, national: NationalTargets, country: Country) {
    document.coverage = CoverageBuilder.build(municipalities: municipalities, regionsReporting: regionsReporting, geography: geography)
    document.inventory = inventory.build()
    document.targets.synthesis = synthesis.synthesis(national: national, country: country)
    document.measures = measures.build()
    document.adaptation = projects.adaptation
    document.finance = projects.financeLines
    document.barriers = projects.barriers
  }
}
