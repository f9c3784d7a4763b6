import NDCCompile
@testable import NDCCore
import Testing

/// CONTRIBUTION.md rules 3 and 4: territorial totals and CO2-equivalents.
@Suite struct InventoryTests {
  @Test func sectorAndSubsectorFiguresAreTerritorialAndTotalIsTheirSum() throws {
    let s = T.submission("101", years: [(2020, [T.entry("I.1", "10.5"), T.entry("I.2", "4.5"), T.entry("II", "-3"), T.entry("V", "-7.25")])])
    let doc = try T.compile([s])
    #expect(doc.figure(.municipality, "101", 2020, "I")?.tco2e == T.d("15"))
    #expect(doc.figure(.municipality, "101", 2020, "II")?.tco2e == T.d("-3"))
    #expect(doc.figure(.municipality, "101", 2020, "V")?.tco2e == T.d("-7.25"))
    #expect(doc.figure(.municipality, "101", 2020, "III") == nil)
    #expect(doc.figure(.municipality, "101", 2020, "total")?.tco2e == T.d("4.75"))
  }

  @Test func scopeOneReferenceNumbersCountAndScopeTwoAndThreeAreMemo() throws {
    let s = T.submission("101", years: [(2020, [
      T.entry("I.1.1", "100"), T.entry("I.1.2", "40"), T.entry("I.1.3", "5"), T.entry("I.4.4", "20"),
      T.entry("III.1.1", "3"), T.entry("III.1.2", "7"), T.entry("III.1.3", "2"), T.entry("VI", "11"),
    ])])
    let doc = try T.compile([s])
    #expect(doc.figure(.municipality, "101", 2020, "I")?.tco2e == T.d("120"))
    #expect(doc.figure(.municipality, "101", 2020, "III")?.tco2e == T.d("5"))
    #expect(doc.figure(.municipality, "101", 2020, "total")?.tco2e == T.d("125"))
    let memo = doc.inventory.memo.filter { $0.level == .municipality }
    #expect(memo.map { "\($0.scope) \($0.gpc) \($0.tco2e)" } == ["2 I 40", "3 I 5", "3 III 7", "3 VI 11"])
    #expect(doc.inventory.figures.allSatisfy { $0.gpc != "VI" })
  }

  @Test func perGasAmountsUseTheCycleGWPAndCO2eIsTakenAsGiven() throws {
    let s = T.submission("101", years: [(2020, [
      InventoryEntry(gpc: "V", gas: .ch4, amount: T.d("1.234567")), InventoryEntry(gpc: "V", gas: .n2o, amount: T.d("2")),
      InventoryEntry(gpc: "V", gas: .co2, amount: T.d("-10")), InventoryEntry(gpc: "IV", gas: .hfcs, amount: T.d("3.5")),
      InventoryEntry(gpc: "II", gas: .co2e, amount: T.d("8")), InventoryEntry(gpc: "I", gas: .ch4, notationKey: .notOccurring),
    ])])
    let doc = try T.compile([s])
    // 1.234567 × 28 = 34.567876; 2 × 265 = 530
    #expect(doc.figure(.municipality, "101", 2020, "V")?.tco2e == T.d("554.567876"))
    #expect(doc.figure(.municipality, "101", 2020, "IV")?.tco2e == T.d("3.5"))
    #expect(doc.figure(.municipality, "101", 2020, "I") == nil)
  }

  @Test func regionRowsAreSumsOfMembersAndNationIsSumOfRegions() throws {
    let subs = [
      T.submission("101", years: [(2020, [T.entry("I", "1.000001")]), (2021, [T.entry("I", "2")])]),
      T.submission("147", years: [(2020, [T.entry("I", "0.000002"), T.entry("II", "5")])], methodology: .gpcBasic),
      T.submission("751", years: [(2020, [T.entry("II", "7")])]),
    ]
    let doc = try T.compile(subs)
    let hovedstaden = try #require(doc.figure(.region, "1084", 2020, "I"))
    #expect(hovedstaden.tco2e == T.d("1.000003"))
    #expect(hovedstaden.submitters == 2)
    #expect(hovedstaden.populationCovered == 700000)
    #expect(hovedstaden.methodologies == [MethodologyCount(methodology: .gpcBasic, submitters: 1), MethodologyCount(methodology: .ens, submitters: 1)])
    #expect(doc.figure(.nation, "DK", 2020, "total")?.tco2e == T.d("13.000003"))
    #expect(doc.figure(.nation, "DK", 2020, "II")?.inputs.count == 2)
    for year in [2020, 2021] {
      for gpc in InventoryFigureKey.sectors + [InventoryFigureKey.total] {
        let regions = doc.inventory.figures.filter { $0.level == .region && $0.year == year && $0.gpc == gpc }.map(\.tco2e).sum()
        let municipalities = doc.inventory.figures.filter { $0.level == .municipality && $0.year == year && $0.gpc == gpc }.map(\.tco2e).sum()
        #expect(doc.figure(.nation, "DK", year, gpc)?.tco2e ?? .zero == regions)
        #expect(regions == municipalities)
      }
    }
  }

  @Test func regionInventoryIsComparedNeverAdded() throws {
    let region = T.submission("1084", level: .region, years: [(2020, [T.entry("I", "330")])])
    let doc = try T.compile([T.submission("101"), T.submission("147"), region])
    #expect(doc.figure(.region, "1084", 2020, "total")?.tco2e == T.d("200"))
    let c = try #require(doc.inventory.regionComparison.first)
    #expect(c.regionTotal == T.d("330"))
    #expect(c.membersTotal == T.d("200"))
    #expect(c.difference == T.d("130"))
    #expect(c.differencePercent == T.d("65"))
  }

  @Test func unfcccViewSplitsAFOLUOnlyWhenSubsectorsAreGiven() throws {
    let subs = [
      T.submission("101", years: [(2020, [T.entry("I", "10"), T.entry("II", "5"), T.entry("V.1", "3"), T.entry("V.2", "-1"), T.entry("V.3", "2")])]),
      T.submission("147", years: [(2020, [T.entry("III", "4"), T.entry("IV", "1"), T.entry("V", "6")])]),
    ]
    let doc = try T.compile(subs)
    let view = Dictionary(uniqueKeysWithValues: doc.inventory.unfccc.map { ($0.category, $0.tco2e) })
    #expect(view == [.energy: T.d("10"), .transport: T.d("5"), .agriculture: T.d("5"), .lulucf: T.d("-1"),
                     .agricultureAndLULUCF: T.d("6"), .waste: T.d("4"), .ippu: T.d("1")])
    #expect(view.values.sum() == doc.figure(.nation, "DK", 2020, "total")?.tco2e)
  }
}
