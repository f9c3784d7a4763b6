import Foundation
@testable import NDCCore
import NDCExport
import Testing

@Suite struct PamsExportTests {
  @Test func csvHasExactlyTheColumnsOfCONTRIBUTIONInOrderAndOneRowPerCountedMeasure() throws {
    let doc = try #require(Fixture.document)
    let rows = Fixture.parseCSV(PamsExport.csv(doc))
    #expect(rows.first == [
      "Name of mitigation action", "Description", "Objectives", "Type of instrument", "Status", "Sector(s) affected",
      "Gases affected", "Start year of implementation", "Implementing entity or entities",
      "Estimate of GHG emission reductions achieved (kt CO2 eq)", "Year of achieved estimate",
      "Estimate of GHG emission reductions expected 2030 (kt CO2 eq)", "Estimate of GHG emission reductions expected 2035 (kt CO2 eq)",
      "Estimate of GHG emission reductions expected 2040 (kt CO2 eq)", "Estimate of GHG emission reductions expected 2050 (kt CO2 eq)",
      "Expected 2030 net of overlaps (kt CO2 eq)", "Reporting entity code", "Measure id",
    ])
    let measures = doc.measures.submitters.map(\.measures.count).reduce(0, +)
    #expect(measures > 0)
    #expect(rows.count - 1 == measures)
    #expect(rows.allSatisfy { $0.count == 18 })
    let statuses = Set(rows.dropFirst().map { $0[4] })
    #expect(statuses.isSubset(of: ["Planned", "Adopted", "Implemented", "Expired"]))
  }

  @Test func expectedColumnsSumToTheGrossTotalsAndTheNetColumnToTheNet2030Total() throws {
    let doc = try #require(Fixture.document)
    let rows = Fixture.parseCSV(PamsExport.csv(doc)).dropFirst()
    for (offset, year) in PamsTable.expectedYears.enumerated() {
      let column = rows.compactMap { Fixture.tonnes(fromKt: $0[11 + offset]) }.sum()
      let total = doc.measures.totals.first { $0.year == year && $0.kind == .expected }?.gross ?? .zero
      #expect(column == total, "\(year)")
    }
    let net = rows.compactMap { Fixture.tonnes(fromKt: $0[15]) }.sum()
    let total2030 = try #require(doc.measures.totals.first { $0.year == 2030 && $0.kind == .expected })
    #expect(net == total2030.net)
    #expect(total2030.removed.isPositive, "the corpus has overlaps, so net differs from gross")
    #expect(net != total2030.gross)
  }

  @Test func achievedIsTheLatestAchievedEffect() throws {
    let doc = try #require(Fixture.document)
    let rows = PamsTable.rows(doc)
    let all = doc.measures.submitters.flatMap(\.measures)
    for (row, counted) in zip(rows, all) {
      let latest = counted.settled.filter { $0.kind == .achieved }.map(\.year).max()
      #expect(row.achievedYear == latest)
    }
    #expect(rows.contains { $0.achievedYear != nil })
  }

  @Test func jsonHoldsTheRowsAndSummariesThatAddUpToTheTotals() throws {
    let doc = try #require(Fixture.document)
    let json = try #require(JSONSerialization.jsonObject(with: Data(PamsExport.json(doc).utf8)) as? [String: Any])
    let measures = try #require(json["measures"] as? [[String: Any]])
    #expect(measures.count == PamsTable.rows(doc).count)
    let summary = try #require(json["summary"] as? [String: Any])
    for (name, dimension) in [("byPrimarySector", BreakdownDimension.sector), ("byPrimaryInstrument", .instrument)] {
      let groups = try #require(summary[name] as? [[String: Any]])
      let breakdowns = doc.measures.breakdowns.filter { $0.dimension == dimension }
      #expect(!groups.isEmpty)
      #expect(Set(groups.compactMap { $0["key"] as? String }) == Set(breakdowns.map(\.key)))
      #expect(groups.map { ($0["lines"] as? [Any])?.count ?? 0 }.reduce(0, +) == breakdowns.count)
    }
    // kt in the JSON is the exact text: the 2030 gross total appears verbatim.
    let total2030 = try #require(doc.measures.totals.first { $0.year == 2030 && $0.kind == .expected })
    #expect(PamsExport.json(doc).contains("\"grossKt\": \(Kilotonnes.text(total2030.gross)),"))
    let instrumentNames = try #require(summary["byPrimaryInstrument"] as? [[String: Any]]).compactMap { $0["name"] as? String }
    #expect(Set(instrumentNames).isSubset(of: Set(Instrument.allCases.map(UNFCCCMappings.instrument))))
  }
}
