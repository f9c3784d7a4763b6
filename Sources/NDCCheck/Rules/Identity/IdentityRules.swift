import NDCCore

/// Who submits, for which cycle (SUBMISSION.md, "Submitter"; identity rows of the table).
enum IdentityRules {
  static let all = [submitterUnknown, levelMismatch, nameMismatch, cycleUnknown]

  static let submitterUnknown = SubmissionRule(
    RuleDescriptor(
      "NDC-IDN-001", .error, .identity, "Submitter code unknown on the cycle's reference date",
      """
      The submitter's code must name a municipality or a region that exists on the cycle's \
      reference date (NDC2025: 2025-12-31) in the reference data. Example: `"code": "100"` (no \
      such kommunekode), or `1086` (Region Østdanmark exists only from 2027-01-01) in NDC2025. \
      Fix: use the kommunekode or region code valid on the reference date.
      """), needsCycle: true
  ) { ctx, rule in
    guard let date = ctx.cycle?.referenceDate else { return [] }
    let code = ctx.submission.submitter.code
    guard ctx.reference.municipality(code, on: date) == nil, ctx.reference.region(code, on: date) == nil else { return [] }
    return [rule.diagnostic(
      "submitter code \(code) is neither a municipality nor a region on \(date), the reference date of \(ctx.submission.cycle)",
      at: "/submitter/code")]
  }

  static let levelMismatch = SubmissionRule(
    RuleDescriptor(
      "NDC-IDN-002", .error, .identity, "Submitter level does not match the code",
      """
      `level` must be the level the code has in the reference data. Example: \
      `"level": "municipality", "code": "1084"` (1084 is Region Hovedstaden). Fix: \
      `"level": "region"`, or the municipality's own code.
      """), needsCycle: true
  ) { ctx, rule in
    guard let date = ctx.cycle?.referenceDate else { return [] }
    let s = ctx.submission.submitter
    let isMunicipality = ctx.reference.municipality(s.code, on: date) != nil
    let isRegion = ctx.reference.region(s.code, on: date) != nil
    let actual: SubmitterLevel
    switch (isMunicipality, isRegion) {
    case (true, false): actual = .municipality
    case (false, true): actual = .region
    default: return []
    }
    guard actual != s.level else { return [] }
    return [rule.diagnostic(
      "submitter \(s.code) is a \(actual.rawValue) on \(date), but level says \(s.level.rawValue)",
      at: "/submitter/level", hint: "write \"\(actual.rawValue)\"")]
  }

  static let nameMismatch = SubmissionRule(
    RuleDescriptor(
      "NDC-IDN-003", .warning, .identity, "Submitter name does not match the code",
      """
      The name must be the code's name after normalisation: case, the words "Kommune", \
      "Regionskommune" and "Region", the spellings æ→ae, ø→oe, å→aa and the English region \
      names are accepted. Example: code `101` with name `Aarhus Kommune` (101 is København). \
      Fix: correct the code or the name.
      """), needsCycle: true
  ) { ctx, rule in
    guard let date = ctx.cycle?.referenceDate else { return [] }
    let s = ctx.submission.submitter
    let names: [String]
    switch s.level {
    case .municipality:
      guard let m = ctx.reference.municipality(s.code, on: date) else { return [] }
      names = [m.name, m.nameASCII, m.nameEnglish]
    case .region:
      guard let r = ctx.reference.region(s.code, on: date) else { return [] }
      names = [r.name, r.nameASCII, r.nameEnglish]
    }
    // The name as the reference data writes it matches without normalising (its own
    // normalisation is the first variant).
    if names.contains(s.name) { return [] }
    let given = NameNormalisation.variants(s.name)
    guard !names.contains(where: { given.contains(NameNormalisation.normalise($0)) }) else { return [] }
    return [rule.diagnostic(
      "name \"\(s.name)\" does not match \(s.code), which is \"\(names[0])\"", at: "/submitter/name",
      hint: "write \"\(names[0])\"")]
  }

  static let cycleUnknown = SubmissionRule(
    RuleDescriptor(
      "NDC-IDN-004", .error, .identity, "Cycle unknown",
      """
      `cycle` must be a cycle of the reference data; it selects the rule pack, the reference \
      date and the GWP set. With an unknown cycle only the rules independent of the cycle run \
      and the report's `rulePack` is null. Example: `"cycle": "NDC2024"`. Fix: `"cycle": \
      "NDC2025"`, or a newer reference-data file (`--reference`) that defines the cycle.
      """)
  ) { ctx, rule in
    guard ctx.cycle == nil else { return [] }
    let known = ctx.reference.cycles.map(\.id).joined(separator: ", ")
    return [rule.diagnostic(
      "cycle \"\(ctx.submission.cycle)\" is not in the reference data (known: \(known.isEmpty ? "none" : known))",
      at: "/cycle")]
  }

  /// Not in `all`: it depends on the command line, so the checker runs it itself.
  static let otherCycle = RuleDescriptor(
    "NDC-IDN-005", .error, .identity, "Submitted for another cycle than requested",
    """
    With `--cycle`, every file must be of that cycle. Example: `ndc validate --cycle NDC2030` \
    on a file with `"cycle": "NDC2025"`. Fix: validate with the file's cycle, or resubmit the \
    file for the requested one.
    """)
}

/// The name comparison of SUBMISSION.md: case, "Kommune"/"Regionskommune"/"Region",
/// æ→ae ø→oe å→aa.
enum NameNormalisation {
  static let ignoredWords: Set<String> = ["kommune", "regionskommune", "region"]

  /// The normalised name, and for "Københavns Kommune" also the name without the genitive
  /// `s` the word "Kommune" takes in Danish.
  static func variants(_ name: String) -> [String] {
    let words = fold(name)
    var result = [join(words)]
    if let k = words.firstIndex(of: "kommune"), k > 0, words[k - 1].hasSuffix("s") {
      var stripped = words
      stripped[k - 1].removeLast()
      result.append(join(stripped))
    }
    return result
  }

  static func normalise(_ name: String) -> String { join(fold(name)) }

  private static func join(_ words: [String]) -> String {
    words.filter { !ignoredWords.contains($0) }.joined(separator: " ")
  }

  private static func fold(_ name: String) -> [String] {
    var folded = ""
    for c in name.lowercased() {
      switch c {
      case "æ": folded += "ae"
      case "ø": folded += "oe"
      case "å": folded += "aa"
      case "-", ",", ".": folded += " "
      default: folded.append(c)
      }
    }
    return folded.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
  }
}
