import NDCCheck
import NDCCore

/// `ndc compile`'s engine: selects the inputs that count (rule 1), places them on the as-of
/// geography (rule 2), and builds the contribution document (rules 3–8). Pure: no clock, no
/// environment, no files; the same inputs, options and reference data give the same document.
public struct Compiler: Sendable {
  public let reference: ReferenceData
  public let options: CompileOptions

  public init(reference: ReferenceData, options: CompileOptions) {
    self.reference = reference
    self.options = options
  }

  /// The cycle compiled: `--cycle`, else the one cycle of the inputs.
  public func cycle(of inputs: [CompileInput]) throws(CompileError) -> Cycle {
    let id: String
    if let chosen = options.cycle {
      id = chosen
    } else {
      let cycles = Set(inputs.compactMap(\.cycle)).sorted()
      guard cycles.count <= 1 else { throw .severalCycles(cycles) }
      guard let only = cycles.first else { throw .nothingCounts }
      id = only
    }
    guard let cycle = reference.cycle(id) else { throw .unknownCycle(id) }
    return cycle
  }

  /// Inputs in the document's order: by submitter (by value), version, then path (byte-wise).
  public static func ordered(_ inputs: [CompileInput]) -> [CompileInput] {
    inputs.sorted { a, b in
      switch (a.submitterCode, b.submitterCode) {
      case let (x?, y?) where x != y: return x.numericallyPrecedes(y)
      case (nil, _?): return false
      case (_?, nil): return true
      default: break
      }
      if a.version != b.version { return (a.version ?? .max) < (b.version ?? .max) }
      return Array(a.path.utf8).lexicographicallyPrecedes(Array(b.path.utf8))
    }
  }

  public func compile(inputs unordered: [CompileInput]) throws(CompileError) -> ContributionDocument {
    let cycle = try cycle(of: unordered)
    let asOf = options.asOf ?? cycle.referenceDate
    guard let gwp = reference.gwpTable(cycle.gwp) else { throw .referenceIncomplete("no GWP table \(cycle.gwp.rawValue)") }
    let inputs = Self.ordered(unordered)
    let geography = GeographyView(reference: reference, asOf: asOf)
    var verdicts = Self.select(inputs, cycle: cycle.id)
    if options.strict {
      let invalid = zip(inputs, verdicts).filter { $0.1.status == .invalid }.map(\.0.path)
      let duplicate = zip(inputs, verdicts).filter { $0.1.status == .duplicate }.map(\.0.path)
      if !invalid.isEmpty || !duplicate.isEmpty { throw .strictRefused(invalid: invalid, duplicate: duplicate) }
    }
    var counted: [CountedSubmission] = []
    for (i, input) in inputs.enumerated() where verdicts[i].status.counts {
      let submitter = input.submission!.submitter
      if let region = geography.region(of: submitter.level, code: submitter.code) {
        counted.append(CountedSubmission(input: i + 1, region: region, submission: input.submission!))
      } else {
        verdicts[i] = InputVerdict(status: .outsideGeography, reason: geography.outsideReason(of: submitter.level, code: submitter.code))
      }
    }
    guard !counted.isEmpty else { throw .nothingCounts }
    let compiledAt = options.compiledAt ?? options.sourceDateEpoch.map(DateTime.init(epochSeconds:))
      ?? counted.map(\.submission.submittedAt).max()!

    var document = ContributionDocument(header: ContributionHeader(
      cycle: cycle.id, asOf: asOf, compiledAt: compiledAt, toolVersion: options.toolVersion, rulePack: cycle.rulePack,
      referenceEdition: reference.edition))
    document.inputs = zip(inputs, verdicts).enumerated().map { i, pair in
      let (input, verdict) = pair
      return ContributionInput(
        index: i + 1, path: input.path, format: input.format?.rawValue, sha256: input.sha256, submitter: input.submitterCode,
        level: input.level, version: input.version, status: verdict.status, reason: verdict.reason)
    }
    document.geography = geography.document
    document.coverage = CoverageBuilder.build(counted, geography: geography)

    var inventories: [Int: TerritorialInventory] = [:]
    for c in counted {
      if let inventory = c.submission.inventory { inventories[c.input] = try TerritorialInventory(inventory, gwp: gwp, gpc: reference.gpcCode) }
    }
    func countedInventories(_ level: SubmitterLevel) -> [CountedInventory] {
      counted.filter { $0.submission.submitter.level == level }.compactMap { c in
        inventories[c.input].map {
          CountedInventory(
            code: c.code, name: geography.name(of: level, code: c.code), region: c.region, input: c.input,
            population: level == .municipality ? geography.population(ofMunicipality: c.code) : 0, inventory: $0)
        }
      }
    }
    document.inventory = InventoryAggregation.build(
      municipalities: countedInventories(.municipality), regions: countedInventories(.region), geography: geography)
    document.targets = TargetSynthesisBuilder.build(
      counted.map { c in
        CountedTargets(level: c.submission.submitter.level, code: c.code, region: c.region, input: c.input, targets: c.submission.targets, inventory: inventories[c.input])
      }, national: reference.national)
    document.measures = MeasureSummaryBuilder.build(counted.map { c in
      CountedMeasures(level: c.submission.submitter.level, code: c.code, region: c.region, input: c.input, measures: c.submission.measures)
    })
    document.renewables = ProjectSummaries.renewables(counted)
    document.lowlandSoils = ProjectSummaries.lowlandSoils(counted)
    document.adaptation = ProjectSummaries.adaptation(counted)
    document.finance = ProjectSummaries.finance(counted)
    document.barriers = ProjectSummaries.barriers(counted)
    document.engagement = ProjectSummaries.engagement(counted)
    document.diagnostics = Self.diagnosticCounts(inputs)
    return document
  }

  /// Rule 1 through the one selection the set rules use too (NDCCheck's `Selection`), with the
  /// first invalidating diagnostic as the reason for an invalid input. Indices are the
  /// document's (1-based, in the sorted order).
  static func select(_ inputs: [CompileInput], cycle: String) -> [InputVerdict] {
    let keys = inputs.enumerated().map { i, input in
      input.submission.map { SetKeys(index: i + 1, path: input.path, submission: $0, valid: input.isValid) }
        ?? SetKeys(index: i + 1, path: input.path, header: input.header)
    }
    let fingerprinted = Selection.withFingerprints(keys) { key in
      inputs[key.index - 1].submission.map(SetKeys.fingerprint(of:))
    }
    return Selection.select(fingerprinted, requestedCycle: cycle).map { selection in
      let input = inputs[selection.index - 1]
      if selection.status == .invalid, let first = input.diagnostics.first(where: { $0.severity.invalidates }) {
        return InputVerdict(status: .invalid, reason: "\(first.code): \(first.message)")
      }
      return InputVerdict(status: selection.status, reason: selection.reason)
    }
  }

  /// Diagnostics per rule code and severity over all inputs, by code.
  static func diagnosticCounts(_ inputs: [CompileInput]) -> [DiagnosticCount] {
    struct Key: Hashable { var code: String; var severity: Severity }
    var counts: [Key: Int] = [:]
    for input in inputs { for d in input.diagnostics { counts[Key(code: d.code, severity: d.severity), default: 0] += 1 } }
    return counts.sorted { ($0.key.code, $0.key.severity.rawValue) < ($1.key.code, $1.key.severity.rawValue) }
      .map { DiagnosticCount(code: $0.key.code, severity: $0.key.severity, count: $0.value) }
  }
}
