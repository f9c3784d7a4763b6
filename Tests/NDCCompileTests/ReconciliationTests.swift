import Foundation
import NDCCompile
@testable import NDCCore
import NDCFormats
import Testing
import NDCTestSupport

/// Issue 4's reconciliation: the real 2018–2023 figures of all 98 municipalities, compiled as
/// submissions, give exactly the national, regional and sector totals that
/// `scripts/reconcile-reference.py` computes independently (fixtures/expected/reconciliation.json).
@Suite struct ReconciliationTests {
  static let root = PackageRoot.url
  static let sectors = ["energi": "I", "transport": "II", "affald": "III", "industri": "IV", "landbrug": "V"]

  /// One submission per municipality from the CSV: every year, one CO2e entry per ENS sector.
  static func realSubmissions() throws -> [Submission] {
    let csv = try String(contentsOf: root.appendingPathComponent("reference/source/dk-municipal-emissions-2018-2023.csv"), encoding: .utf8)
    var entries: [String: [Int: [InventoryEntry]]] = [:]
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
      let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard let gpc = sectors[f[3]], let year = Int(f[2]), let amount = ExactDecimal(f[4]) else { continue }
      entries[f[0], default: [:]][year, default: []].append(InventoryEntry(gpc: gpc, gas: .co2e, amount: amount))
    }
    return entries.map { code, years in
      T.submission(code, years: years.keys.sorted().map { ($0, years[$0]!.sorted { $0.gpc < $1.gpc }) })
    }
  }

  static func compile(_ inputs: [CompileInput]) throws -> ContributionDocument {
    try Compiler(reference: ReferenceDataLoader.shipped(), options: CompileOptions(toolVersion: "test")).compile(inputs: inputs)
  }

  @Test func everyNationalRegionalAndSectorTotalEqualsTheIndependentSums() throws {
    let submissions = try Self.realSubmissions()
    #expect(submissions.count == 98)
    let doc = try Self.compile(submissions.map { T.input($0) })
    let data = try Data(contentsOf: Self.root.appendingPathComponent("fixtures/expected/reconciliation.json"))
    let expected = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let years = try #require(expected["years"] as? [[String: Any]])
    #expect(years.count == 6)
    for y in years {
      let year = y["year"] as! Int
      #expect(doc.figure(.nation, "DK", year, "total")?.tco2e == ExactDecimal(y["national"] as! String))
      #expect(doc.figure(.nation, "DK", year, "total")?.submitters == 98)
      for (sector, value) in y["sectors"] as! [String: String] {
        #expect(doc.figure(.nation, "DK", year, sector)?.tco2e == ExactDecimal(value), "\(year) \(sector)")
      }
      for (region, figures) in y["regions"] as! [String: [String: Any]] {
        #expect(doc.figure(.region, region, year, "total")?.tco2e == ExactDecimal(figures["total"] as! String), "\(year) \(region)")
        for (sector, value) in figures["sectors"] as! [String: String] {
          #expect(doc.figure(.region, region, year, sector)?.tco2e == ExactDecimal(value), "\(year) \(region) \(sector)")
        }
      }
    }
    #expect(doc.figure(.nation, "DK", 2023, "total")?.tco2e == T.d("34039453.5"))
  }

  @Test func asOf2027GivesFourRegionsWithTheProvisionalEasternRegionOf46() throws {
    let submissions = try Self.realSubmissions()
    let doc = try Compiler(reference: ReferenceDataLoader.shipped(), options: CompileOptions(asOf: T.date("2027-06-30"), toolVersion: "test"))
      .compile(inputs: submissions.map { T.input($0) })
    #expect(doc.geography.regions.count == 4)
    let east = try #require(doc.geography.regions.first { $0.code == "1086" })
    #expect(east.provisional)
    #expect(east.members.count == 46)
    #expect(east.predecessors == ["1084", "1085"])
    let expected = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("fixtures/expected/reconciliation.json"))) as? [String: Any])
    let y2023 = (expected["years"] as! [[String: Any]]).first { $0["year"] as! Int == 2023 }!
    let regions = y2023["regions"] as! [String: [String: Any]]
    let eastTotal = ExactDecimal(regions["1084"]!["total"] as! String)! + ExactDecimal(regions["1085"]!["total"] as! String)!
    #expect(doc.figure(.region, "1086", 2023, "total")?.tco2e == eastTotal)
    #expect(doc.figure(.nation, "DK", 2023, "total")?.tco2e == T.d("34039453.5"))
  }
}
