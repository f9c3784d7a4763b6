import Foundation
import NDCCompile
@testable import NDCCore
import NDCStorage
import Testing

@testable import NDCDocument
@testable import NDCFormats

/// Compile's spilled detail copied into the output file in the kernel (`StreamedFile.copy`,
/// `FileRange.copy`) gives the bytes it gives through memory, also when the kernel takes only
/// part of a range or none of it; a spill that cannot be read back still fails the write.
@Suite struct SpilledDetailCopyTests {
  /// A folder of its own, removed afterwards.
  static func withFolder<T>(_ body: (String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-copy-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try body(folder)
  }

  /// A file holding `bytes`, open for reading.
  static func source(_ bytes: [UInt8], in folder: String) throws -> FileHandle {
    let path = folder + "/source"
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    return try #require(FileHandle(forReadingAtPath: path))
  }

  @Test func aRangeIsCopiedAfterWhatWasWrittenBeforeIt() throws {
    try Self.withFolder { folder in
      let text = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      let input = try Self.source(text, in: folder)
      defer { try? input.close() }
      let file = try StreamedFile(path: folder + "/out")
      file.write(Array("before ".utf8))
      let range = FileRange(descriptor: input.fileDescriptor, offset: 1_000, length: 250_000)
      #expect(file.copy(range) == 250_000)
      file.write(Array(" after".utf8))
      try file.commit()
      let written = [UInt8](try #require(FileManager.default.contents(atPath: folder + "/out")))
      #expect(written == Array("before ".utf8) + text[1_000..<251_000] + Array(" after".utf8))
    }
  }

  /// A range that cannot be copied (a descriptor that is not open, a range beyond the end of
  /// the file) is not taken, or taken as far as the file goes: the caller copies the rest.
  @Test func whatCannotBeCopiedIsLeftToTheCaller() throws {
    try Self.withFolder { folder in
      let input = try Self.source(Array(repeating: 0x41, count: 100), in: folder)
      defer { try? input.close() }
      let file = try StreamedFile(path: folder + "/out")
      #expect(file.copy(FileRange(descriptor: -1, offset: 0, length: 10)) == 0)
      #expect(file.copy(FileRange(descriptor: input.fileDescriptor, offset: 60, length: 100)) == 40)
      try file.commit()
      #expect(FileManager.default.contents(atPath: folder + "/out") == Data(repeating: 0x41, count: 40))
    }
  }

  /// How the writer's copy behaves in a test: as the file does, taking half of each range,
  /// or taking nothing.
  enum Taking: CaseIterable { case all, half, nothing }

  /// The DK corpus's document written to a file with its detail spilled, the detail copied
  /// as `taking` says: the bytes of the document that holds its detail. With `all`, the whole
  /// detail went by the kernel (nothing but the document's own text came through memory).
  @Test(arguments: [InputFormat.json, .xml], Taking.allCases)
  func theDKCorpusCopiedIsWrittenByteForByteAsHeld(format: InputFormat, taking: Taking) throws {
    try #require(SpilledDetailTests.dkInputs.count == 103)
    let compiler = Compiler(reference: try ReferenceDataLoader.shipped(), options: CompileOptions(toolVersion: "test"))
    let inputs = SpilledDetailTests.dkInputs
    let held = try SpilledDetailTests.bytes(try compiler.compile(inputs: inputs), as: format)
    let spill = try SpilledDetail(format: format)
    let models = ModelLoaders(peek: { $0.map { inputs[$0.position].submission } }, take: { $0.map { inputs[$0.position].submission } })
    let aggregates = try compiler.compile(records: inputs.enumerated().map { $1.record(position: $0) }, models: models, detail: spill)
    try spill.close()
    try Self.withFolder { folder in
      let file = try StreamedFile(path: folder + "/out")
      var drained = 0
      var copied = 0
      try ContributionWriter.write(aggregates, as: format, spilled: spill, drain: { drained += $0.count; file.write($0) }) { range in
        let offered = switch taking {
          case .all: range
          case .half: FileRange(descriptor: range.descriptor, offset: range.offset, length: range.length / 2)
          case .nothing: FileRange(descriptor: range.descriptor, offset: range.offset, length: 0)
        }
        let n = file.copy(offered)
        copied += n
        return n
      }
      try file.commit()
      let written = [UInt8](try #require(FileManager.default.contents(atPath: folder + "/out")))
      // Compared to a Bool: a failure's diff of two megabytes would take the test run minutes.
      let same = written == held
      #expect(same, "the written document differs from the held one (\(written.count) bytes against \(held.count))")
      #expect(drained + copied == held.count)
      switch taking {
      case .all: #expect(copied > held.count / 2, "the detail went by the kernel")
      case .half: #expect(copied > 0 && copied < held.count / 2)
      case .nothing: #expect(copied == 0)
      }
    }
  }

  /// A spilled list that cannot be read back fails the write with a copy too: the kernel
  /// takes nothing from it, and the read that follows names the list.
  @Test(arguments: [InputFormat.json, .xml])
  func aSpillThatCannotBeReadBackFailsTheCopy(format: InputFormat) throws {
    let submissions = [T.submission("101", measures: [T.measure("a")]), T.submission("147", measures: [T.measure("b")])]
    let compiler = T.compiler()
    let inputs = submissions.map { T.input($0) }
    let models = ModelLoaders(peek: { $0.map { inputs[$0.position].submission } }, take: { $0.map { inputs[$0.position].submission } })
    let spill = try SpilledDetail(format: format)
    let aggregates = try compiler.compile(records: inputs.enumerated().map { $1.record(position: $0) }, models: models, detail: spill)
    try spill.close()
    spill.breakReadsForTesting()
    try Self.withFolder { folder in
      let file = try StreamedFile(path: folder + "/out")
      var copied = 0
      let failure = #expect(throws: InputError.self) {
        try ContributionWriter.write(aggregates, as: format, spilled: spill, drain: file.write) { range in
          let n = file.copy(range)
          copied += n
          return n
        }
      }
      file.discard()
      #expect(copied == 0)
      #expect(failure?.reason.contains("cannot be read back") == true, "\(failure?.reason ?? "")")
    }
  }
}
