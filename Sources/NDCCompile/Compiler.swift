import Dispatch
import NDCCheck
import NDCCore
import NDCStorage

/// `ndc compile`'s engine: selects the inputs that count (rule 1), places them on the as-of
/// geography (rule 2), and builds the contribution document (rules 3–8). Pure: no clock, no
/// environment, no files; the same inputs, options and reference data give the same document.
public struct Compiler: Sendable {
  public let reference: ReferenceData
  public let options: CompileOptions
  /// How many counted models are loaded at a time (only a batch of them is in memory).
  public var loadBatch = 256

  public init(reference: ReferenceData, options: CompileOptions) {
    self.reference = reference
    self.options = options
  }

  /// Loads the models of some inputs again (the records' order; nil where one cannot be read).
  /// The models of some inputs, in the order of their records; nil where none can be had.
  public typealias Loader = ([CompileRecord]) -> [Submission?]

  /// The cycle compiled: `--cycle`, else the one cycle of the inputs.
  public func cycle(of inputs: [CompileInput]) throws(CompileError) -> Cycle {
    try cycle(ofRecords: inputs.enumerated().map { $1.record(position: $0) })
  }

  func cycle(ofRecords records: [CompileRecord]) throws(CompileError) -> Cycle {
    let id: String
    if let chosen = options.cycle {
      id = chosen
    } else {
      let cycles = Set(records.compactMap(\.cycle)).sorted()
      guard cycles.count <= 1 else { throw .severalCycles(cycles) }
      guard let only = cycles.first else { throw .nothingCounts }
      id = only
    }
    guard let cycle = reference.cycle(id) else { throw .unknownCycle(id) }
    return cycle
  }

  /// Inputs in the document's order: by submitter (by value), version, then path (byte-wise).
  public static func ordered(_ inputs: [CompileInput]) -> [CompileInput] {
    let records = ordered(inputs.enumerated().map { $1.record(position: $0) })
    return records.map { inputs[$0.position] }
  }

  /// Sorted in place: the records are not held twice.
  static func ordered(_ records: consuming [CompileRecord]) -> [CompileRecord] {
    records.sort { a, b in
      switch (a.submitterCode, b.submitterCode) {
      case let (x?, y?) where x != y: return x.numericallyPrecedes(y)
      case (nil, _?): return false
      case (_?, nil): return true
      default: break
      }
      if a.version != b.version { return (a.version ?? .max) < (b.version ?? .max) }
      return Array(a.path.utf8).lexicographicallyPrecedes(Array(b.path.utf8))
    }
    return records
  }

  /// Compiles inputs held in memory with their models.
  public func compile(inputs: [CompileInput]) throws(CompileError) -> ContributionDocument {
    let models: Loader = { records in records.map { inputs[$0.position].submission } }
    return try compile(records: inputs.enumerated().map { $1.record(position: $0) }, models: ModelLoaders(peek: models, take: models))
  }

  /// Compiles from the small records of every input, in named stages: order the records,
  /// select (rule 1), settle the overlap ledger (rule 6), add the counted submissions in
  /// batches, assemble the document. The models come from `models`: *peeked* at (still kept)
  /// for the selection's fingerprints of inputs that share submitter, cycle and version and
  /// for the ledger's submissions, *taken* (handed over, each once) for the counted parts, so
  /// that only a batch of them is in memory. With a `detail` sink, the per-submitter rows go
  /// there and the document holds only the aggregates; without, the document holds them too.
  public func compile(
    records unordered: consuming [CompileRecord], models: some ModelStore, detail: (any ContributionDetailSink)? = nil
  ) throws(CompileError) -> ContributionDocument {
    let cycle = try cycle(ofRecords: unordered)
    let asOf = options.asOf ?? cycle.referenceDate
    guard let gwp = reference.gwpTable(cycle.gwp) else { throw .referenceIncomplete("no GWP table \(cycle.gwp.rawValue)") }
    var inputs = Self.ordered(consume unordered)
    let geography = GeographyView(reference: reference, asOf: asOf)

    let (selected, setFindings) = Self.select(inputs, cycle: cycle.id, reference: reference, peek: models.peek)
    var verdicts = selected
    let diagnostics = Self.diagnosticCounts(inputs, set: setFindings)
    if options.strict { try Self.refuseStrictly(inputs, verdicts) }
    let countingIndices = verdicts.indices.filter { verdicts[$0].status.counts }
    let (ledger, settledFrom) = ledger(inputs, counting: countingIndices, geography: geography, peek: models.peek)
    // From here on a record is only its identity and verdict.
    for i in inputs.indices {
      inputs[i].keys.measures = []
      inputs[i].diagnosticCounts = [:]
    }

    var sections = CountedSections(geography: geography, gwp: gwp, ledger: ledger)
    let kept = DocumentDetail()
    try addCounted(
      countingIndices, of: inputs, verdicts: &verdicts, settledFrom: settledFrom, geography: geography, take: models.take,
      into: &sections, detail: detail ?? kept)

    guard let latestSubmittedAt = sections.latestSubmittedAt else { throw .nothingCounts }
    let compiledAt = options.compiledAt ?? options.sourceDateEpoch.map(DateTime.init(epochSeconds:)) ?? latestSubmittedAt
    var document = ContributionDocument.with {
      $0.header = ContributionHeader.with {
        $0.cycle = cycle.id
        $0.asOf = asOf
        $0.compiledAt = compiledAt
        $0.toolVersion = options.toolVersion
        $0.rulePack = cycle.rulePack
        $0.referenceEdition = reference.edition
      }
    }
    document.inputs = zip(inputs, verdicts).enumerated().map { i, pair in
      let (input, verdict) = pair
      return ContributionInput.with {
        $0.index = i + 1
        $0.path = input.path
        $0.format = input.format?.rawValue
        $0.sha256 = input.sha256
        $0.submitter = input.submitterCode
        $0.level = input.level
        $0.version = input.version
        $0.status = verdict.status
        $0.reason = verdict.reason
      }
    }
    document.geography = geography.document
    sections.fill(&document, national: reference.national, country: reference.country)
    if detail == nil { document.append(kept.rows) }
    document.diagnostics = diagnostics
    return document
  }

  /// `--strict`: refuses when any input is invalid or a duplicate.
  static func refuseStrictly(_ inputs: [CompileRecord], _ verdicts: [InputVerdict]) throws(CompileError) {
    let invalid = zip(inputs, verdicts).filter { $0.1.status == .invalid }.map(\.0.path)
    let duplicate = zip(inputs, verdicts).filter { $0.1.status == .duplicate }.map(\.0.path)
    if !invalid.isEmpty || !duplicate.isEmpty { throw .strictRefused(invalid: invalid, duplicate: duplicate) }
  }

  /// The counted submissions taken in batches of `loadBatch`, so that only a batch of models is
  /// in memory (two while one is being added): each batch's parts made on the cores while the
  /// batch before is added here in order, its rows then handed to `detail`. A model that can
  /// no longer be had excludes its input as invalid — unless the ledger was settled from it,
  /// which stops the compile.
  func addCounted(
    _ counting: [Int], of inputs: [CompileRecord], verdicts: inout [InputVerdict], settledFrom: Set<Int>,
    geography: GeographyView, take: Loader, into sections: inout CountedSections, detail: any ContributionDetailSink
  ) throws(CompileError) {
    let maker = sections.parts
    var previous: [CountedPart] = []
    func addPrevious(_ sections: inout CountedSections) {
      for part in previous { sections.add(part) }
      if !previous.isEmpty { detail.add(previous.map { $0.detail }) }
      previous = []
    }
    for batch in counting.chunks(of: loadBatch) {
      var counted: [CountedSubmission] = []
      for (i, model) in zip(batch, take(batch.map { inputs[$0] })) {
        guard let submission = model else {
          if settledFrom.contains(i) { throw .changedDuringCompile(inputs[i].path) }
          verdicts[i] = InputVerdict(status: .invalid, reason: "the file changed after it was checked, or could not be read again")
          continue
        }
        let submitter = submission.submitter
        if let region = geography.region(of: submitter.level, code: submitter.code) {
          counted.append(CountedSubmission(input: i + 1, region: region, submission: submission))
        } else {
          verdicts[i] = InputVerdict(status: .outsideGeography, reason: geography.outsideReason(of: submitter.level, code: submitter.code))
        }
      }
      // This batch's parts on the cores while the batch before is added on this thread, in order.
      let made = Slots<Result<[CountedPart], CompileError>>(count: 1)
      let done = DispatchGroup()
      DispatchQueue.global().async(group: done) { [counted] in
        made[0] = Result { () throws(CompileError) in try maker.parts(of: counted) }
      }
      addPrevious(&sections)
      done.wait()
      previous = try made[0]!.get()
    }
    addPrevious(&sections)
  }

  /// Rule 6's ledger, settled before any submission is added: from the counted measures that
  /// declare an overlap or are named in one (the others take no part in it), found from the
  /// records' keys, so that only the models of their submissions are asked for. Also the
  /// (0-based) inputs it was settled from: each must be read again the same.
  func ledger(_ inputs: [CompileRecord], counting: [Int], geography: GeographyView, peek: Loader) -> (OverlapLedger, Set<Int>) {
    var named: Set<MeasureRef> = []
    for i in counting {
      guard let code = inputs[i].submitterCode else { continue }
      for m in inputs[i].keys.measures where !m.overlaps.isEmpty {
        named.insert(MeasureRef.with { $0.submitter = code; $0.measureId = m.measureId })
        for o in m.overlaps {
          named.insert(MeasureRef.with { $0.submitter = o.submitterCode; $0.measureId = o.measureId })
        }
      }
    }
    guard !named.isEmpty else { return (OverlapLedger([]), []) }
    let involved = counting.filter { i in
      guard let code = inputs[i].submitterCode else { return false }
      return inputs[i].keys.measures.contains { measure in
        named.contains(MeasureRef.with { $0.submitter = code; $0.measureId = measure.measureId })
      }
    }
    var measures: [LedgerMeasure] = []
    var settledFrom: Set<Int> = []
    for batch in involved.chunks(of: loadBatch) {
      for (i, model) in zip(batch, peek(batch.map { inputs[$0] })) {
        guard let s = model, geography.region(of: s.submitter.level, code: s.submitter.code) != nil else { continue }
        settledFrom.insert(i)
        for m in s.measures {
          let ref = MeasureRef.with { $0.submitter = s.submitter.code; $0.measureId = m.measureId }
          if named.contains(ref) { measures.append(LedgerMeasure(ref: ref, level: s.submitter.level, measure: m, input: i + 1)) }
        }
      }
    }
    return (OverlapLedger(measures), settledFrom)
  }

  /// Rule 1 and the set rules, as `ndc validate --cycle C` runs them over the same inputs
  /// (NDCCheck's `SetChecker`: one selection for both), with the first invalidating
  /// diagnostic as the reason for an invalid input. Indices are the document's (1-based, in
  /// the sorted order). The set rules' findings are counted in the document's `diagnostics`
  /// with the files' (decision 245).
  static func select(_ inputs: [CompileRecord], cycle: String, reference: ReferenceData, peek: Loader)
    -> (verdicts: [InputVerdict], setFindings: [Diagnostic])
  {
    var checker = SetChecker(reference: reference, requestedCycle: cycle)
    checker.add(contentsOf: inputs.enumerated().map { i, input in
      var keys = input.keys
      keys.index = i + 1
      return keys
    })
    let outcome = checker.finish { key in
      peek([inputs[key.index - 1]]).first.flatMap { $0 }.map(SetKeys.fingerprint(of:))
    }
    let verdicts = outcome.selection.map { selection in
      let input = inputs[selection.index - 1]
      if selection.status == .invalid, let reason = input.invalidReason {
        return InputVerdict(status: .invalid, reason: reason)
      }
      return InputVerdict(status: selection.status, reason: selection.reason)
    }
    return (verdicts, outcome.diagnostics)
  }

  /// Diagnostics per rule code and severity over all inputs and the set, by code.
  static func diagnosticCounts(_ inputs: [CompileRecord], set: [Diagnostic] = []) -> [DiagnosticCount] {
    var counts: [CompileRecord.DiagnosticKey: Int] = [:]
    for input in inputs { counts.merge(input.diagnosticCounts, uniquingKeysWith: +) }
    for d in set { counts[CompileRecord.DiagnosticKey(code: d.code, severity: d.severity), default: 0] += 1 }
    return counts.sorted { ($0.key.code, $0.key.severity.rawValue) < ($1.key.code, $1.key.severity.rawValue) }
      .map { key, count in DiagnosticCount.with { $0.code = key.code; $0.severity = key.severity; $0.count = count } }
  }
}

/// The detail kept for the document itself (when no other sink is given).
final class DocumentDetail: ContributionDetailSink {
  private(set) var rows: [SubmitterDetail] = []
  func add(_ batch: [SubmitterDetail]) { rows += batch }
}

extension Array {
  /// Consecutive slices of at most `size` elements.
  func chunks(of size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}

/// Where the compiler finds the models of the inputs it has records of.
public protocol ModelStore {
  /// The models, still kept afterwards (the selection's fingerprints, the ledger).
  func peek(_ records: [CompileRecord]) -> [Submission?]
  /// The models, handed over: each is asked for once (the counted parts).
  func take(_ records: [CompileRecord]) -> [Submission?]
}

/// A model store of two functions.
public struct ModelLoaders: ModelStore {
  let peeking: Compiler.Loader
  let taking: Compiler.Loader
  public init(peek: @escaping Compiler.Loader, take: @escaping Compiler.Loader) {
    peeking = peek
    taking = take
  }
  public func peek(_ records: [CompileRecord]) -> [Submission?] { peeking(records) }
  public func take(_ records: [CompileRecord]) -> [Submission?] { taking(records) }
}
