import Foundation
import NDCCompile
@testable import NDCCore
import NDCStorage
import Testing

@testable import NDCDocument
@testable import NDCFormats

/// Compile's per-submitter detail spilled to temporary files and copied in by the streamed
/// writer gives the bytes of the document that holds it, in both formats.
@Suite struct SpilledDetailTests {
  /// The DK corpus (fixtures/dk) as compile inputs.
  static let dkInputs: [CompileInput] = {
    let folder = ReconciliationTests.root.appendingPathComponent("fixtures/dk")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted() ?? []
    let reader = try! SubmissionReader()
    return names.map { name in
      let bytes = [UInt8]((try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data())
      return CompileInput(bytes: bytes, read: reader.read(bytes: bytes, path: "fixtures/dk/" + name))
    }
  }()

  static func bytes(_ document: ContributionDocument, as format: InputFormat, spilled: SpilledDetail? = nil) throws -> [UInt8] {
    var out: [UInt8] = []
    try ContributionWriter.write(document, as: format, spilled: spilled) { out += $0 }
    return out
  }

  /// Compiles `inputs` twice, with the detail in the document and spilled, and writes both.
  static func both(_ inputs: [CompileInput], compiler: Compiler, as format: InputFormat) throws -> (held: [UInt8], spilled: [UInt8], aggregates: ContributionDocument) {
    let held = try compiler.compile(inputs: inputs)
    let spill = try SpilledDetail(format: format)
    let records = inputs.enumerated().map { $1.record(position: $0) }
    let aggregates = try compiler.compile(
      records: records, models: ModelLoaders(peek: { $0.map { inputs[$0.position].submission } }, take: { $0.map { inputs[$0.position].submission } }), detail: spill)
    try spill.close()
    return (try bytes(held, as: format), try bytes(aggregates, as: format, spilled: spill), aggregates)
  }

  /// In one batch, and in batches of 20: then a batch's last task writes a short text before
  /// the next batch's first writes a long one (which goes to the file past the buffer).
  @Test(arguments: [InputFormat.json, .xml], [256, 20])
  func theDKCorpusSpilledIsWrittenByteForByteAsHeld(format: InputFormat, batch: Int) throws {
    try #require(Self.dkInputs.count == 103)
    var compiler = Compiler(reference: try ReferenceDataLoader.shipped(), options: CompileOptions(toolVersion: "test"))
    compiler.loadBatch = batch
    let (held, spilled, aggregates) = try Self.both(Self.dkInputs, compiler: compiler, as: format)
    #expect(held.count > 1_000_000)
    #expect(spilled == held ? true : false, "the spilled document differs from the held one")
    // The document held only the aggregates: no municipality's rows, no submitter's lists.
    #expect(!aggregates.inventory.figures.isEmpty)
    #expect(aggregates.inventory.figures.allSatisfy { $0.level != .municipality })
    #expect(aggregates.inventory.memo.allSatisfy { $0.level != .municipality })
    #expect(aggregates.targets.submitters.isEmpty && aggregates.measures.submitters.isEmpty)
    #expect(aggregates.renewables.isEmpty && aggregates.engagement.byKind.isEmpty)
    #expect(!aggregates.measures.totals.isEmpty && !aggregates.measures.ledger.isEmpty)
  }

  /// Lists with nothing held before the spilled items (targets), with both (figures), and
  /// with nothing at all (renewables): the JSON commas and the left-out empty lists.
  @Test(arguments: [InputFormat.json, .xml])
  func listsWithAndWithoutHeldItemsAndEmptyListsAreWrittenAsHeld(format: InputFormat) throws {
    let submissions = [
      T.submission("101", targets: [], measures: [T.measure("a", overlaps: [T.overlap("147", "b", "0.5")])]),
      T.submission("147", measures: [T.measure("b")]),
      T.submission("1084", level: .region, years: [(2020, [T.entry("I", "300")])]),
    ]
    let (held, spilled, aggregates) = try Self.both(submissions.map { T.input($0) }, compiler: T.compiler(), as: format)
    #expect(spilled == held ? true : false, "the spilled document differs from the held one")
    let text = String(decoding: held, as: UTF8.self)
    #expect(!text.contains("renewables"))
    #expect(aggregates.inventory.figures.contains { $0.level == .nation })
    #expect(aggregates.measures.ledger.count == 1)
  }

  /// A spilled list that cannot be read back fails the writing that reads it, naming the
  /// list, instead of leaving a document without its detail (or surfacing later elsewhere).
  @Test(arguments: [InputFormat.json, .xml])
  func aSpillThatCannotBeReadBackFailsTheWrite(format: InputFormat) throws {
    let submissions = [T.submission("101", measures: [T.measure("a")]), T.submission("147", measures: [T.measure("b")])]
    let compiler = T.compiler()
    let inputs = submissions.map { T.input($0) }
    let records = inputs.enumerated().map { $1.record(position: $0) }
    let models = ModelLoaders(peek: { $0.map { inputs[$0.position].submission } }, take: { $0.map { inputs[$0.position].submission } })
    let whole = try Self.bytes(try compiler.compile(inputs: inputs), as: format)

    let spill = try SpilledDetail(format: format)
    let aggregates = try compiler.compile(records: records, models: models, detail: spill)
    try spill.close()
    spill.breakReadsForTesting()
    var written: [UInt8] = []
    let failure = #expect(throws: InputError.self) {
      try ContributionWriter.write(aggregates, as: format, spilled: spill) { written += $0 }
    }
    let reason = failure?.reason ?? ""
    #expect(reason.contains("cannot be read back"), "\(reason)")
    #expect(["inventory.figures", "targets.submitters", "measures.submitters"].contains { reason.contains("document's \($0) written ahead") }, "\(reason)")
    #expect(written != whole, "what was written is incomplete")

    // The same, unbroken: no failure, the whole document.
    let intact = try SpilledDetail(format: format)
    let again = try compiler.compile(records: records, models: models, detail: intact)
    try intact.close()
    #expect(try Self.bytes(again, as: format, spilled: intact) == whole)
  }

  /// Texts of every size appended to a spilled list (short ones through the buffer, long ones
  /// straight to the file) read back in the order they came.
  @Test func textsOfEverySizeReadBackInTheirOrder() throws {
    let list = try SpilledList(path: ["inventory", "figures"], format: .json)
    let chunk = SpilledList.chunkSize
    var expected: [UInt8] = []
    for (k, size) in [10, chunk / 2, 3, chunk / 2 - 1, chunk - 5, 7, 2 * chunk + 1, 1, 1, chunk / 4, chunk].enumerated() {
      let text = [UInt8](repeating: UInt8(ascii: "a") + UInt8(k), count: size)
      list.append(text, count: 1)
      expected += text
    }
    #expect(list.close() == nil)
    var read: [UInt8] = []
    try list.read(skipping: 0, copy: nil) { read += $0 }
    #expect(read.count == expected.count)
    #expect(read == expected ? true : false)
  }

  @Test func theSpillLeavesNoFileBehind() throws {
    let folder = FileManager.default.temporaryDirectory.path
    func spills() -> Int {
      ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("ndc-spill-\(ProcessInfo.processInfo.processIdentifier)-") }.count
    }
    let spill = try SpilledDetail(format: .json)
    let detail = SubmitterDetail(
      targets: SubmitterTargets(level: .municipality, code: "101", region: "1084", input: 1, targets: [], counting2030: nil),
      measures: SubmitterMeasures(level: .municipality, code: "101", region: "1084", input: 1, measures: []))
    spill.add(Array(repeating: detail, count: 40))
    try spill.close()
    #expect(spills() == 0)
  }
}
