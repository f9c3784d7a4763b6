import Foundation
import NDCCompile
@testable import NDCCore
import NDCDocument
import NDCFormats
import NDCStorage
import Testing

/// The streamed contribution writer gives the bytes of the whole-document writers, whatever
/// the chunking, and writes the output file only on commit.
@Suite struct StreamedWriterTests {
  static func streamed(_ document: ContributionDocument, as format: InputFormat) throws -> (text: String, chunks: Int) {
    var bytes: [UInt8] = []
    var chunks = 0
    try ContributionWriter.write(document, as: format) { chunk in
      bytes += chunk
      chunks += 1
    }
    return (String(decoding: bytes, as: UTF8.self), chunks)
  }

  @Test(arguments: [InputFormat.xml, .json])
  func streamedTextIsTheWholeDocumentWritersText(format: InputFormat) throws {
    let document = try ContributionFormatTests.richDocument()
    let whole = ContributionWriter.write(document, as: format)
    let streamed = try Self.streamed(document, as: format)
    #expect(streamed.text == whole)
    #expect(streamed.chunks == 1)  // a small document: one chunk, at the end
  }

  @Test(arguments: [InputFormat.xml, .json])
  func emptyListsAreLeftOutAndEmptyObjectsWrittenAsTheWholeWriterDoes(format: InputFormat) throws {
    var document = try ContributionFormatTests.richDocument()
    document.renewables = []
    document.engagement = EngagementSummary()
    document.adaptation = AdaptationSummary()
    let whole = ContributionWriter.write(document, as: format)
    #expect(try Self.streamed(document, as: format).text == whole)
    #expect(!whole.contains("renewables"))
    #expect(whole.contains(format == .json ? #""engagement": {}"# : "<engagement/>"))
  }

  /// Long lists are written on all cores in chunks of 256 items, 32 chunks a window: just
  /// below and at the threshold, and across a window's end.
  @Test(arguments: [511, 512, 513, 8_193, 12_000])
  func aLargeDocumentIsHandedOverInSeveralChunksWithTheSameBytes(count: Int) throws {
    var document = try ContributionFormatTests.richDocument()
    let input = document.inputs[0]
    document.inputs = (1...count).map { i in
      var copy = input
      copy.index = i
      copy.path = "corpus/\(i).json"
      return copy
    }
    for format in [InputFormat.xml, .json] {
      let streamed = try Self.streamed(document, as: format)
      #expect(streamed.chunks > (count > 5_000 ? 1 : 0))
      #expect(streamed.text == ContributionWriter.write(document, as: format))
    }
  }

  /// Lists of few, long objects (the nation's and the regions' inventory rows, each naming
  /// every input it sums) are written from their models one after the other, handed over as
  /// the buffer fills.
  @Test(arguments: [1, 2, 33, 70, 130])
  func fewLongObjectsAreWrittenFromTheirModelsWithTheSameBytes(count: Int) throws {
    var document = try ContributionFormatTests.richDocument()
    let figure = try #require(document.inventory.figures.first)
    document.inventory.figures = (0..<count).map { i in
      var copy = figure
      copy.year = 2000 + i % 24
      copy.inputs = Array(1...(500 + 37 * i))
      return copy
    }
    for format in [InputFormat.xml, .json] {
      #expect(try Self.streamed(document, as: format).text == ContributionWriter.write(document, as: format))
    }
  }

  @Test func theFileAppearsOnlyOnCommit() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-streamed-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/out.json"
    let file = try StreamedFile(path: path)
    file.write(Array("{}\n".utf8))
    #expect(!FileManager.default.fileExists(atPath: path))
    try file.commit()
    #expect(FileManager.default.contents(atPath: path) == Data("{}\n".utf8))

    let discarded = try StreamedFile(path: folder + "/other.json")
    discarded.write(Array("x".utf8))
    discarded.discard()
    #expect(!FileManager.default.fileExists(atPath: folder + "/other.json"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
  }

  @Test func aMissingFolderIsRefused() {
    #expect(throws: InputError.self) { try StreamedFile(path: "/nonexistent-ndc-folder/out.json") }
  }
}
