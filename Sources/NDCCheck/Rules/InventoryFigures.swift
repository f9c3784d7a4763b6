import NDCCore

/// The territorial totals of an inventory, per year, in tCO2e: sector and subsector figures
/// and reference numbers that count in the territorial total (GPC table), per-gas amounts
/// converted with the cycle's GWP set. Notation keys and unknown codes contribute nothing.
public struct InventoryFigures: Sendable {
  let inventory: Inventory
  let reference: ReferenceData
  let gwp: GWPTable?
  /// Totals per year index; nil when no GWP table is known (unknown cycle).
  public let totals: [ExactDecimal?]

  init(_ inventory: Inventory, reference: ReferenceData, gwp: GWPTable?) {
    self.inventory = inventory
    self.reference = reference
    self.gwp = gwp
    totals = inventory.years.map { year in
      guard let gwp else { return nil }
      return Self.total(of: year.entries, reference: reference, gwp: gwp) { _ in true }
    }
  }

  /// The index of the first year with this number.
  public func index(ofYear year: Int) -> Int? { inventory.years.firstIndex { $0.year == year } }

  /// The index of the (first) base year.
  public var baseYearIndex: Int? { inventory.years.firstIndex { $0.baseYear } }

  /// The year's total over the entries whose code is one of `sectors` or lies beneath one.
  public func total(yearIndex: Int, covering sectors: [String]) -> ExactDecimal? {
    guard let gwp else { return nil }
    return Self.total(of: inventory.years[yearIndex].entries, reference: reference, gwp: gwp) { code in
      sectors.contains { code == $0 || code.hasPrefix($0 + ".") }
    }
  }

  static func total(
    of entries: [InventoryEntry], reference: ReferenceData, gwp: GWPTable, including: (String) -> Bool
  ) -> ExactDecimal {
    var sum = ExactDecimal.zero
    for entry in entries {
      guard let amount = entry.amount, including(entry.gpc),
        reference.gpcCode(entry.gpc)?.territorial == true,
        let factor = gwp.factors[entry.gas]
      else { continue }
      sum += amount * factor
    }
    return sum
  }
}
