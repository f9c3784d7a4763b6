import NDCCompile
import NDCCore
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

  /// The document compiled from records with batches of `batch`, and the batch sizes asked for.
  static func compiled(batch: Int) throws -> (ContributionDocument, [Int]) {
    let inputs = submissions.map { T.input($0) }
    var compiler = T.compiler()
    compiler.loadBatch = batch
    let sizes = Box()
    let document = try compiler.compile(records: inputs.enumerated().map { $1.record(position: $0) }) { records in
      sizes.values.append(records.count)
      return records.map { inputs[$0.position].submission }
    }
    return (document, sizes.values)
  }

  final class Box: @unchecked Sendable { var values: [Int] = [] }

  @Test func smallBatchesGiveTheDocumentOfOneBatch() throws {
    let (whole, wholeSizes) = try Self.compiled(batch: 512)
    let (batched, batchedSizes) = try Self.compiled(batch: 2)
    #expect(batched == whole)
    #expect(whole.inputs.filter { $0.status.counts }.count == 4)
    #expect(wholeSizes.max() == 4)  // the four counted models at once
    #expect(batchedSizes.max() == 2)
    #expect(batchedSizes.filter { $0 == 2 }.count == 2)  // four counted models in two batches
    #expect(ContributionWriter.write(batched, as: .json) == ContributionWriter.write(whole, as: .json))
  }
}
