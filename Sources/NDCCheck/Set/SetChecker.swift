import NDCCore

/// What the set rules found, and the status of every input.
public struct SetOutcome: Sendable, Hashable {
  public var diagnostics: [Diagnostic]
  public var selection: [InputSelection]
  public init(diagnostics: [Diagnostic], selection: [InputSelection]) {
    self.diagnostics = diagnostics
    self.selection = selection
  }
}

/// Accumulates the small keys of every input, then runs the set rules and the selection.
public struct SetChecker: Sendable {
  public let reference: ReferenceData
  public let requestedCycle: String?
  private var keys: [SetKeys] = []

  public init(reference: ReferenceData, requestedCycle: String?) {
    self.reference = reference
    self.requestedCycle = requestedCycle
  }

  public mutating func add(_ keys: SetKeys) { self.keys.append(keys) }

  /// Adds several inputs' keys; the first such call keeps the array itself (no copy).
  public mutating func add(contentsOf keys: [SetKeys]) {
    if self.keys.isEmpty { self.keys = keys } else { self.keys += keys }
  }

  /// Runs the set rules and the selection. `fingerprint` gives the canonical-form fingerprint
  /// of an input read into the model (`SetKeys.fingerprint(of:)` of its submission); it is
  /// asked only for inputs that share submitter, cycle and version with another, so a set
  /// without copies never pays for it.
  ///
  /// `about`: only the findings that name this input (a related location with its path), as
  /// the service asks for a new version among the stored ones; the rules then skip the groups
  /// and overlaps it is not part of. The same findings as all of them filtered by that path
  /// (`SetCheckerTests.findingsAboutOneInput`). nil: every finding.
  public func finish(about path: String? = nil, fingerprint: (SetKeys) -> String?) -> SetOutcome {
    // In input order; keys added in that order (as `validate` adds them) are not copied to sort.
    let ordered = zip(keys, keys.dropFirst()).allSatisfy { $0.index < $1.index } ? keys : keys.sorted { $0.index < $1.index }
    let inputs = Selection.withFingerprints(ordered, fingerprint)
    let selection = Selection.select(inputs, requestedCycle: requestedCycle)
    let status = Dictionary(uniqueKeysWithValues: selection.map { ($0.index, $0.status) })
    let counting = inputs.filter { status[$0.index]?.counts == true }
    var diagnostics = AllInputsRules.check(inputs, status: status, about: path)
      + CountingVersionRules(reference: reference, counting: counting).check(about: path)
    if let path { diagnostics = diagnostics.filter { $0.related.contains { $0.path == path } } }
    return SetOutcome(diagnostics: diagnostics, selection: selection)
  }
}

extension SetKeys {
  func related(_ pointer: JSONPointer) -> RelatedLocation { RelatedLocation(path: path, pointer: pointer) }
}

/// SET rules over every input: duplicates, reused submission ids, fallbacks.
enum AllInputsRules {
  /// `about`: a path; the groups without that input are skipped (their findings name only
  /// their members).
  static func check(_ inputs: [SetKeys], status: [Int: SelectionStatus], about path: String? = nil) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let readable = inputs.filter { $0.submitter != nil && $0.cycle != nil && $0.version != nil }
    let bySubmitterCycle = Dictionary(grouping: readable) { "\($0.submitter!) \($0.cycle!)" }
    let concerned: ([SetKeys]) -> Bool = { group in path.map { p in group.contains { $0.path == p } } ?? true }
    for group in bySubmitterCycle.values.sorted(by: { $0[0].index < $1[0].index }) where concerned(group) {
      let duplicates = Selection.duplicateVersions(group)
      for v in duplicates.sorted() {
        let copies = group.filter { $0.version == v }
        found.append(SetRules.duplicateVersion.diagnostic(
          "submitter \(copies[0].submitter!), cycle \(copies[0].cycle!), version \(v) is submitted \(copies.count) times with different content: \(Self.named(copies.map(\.path)))",
          at: .root, related: copies.map { $0.related("/version") }))
      }
      if let fallback = group.first(where: { status[$0.index] == .fallback }) {
        let newer = group.filter { $0.version! > fallback.version! }
        found.append(SetRules.fallback.diagnostic(
          "submitter \(fallback.submitter!): version \(fallback.version!) (\(fallback.path)) counts because version \(newer.map { $0.version! }.max()!) is invalid or a duplicate",
          at: .root, related: [fallback.related("/version")] + newer.map { $0.related("/version") }))
      }
    }
    let withId = readable.filter { $0.submissionId != nil }
    let byId = Dictionary(grouping: withId) { "\($0.submitter!) \($0.submissionId!)" }
    for group in byId.values.sorted(by: { $0[0].index < $1[0].index }) where concerned(group) {
      let versions = Set(group.map { "\($0.cycle!) \($0.version!)" })
      guard versions.count > 1 else { continue }
      found.append(SetRules.submissionIdReused.diagnostic(
        "submitter \(group[0].submitter!) uses submissionId \"\(group[0].submissionId!)\" for \(versions.count) versions: \(Self.named(group.map(\.path)))",
        at: .root, related: group.map { $0.related("/submissionId") }))
    }
    return found
  }

  /// Paths a message names: all of them up to `maxNamed`, else the first few and a count of
  /// the rest, so that a message stays short however many copies there are (every path is
  /// still among the diagnostic's related locations).
  static func named(_ paths: [String]) -> String {
    guard paths.count > maxNamed else { return paths.joined(separator: ", ") }
    return paths.prefix(namedWhenMany).joined(separator: ", ") + " and \(paths.count - namedWhenMany) more"
  }

  static let maxNamed = 10
  static let namedWhenMany = 5
}

/// SET rules over the counting version of each submitter: overlaps and their other side.
struct CountingVersionRules {
  let reference: ReferenceData
  let counting: [SetKeys]

  /// `about`: a path; only the overlaps declared by that input, or naming its submitter from
  /// another counting version, are looked at (a finding names the declaring input and, if
  /// any, the counterpart).
  func check(about path: String? = nil) -> [Diagnostic] {
    var bySubmitter: [String: SetKeys] = [:]
    for k in counting { bySubmitter["\(k.submitter!) \(k.cycle!)"] = k }
    // The input asked about when it counts; one that does not is nobody's counterpart.
    let focus: SetKeys? = path.flatMap { p in counting.first { $0.path == p } }
    var found: [Diagnostic] = []
    for a in counting {
      let whole = path == nil || a.path == path
      if !whole, focus?.cycle != a.cycle { continue }
      for m in a.measures {
        for (o, overlap) in m.overlaps.enumerated() {
          if !whole, overlap.submitterCode != focus?.submitter { continue }
          let pointer = Pointers.overlap(m.index, o)
          let counterpart = bySubmitter["\(overlap.submitterCode) \(a.cycle!)"]
          if let d = regionOutside(a, m, overlap, pointer, counterpart) { found.append(d) }
          found += sides(a, m, overlap, pointer, counterpart)
        }
      }
    }
    return found
  }

  private func regionOutside(
    _ a: SetKeys, _ m: SetKeys.MeasureKey, _ overlap: SetKeys.OverlapKey, _ pointer: JSONPointer, _ b: SetKeys?
  ) -> Diagnostic? {
    guard a.level == .region, let date = reference.cycle(a.cycle!)?.referenceDate,
      reference.municipality(overlap.submitterCode, on: date) != nil,
      reference.regionCode(ofMunicipality: overlap.submitterCode, on: date) != a.submitter
    else { return nil }
    return SetRules.regionOverlapOutside.diagnostic(
      "region \(a.submitter!)'s measure \(m.measureId) overlaps with municipality \(overlap.submitterCode), which is not in the region on \(date)",
      at: .root, related: [a.related(pointer / "submitterCode")] + (b.map { [$0.related(.root)] } ?? []))
  }

  private func sides(
    _ a: SetKeys, _ m: SetKeys.MeasureKey, _ overlap: SetKeys.OverlapKey, _ pointer: JSONPointer, _ b: SetKeys?
  ) -> [Diagnostic] {
    let name = "\(a.submitter!)/\(m.measureId)"
    guard let b else {
      return [SetRules.overlapCounterpartAbsent.diagnostic(
        "\(name) overlaps with \(overlap.submitterCode)/\(overlap.measureId), but no submission of \(overlap.submitterCode) counts; the pair is not settled",
        at: .root, related: [a.related(pointer)])]
    }
    guard let other = b.measures.first(where: { $0.measureId == overlap.measureId }) else {
      return [SetRules.overlapMeasureMissing.diagnostic(
        "\(name) overlaps with \(overlap.submitterCode)/\(overlap.measureId), but \(b.path) has no measure \(overlap.measureId)",
        at: .root, related: [a.related(pointer / "measureId"), b.related("/measures")])]
    }
    let declaredBack = other.overlaps.contains { $0.submitterCode == a.submitter && $0.measureId == m.measureId }
    guard !declaredBack else { return [] }
    return [SetRules.overlapOneSided.diagnostic(
      "\(name) overlaps with \(overlap.submitterCode)/\(overlap.measureId), which does not declare the overlap back",
      at: .root, related: [a.related(pointer), b.related(Pointers.measure(other.index))])]
  }
}
