import NDCCore

/// How codes are reported within one year: one level per sector, CO2e or per gas, each
/// (gpc, gas) once, codes from the GPC table (SUBMISSION.md, "One level per sector").
enum InventoryLevelRules {
  static let all = [sectorAtTwoLevels, co2eAndPerGas, entryTwice, unknownCode]

  /// 0 for a sector (`I`), 1 for a subsector (`I.1`), 2 for a reference number (`I.1.1`).
  static func depth(_ code: String) -> Int { code.utf8.count { $0 == UInt8(ascii: ".") } }
  static func sector(_ code: String) -> String { String(code.prefix { $0 != "." }) }
  static let levelNames = ["sector", "subsector", "reference-number"]

  /// "One form per key in a year": in each year, the first entry of a key whose form differs
  /// from the form the key was first reported in (once per key and year), with that first
  /// entry (`y` and `e`: the year's and the entry's indices).
  static func mixedForms<Key: Hashable, Form: Equatable>(
    _ ctx: RuleContext, key: (InventoryEntry) -> Key, form: (InventoryEntry) -> Form,
    report: (_ y: Int, _ year: InventoryYear, _ e: Int, _ first: InventoryEntry) -> Diagnostic
  ) -> [Diagnostic] {
    guard let years = ctx.submission.inventory?.years else { return [] }
    var found: [Diagnostic] = []
    for (y, year) in years.enumerated() {
      var firstOf: [Key: (form: Form, entry: Int)] = [:]
      var reported: Set<Key> = []
      for (e, entry) in year.entries.enumerated() {
        let k = key(entry), f = form(entry)
        guard let first = firstOf[k] else { firstOf[k] = (f, e); continue }
        guard first.form != f, reported.insert(k).inserted else { continue }
        found.append(report(y, year, e, year.entries[first.entry]))
      }
    }
    return found
  }

  static let sectorAtTwoLevels = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-005", .error, .inventory, "One sector at two levels in a year",
      """
      Within one year a GPC sector is reported at one level only: the sector code (`I`), or \
      subsector codes (`I.1`, `I.2`), or reference numbers (`I.1.1`). Mixing is how double \
      counting creeps in. Example: `I` (all stationary energy) and `I.1` in 2019. Fix: report \
      the sector either as one figure or fully broken down.
      """)
  ) { ctx, rule in
    mixedForms(ctx, key: { sector($0.gpc) }, form: { depth($0.gpc) }) { y, year, e, first in
      let entry = year.entries[e]
      let s = sector(entry.gpc), d = depth(entry.gpc), firstDepth = depth(first.gpc)
      return rule.diagnostic(
        "sector \(s) is reported in \(year.year) as \(levelNames[min(d, 2)]) \(entry.gpc) and as \(levelNames[min(firstDepth, 2)]) \(first.gpc)",
        at: Pointers.entry(y, e) / "gpc")
    }
  }

  static let co2eAndPerGas = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-006", .error, .inventory, "A code both as CO2e and per gas",
      """
      Within one year each code is reported either as one `CO2e` figure or per gas, never \
      both. Example: `I.1` with `CO2e` 120000 and `I.1` with `CH4` 40. Fix: give either the \
      CO2e total or the gases.
      """)
  ) { ctx, rule in
    mixedForms(ctx, key: \.gpc, form: { $0.gas == .co2e }) { y, year, e, _ in
      rule.diagnostic(
        "\(year.entries[e].gpc) in \(year.year) is reported both as CO2e and per gas (\(year.entries[e].gas.rawValue))",
        at: Pointers.entry(y, e) / "gas")
    }
  }

  static let entryTwice = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-007", .error, .inventory, "The same (year, gpc, gas) twice",
      """
      One entry per year, GPC code and gas. Example: two entries `I.1`/`CO2` in 2019. Fix: \
      add them up into one entry.
      """)
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years else { return [] }
    var found: [Diagnostic] = []
    for (y, year) in years.enumerated() {
      var seen: Set<String> = []
      for (e, entry) in year.entries.enumerated() where !seen.insert(entry.gpc + " " + entry.gas.rawValue).inserted {
        found.append(rule.diagnostic(
          "\(entry.gpc)/\(entry.gas.rawValue) is reported twice in \(year.year)", at: Pointers.entry(y, e)))
      }
    }
    return found
  }

  static let unknownCode = SubmissionRule(
    RuleDescriptor(
      "NDC-INV-015", .error, .inventory, "GPC code not in the GPC table",
      """
      Every entry's `gpc` is a code of the shipped GPC table (sector, subsector or reference \
      number). Example: `I.9` or `II.1.4`. Fix: use the GPC code the emissions belong to; \
      `docs/reference-data.md` lists the table.
      """)
  ) { ctx, rule in
    guard let years = ctx.submission.inventory?.years else { return [] }
    var found: [Diagnostic] = []
    for (y, year) in years.enumerated() {
      for (e, entry) in year.entries.enumerated() where ctx.reference.gpcCode(entry.gpc) == nil {
        found.append(rule.diagnostic(
          "\(entry.gpc) is not a code of the GPC table", at: Pointers.entry(y, e) / "gpc"))
      }
    }
    return found
  }
}
