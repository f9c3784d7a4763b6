import Foundation
import NDCCompile
@testable import NDCCore
import NDCFormats
import Testing

/// The generated DK corpus (fixtures/dk), read by the real readers and compiled: its
/// inventories are the real figures, so the totals equal the independent reconciliation sums.
@Suite struct FixtureCorpusTests {
  @Test func compiledCorpusReconcilesWithTheIndependentSums() throws {
    let folder = ReconciliationTests.root.appendingPathComponent("fixtures/dk")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted()
    try #require(!names.isEmpty)
    let reader = try SubmissionReader()
    let inputs = try names.map { name in
      let path = folder.appendingPathComponent(name).path
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
      return CompileInput(bytes: bytes, read: reader.read(bytes: bytes, path: "fixtures/dk/" + name))
    }
    let doc = try ReconciliationTests.compile(inputs)
    let counted = doc.inputs.filter { $0.status.counts && $0.level == .municipality }
    #expect(counted.count == 98, "\(doc.inputs.filter { !$0.status.counts }.prefix(3).map(\.reason))")
    let expected = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: ReconciliationTests.root.appendingPathComponent("fixtures/expected/reconciliation.json"))) as? [String: Any])
    for y in expected["years"] as! [[String: Any]] {
      let year = y["year"] as! Int
      #expect(doc.figure(.nation, "DK", year, "total")?.tco2e == ExactDecimal(y["national"] as! String), "\(year)")
      for (region, figures) in y["regions"] as! [String: [String: Any]] {
        #expect(doc.figure(.region, region, year, "total")?.tco2e == ExactDecimal(figures["total"] as! String), "\(year) \(region)")
      }
    }
  }
}
