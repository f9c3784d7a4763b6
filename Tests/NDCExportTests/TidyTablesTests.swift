import Foundation
@testable import NDCCore
import NDCExport
import Testing

@Suite struct TidyTablesTests {
  @Test func theFolderHasEveryTableOfCLIWithAHeaderRow() throws {
    let doc = try #require(Fixture.document)
    guard case .folder(let files) = Exporter.export(doc, as: .csv) else { Issue.record("csv is a folder"); return }
    let names = files.map(\.name)
    for name in ["inventory.csv", "coverage.csv", "inputs.csv", "targets.csv", "measures.csv", "overlaps.csv", "renewables.csv",
                 "lowland-soils.csv", "adaptation.csv", "finance.csv", "barriers.csv", "engagement.csv"] {
      #expect(names.contains(name), "\(name)")
    }
    for file in files {
      let rows = Fixture.parseCSV(file.text)
      let header = try #require(rows.first)
      #expect(Set(header).count == header.count, "\(file.name)")
      #expect(rows.allSatisfy { $0.count == header.count }, "\(file.name)")
      #expect(!file.text.contains("\r"), "LF only: \(file.name)")
    }
  }

  @Test func inventoryCSVHasExactlyItsColumnsAndOneRowPerFigure() throws {
    let doc = try #require(Fixture.document)
    let table = TidyTables.tables(doc).first { $0.name == "inventory.csv" }!.table
    let rows = Fixture.parseCSV(table.text)
    #expect(rows.first == ["level", "code", "name", "year", "gpc", "tco2e", "submitters", "population_covered"])
    #expect(rows.count - 1 == doc.inventory.figures.count)
    let nation2023 = rows.first { $0[0] == "nation" && $0[3] == "2023" && $0[4] == "total" }
    #expect(nation2023?[1] == "DK")
    #expect(nation2023.flatMap { ExactDecimal($0[5]) } == doc.inventory.figures.first { $0.level == .nation && $0.year == 2023 && $0.gpc == "total" }?.tco2e)
  }

  @Test func rowCountsFollowTheDocument() throws {
    let doc = try #require(Fixture.document)
    let counts = Dictionary(uniqueKeysWithValues: TidyTables.tables(doc).map { ($0.name, $0.table.rows.count) })
    #expect(counts["inputs.csv"] == doc.inputs.count)
    #expect(counts["coverage.csv"] == doc.coverage.areas.count)
    #expect(counts["overlaps.csv"] == doc.measures.ledger.count)
    #expect(counts["renewables.csv"] == doc.renewables.count)
    #expect(counts["finance.csv"] == doc.finance.count)
    #expect(counts["targets.csv"] == doc.targets.submitters.map(\.targets.count).reduce(0, +))
    #expect(counts["measures.csv"] == doc.measures.submitters.flatMap(\.measures).map { max(1, $0.settled.count) }.reduce(0, +))
    #expect(counts["submitters.csv"] == 103)
  }

  @Test func theMeasuresTableGrossAddsUpToTheTotals() throws {
    let doc = try #require(Fixture.document)
    let rows = Fixture.parseCSV(TidyTables.tables(doc).first { $0.name == "measures.csv" }!.table.text)
    let header = rows[0]
    let (year, kind, gross, net) = (header.firstIndex(of: "year")!, header.firstIndex(of: "kind")!, header.firstIndex(of: "gross_tco2e")!, header.firstIndex(of: "net_tco2e")!)
    for total in doc.measures.totals {
      let lines = rows.dropFirst().filter { $0[year] == String(total.year) && $0[kind] == total.kind.rawValue }
      #expect(lines.map { ExactDecimal($0[gross])! }.sum() == total.gross)
      #expect(lines.map { ExactDecimal($0[net])! }.sum() == total.net)
    }
  }
}
