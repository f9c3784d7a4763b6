import NDCCompile
@testable import NDCCore
import NDCFormats
import Testing

/// The counted models are loaded again in batches of `loadBatch`; the document does not
/// depend on the batch size.
@Suite struct BatchedLoadTests {
  static let submissions = [
    T.submission("101", measures: [T.measure("a", effects: [(2030, "10")], overlaps: [T.overlap("147", "b", "0.5")])]),
    T.submission("101", version: 2, measures: [T.measure("a", effects: [(2030, "12")], overlaps: [T.overlap("147", "b", "0.5")])]),
    T.submission("147", measures: [T.measure("b", effects: [(2030, "8")])]),
    T.submission("253"),
    T.submission("1084", level: .region, years: [(2020, [T.entry("I", "300")])]),
  ]

  /// The document compiled from records with batches of `batch`, the batch sizes asked for,
  /// and the paths peeked at for the overlap ledger.
  static func compiled(batch: Int) throws -> (ContributionDocument, [Int], [String]) {
    let inputs = submissions.map { T.input($0) }
    var compiler = T.compiler()
    compiler.loadBatch = batch
    let sizes = Box<Int>()
    let peeked = Box<String>()
    let document = try compiler.compile(
      records: inputs.enumerated().map { $1.record(position: $0) },
      models: ModelLoaders(
        peek: { records in
          peeked.values += records.map(\.path)
          return records.map { inputs[$0.position].submission }
        },
        take: { records in
          sizes.values.append(records.count)
          return records.map { inputs[$0.position].submission }
        }))
    return (document, sizes.values, peeked.values)
  }

  final class Box<T>: @unchecked Sendable { var values: [T] = [] }

  @Test func smallBatchesGiveTheDocumentOfOneBatch() throws {
    let (whole, wholeSizes, peeked) = try Self.compiled(batch: 512)
    let (batched, batchedSizes, _) = try Self.compiled(batch: 2)
    #expect(batched == whole)
    #expect(whole.inputs.filter { $0.status.counts }.count == 4)
    #expect(wholeSizes.max() == 4)  // the four counted models at once
    #expect(batchedSizes.max() == 2)
    #expect(batchedSizes.filter { $0 == 2 }.count == 2)  // four counted models in two batches
    #expect(ContributionWriter.write(batched, as: .json) == ContributionWriter.write(whole, as: .json))
    // Only the counted submissions whose measures take part in an overlap are read for the
    // ledger: 101's second version (declaring) and 147 (named), not 253 or the region.
    #expect(peeked == ["in/101-v2.json", "in/147-v1.json"])
    #expect(whole.measures.ledger.count == 1)
  }

  /// A file the ledger was settled from must be read again the same; one that is not is only
  /// excluded as invalid.
  @Test func aFileTheLedgerReadThatChangesStopsTheCompile() throws {
    let inputs = Self.submissions.map { T.input($0) }
    let records = inputs.enumerated().map { $1.record(position: $0) }
    let peek: Compiler.Loader = { $0.map { inputs[$0.position].submission } }
    func loader(failing path: String) -> Compiler.Loader {
      { $0.map { $0.path == path ? nil : inputs[$0.position].submission } }
    }
    #expect(throws: CompileError.changedDuringCompile("in/147-v1.json")) {
      try T.compiler().compile(records: records, models: ModelLoaders(peek: peek, take: loader(failing: "in/147-v1.json")))
    }
    let document = try T.compiler().compile(records: records, models: ModelLoaders(peek: peek, take: loader(failing: "in/253-v1.json")))
    #expect(document.status(of: "in/253-v1.json") == .invalid)
    #expect(document.measures.ledger.count == 1)
  }

  /// The selection tells a duplicated version by peeking at the models; only the counted
  /// inputs are taken, each once — so a kept model is never read from its file again.
  @Test func selectionPeeksAndEachCountedModelIsTakenOnce() throws {
    let inputs = [T.submission("253"), T.submission("253"), T.submission("147")].enumerated().map { i, s in
      T.input(s, path: "in/\(i).json")
    }
    let peeked = Box<String>()
    let taken = Box<String>()
    let document = try T.compiler().compile(
      records: inputs.enumerated().map { $1.record(position: $0) },
      models: ModelLoaders(
        peek: { records in
          peeked.values += records.map(\.path)
          return records.map { inputs[$0.position].submission }
        },
        take: { records in
          taken.values += records.map(\.path)
          return records.map { inputs[$0.position].submission }
        }))
    #expect(Set(peeked.values) == ["in/0.json", "in/1.json"])  // the two copies of 253 v1, for their fingerprints
    #expect(taken.values.count == Set(taken.values).count)
    #expect(Set(taken.values) == Set(document.inputs.filter { $0.status.counts }.map(\.path)))
    #expect(taken.values.count == 2)
  }
}
