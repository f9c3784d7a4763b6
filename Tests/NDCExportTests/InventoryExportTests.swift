@testable import NDCCore
import NDCExport
import Testing

@Suite struct InventoryExportTests {
  @Test func inventoryCSVReconcilesWithTheDocumentForTheNationAndEachRegion() throws {
    let doc = try #require(Fixture.document)
    let rows = Fixture.parseCSV(InventoryUNFCCCExport.csv(doc))
    #expect(rows.first == ["level", "code", "name", "year", "row", "unfccc", "unfccc_name", "gpc", "scope", "tco2e"])
    let body = rows.dropFirst()
    #expect(Set(body.map { $0[0] }) == ["nation", "region"])
    let totals = doc.inventory.figures.filter { $0.level != .municipality && $0.gpc == InventoryFigureKey.total }
    #expect(body.filter { $0[4] == "total" }.count == totals.count)
    for total in totals {
      let key = [total.level.rawValue, total.code, String(total.year)]
      let sectors = body.filter { Array($0[0...1]) + [$0[3]] == key && $0[4] == "sector" }
      #expect(!sectors.isEmpty)
      #expect(sectors.map { ExactDecimal($0[9])! }.sum() == total.tco2e, "\(key)")
      #expect(body.contains { Array($0[0...1]) + [$0[3]] == key && $0[4] == "total" && ExactDecimal($0[9]) == total.tco2e })
    }
  }

  /// The corpus reports territorial figures only, so memo items are added to a copy.
  @Test func memoRowsForScope2And3OfTheNationAndRegionsOnly() throws {
    var doc = try #require(Fixture.document)
    #expect(!Fixture.parseCSV(InventoryUNFCCCExport.csv(doc)).contains { $0[4] == "memo" })
    doc.inventory.memo = [
      MemoFigure(level: .nation, code: "DK", year: 2023, scope: 2, gpc: "I", tco2e: ExactDecimal("12.5")!, inputs: [1]),
      MemoFigure(level: .region, code: "1084", year: 2023, scope: 3, gpc: "VI", tco2e: ExactDecimal("7")!, inputs: [1]),
      MemoFigure(level: .municipality, code: "101", year: 2023, scope: 2, gpc: "I", tco2e: ExactDecimal("1")!, inputs: [1]),
    ]
    let memo = Fixture.parseCSV(InventoryUNFCCCExport.csv(doc)).filter { $0[4] == "memo" }
    #expect(memo.map { [$0[0], $0[1], $0[3], $0[5], $0[7], $0[8], $0[9]] } == [
      ["nation", "DK", "2023", "1", "I", "2", "12.5"], ["region", "1084", "2023", "", "VI", "3", "7"],
    ])
  }

  @Test func theNationUsesTheUNFCCCViewAndRegionsMapSectorVAsNotSeparable() throws {
    let doc = try #require(Fixture.document)
    let body = Fixture.parseCSV(InventoryUNFCCCExport.csv(doc)).dropFirst()
    let nation = body.filter { $0[0] == "nation" && $0[4] == "sector" }
    #expect(nation.count == doc.inventory.unfccc.count)
    #expect(nation.allSatisfy { UNFCCCCategory(rawValue: $0[5]) != nil })
    let regionV = body.filter { $0[0] == "region" && $0[4] == "sector" && $0[7] == "V" }
    #expect(!regionV.isEmpty)
    #expect(regionV.allSatisfy { $0[5] == "3+4" && $0[6] == "Agriculture and LULUCF (not separable)" })
    #expect(body.filter { $0[0] == "region" && $0[4] == "sector" && $0[7] == "I" }.allSatisfy { $0[5] == "1" })
  }
}
