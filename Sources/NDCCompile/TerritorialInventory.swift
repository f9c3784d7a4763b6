import NDCCore

/// One submission's inventory in tCO2e (CONTRIBUTION.md rules 3 and 4): per year, the
/// territorial figure of each GPC sector (unscoped sector and subsector figures as reported,
/// scope-1 reference numbers including I.4.4 and III.x.3), the memo items of scope 2 and 3
/// (VI always), and the national view by UNFCCC category.
struct TerritorialInventory: Sendable {
  struct MemoKey: Hashable, Sendable {
    var scope: Int
    var sector: String
  }
  struct Year: Sendable {
    var sectors: [String: ExactDecimal] = [:]
    var unfccc: [UNFCCCCategory: ExactDecimal] = [:]
    var memo: [MemoKey: ExactDecimal] = [:]
    /// The sum of the sector figures; nil when no sector has a figure.
    var total: ExactDecimal? { sectors.isEmpty ? nil : sectors.values.sum() }
  }

  let methodology: InventoryMethodology
  let baseYear: Int?
  var years: [Int: Year] = [:]

  init(_ inventory: Inventory, gwp: GWPTable, gpc: (String) -> GPCCode?) throws(CompileError) {
    methodology = inventory.methodology
    baseYear = inventory.years.first { $0.baseYear }?.year
    for year in inventory.years {
      var figures = Year()
      for entry in year.entries {
        guard let amount = entry.amount else { continue }
        let tco2e = try Self.co2e(amount, of: entry.gas, gwp: gwp)
        // The code's parts, split once for the sector, the scope and the category.
        let parts = entry.gpc.split(separator: ".")
        let sector = Self.sector(parts: parts, of: entry.gpc)
        if let scope = Self.memoScope(parts: parts, row: gpc(entry.gpc)) {
          figures.memo[MemoKey(scope: scope, sector: sector), default: .zero] += tco2e
          continue
        }
        figures.sectors[sector, default: .zero] += tco2e
        if let category = UNFCCCCategory(gpcParts: parts) { figures.unfccc[category, default: .zero] += tco2e }
      }
      years[year.year] = figures
    }
  }

  /// Rule 4: per-gas amounts with the cycle's GWP table (rounded half-to-even to 6 places),
  /// CO2e and the mixtures HFCs and PFCs as given.
  static func co2e(_ amount: ExactDecimal, of gas: Gas, gwp: GWPTable) throws(CompileError) -> ExactDecimal {
    if gas.isAlreadyWeighted { return amount }
    guard let factor = gwp.factors[gas] else {
      throw .referenceIncomplete("the GWP table \(gwp.id.rawValue) has no factor for \(gas.rawValue)")
    }
    return amount * factor
  }

  static func sector(of gpc: String) -> String {
    sector(parts: gpc.split(separator: ".", maxSplits: 1), of: gpc)
  }

  /// The same from the code's parts (its first part, the code itself if it has none).
  static func sector(parts: [Substring], of gpc: String) -> String {
    parts.first.map(String.init) ?? gpc
  }

  /// The scope of a figure that is a memo item, or nil when it is territorial. VI is never
  /// territorial; sector and subsector figures carry no scope and are territorial; reference
  /// numbers follow the GPC table, else SUBMISSION.md's derivation. `parts`: the code split
  /// at its dots.
  static func memoScope(parts: [Substring], row: GPCCode?) -> Int? {
    if parts.first == "VI" { return 3 }
    if let row {
      if row.level != .referenceNumber { return nil }
      return row.territorial ? nil : (row.scope ?? 3)
    }
    guard parts.count == 3 else { return nil }
    let scope = derivedScope(parts.map(String.init))
    return scope == 1 ? nil : scope
  }

  /// I and II: the third part is the scope, except I.4.4 (scope 1); III: x.1 and x.3 scope 1,
  /// x.2 scope 3; IV and V: scope 1.
  static func derivedScope(_ parts: [String]) -> Int {
    switch parts[0] {
    case "I" where parts[1] == "4" && parts[2] == "4": return 1
    case "I", "II": return Int(parts[2]) ?? 3
    case "III": return parts[2] == "2" ? 3 : 1
    default: return 1
    }
  }
}
