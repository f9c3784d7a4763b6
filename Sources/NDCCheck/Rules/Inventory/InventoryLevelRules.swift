import NDCCore

/// How codes are reported within one year: one level per sector, CO2e or per gas, each
/// (gpc, gas) once, codes from the GPC table (SUBMISSION.md, "One level per sector").
enum InventoryLevelRules {
  static let all = [sectorAtTwoLevels, co2eAndPerGas, entryTwice, unknownCode]

  /// 0 for a sector (`I`), 1 for a subsector (`I.1`), 2 for a reference number (`I.1.1`).
  static func depth(_ code: String) -> Int { code.utf8.count { $0 == UInt8(ascii: ".") } }
  static func sector(_ code: String) -> String { String(code.prefix { $0 != "." }) }
  static let levelNames = ["sector", "subsector", "reference-number"]

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
    guard let years = ctx.submission.inventory?.years else { return [] }
    var found: [Diagnostic] = []
    for (y, year) in years.enumerated() {
      var firstLevel: [String: (depth: Int, entry: Int)] = [:]
      var reported: Set<String> = []
      for (e, entry) in year.entries.enumerated() {
        let s = sector(entry.gpc), d = depth(entry.gpc)
        guard let first = firstLevel[s] else { firstLevel[s] = (d, e); continue }
        guard first.depth != d, reported.insert(s).inserted else { continue }
        found.append(rule.diagnostic(
          "sector \(s) is reported in \(year.year) as \(levelNames[min(d, 2)]) \(entry.gpc) and as \(levelNames[min(first.depth, 2)]) \(year.entries[first.entry].gpc)",
          at: Pointers.entry(y, e) / "gpc"))
      }
    }
    return found
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
    guard let years = ctx.submission.inventory?.years else { return [] }
    var found: [Diagnostic] = []
    for (y, year) in years.enumerated() {
      var firstForm: [String: Bool] = [:]  // code → is CO2e
      var reported: Set<String> = []
      for (e, entry) in year.entries.enumerated() {
        let isCO2e = entry.gas == .co2e
        guard let first = firstForm[entry.gpc] else { firstForm[entry.gpc] = isCO2e; continue }
        guard first != isCO2e, reported.insert(entry.gpc).inserted else { continue }
        found.append(rule.diagnostic(
          "\(entry.gpc) in \(year.year) is reported both as CO2e and per gas (\(entry.gas.rawValue))",
          at: Pointers.entry(y, e) / "gas"))
      }
    }
    return found
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
