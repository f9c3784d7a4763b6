import Foundation
import NDCCompile
@testable import NDCCore
import NDCEngine
import NDCDocument
import NDCFormats
import NDCTestSupport
import Testing

/// The engine's use cases on inputs in memory give what they give on the same files: the
/// service calls the first, the CLI the second.
@Suite struct EngineTests {
  static let engine: Engine? = try? Engine(reference: ReferenceDataLoader.shipped(), cycle: nil)

  /// Every file of the DK corpus, the valid fixtures and the invalid ones of each kind.
  static let inputs: [URL] = Corpus.files(in: Corpus.dk).prefix(12) + Corpus.files(in: PackageRoot.path("fixtures/valid"))
    + Corpus.files(in: PackageRoot.path("fixtures/invalid/parse"))
    + Corpus.files(in: PackageRoot.path("fixtures/invalid/rules")).prefix(20)

  @Test func bytesInMemoryAreCheckedAsTheFile() throws {
    let engine = try #require(Self.engine)
    #expect(Self.inputs.count > 40)
    for url in Self.inputs {
      let bytes = try [UInt8](Data(contentsOf: url))
      let fromFile = engine.check(path: url.path, index: 0)
      let fromBytes = engine.check(bytes: bytes, path: url.path)
      #expect(JSONReport.fileEntry(fromBytes.outcome) == JSONReport.fileEntry(fromFile.outcome), "\(url.lastPathComponent)")
      #expect(fromBytes.keys == fromFile.keys)
    }
  }

  @Test func aFileThatCannotBeReadIsReportedNotThrown() throws {
    let engine = try #require(Self.engine)
    let checked = engine.check(path: "/nonexistent/ndc/file.xml", index: 3)
    #expect(!checked.outcome.readable)
    #expect(!checked.outcome.valid)
    #expect(checked.outcome.index == 3)
    #expect(checked.outcome.diagnostics.map(\.code) == ["NDC-IO-001"])
  }

  /// The set rules over keys kept per input give the findings of `validate` of the files.
  @Test func setDiagnosticsFromKeysEqualValidatesSetFindings() throws {
    let engine = try #require(Self.engine)
    let folder = PackageRoot.path("fixtures/invalid/rules/NDC-SET-001")
    let files = Corpus.files(in: folder).map(\.path)
    #expect(files.count >= 2)
    let reporter = Collecting()
    let summary = engine.validate(files: files, reporter: reporter)
    #expect(!summary.setDiagnostics.isEmpty)
    let keyed = files.enumerated().map { engine.check(path: $1, index: $0) }
    let models = Dictionary(uniqueKeysWithValues: keyed.map { ($0.outcome.path, $0.model) })
    let set = engine.setDiagnostics(keyed.compactMap(\.keys)) { models[$0.path] ?? nil }
    #expect(set == summary.setDiagnostics)
    #expect(reporter.paths == files)
  }

  /// A compile of bytes in memory writes the bytes a compile of the files writes.
  @Test(arguments: [InputFormat.json, .xml])
  func compileInMemoryEqualsCompileToAFile(format: InputFormat) throws {
    let engine = try #require(Self.engine)
    let files = Corpus.contents(of: Corpus.dk)
    #expect(files.count == 103)
    let options = CompileOptions(toolVersion: ToolVersion.tool)
    let memory = try engine.compile(
      files.map { CompileSource.bytes($0.bytes, path: $0.path) }, options: options, format: format, to: .memory)
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("doc.\(format.rawValue)")
    let onDisk = try engine.compile(
      files.map { CompileSource.file(PackageRoot.path($0.path).path) }, options: options, format: format,
      to: .file(out.path))
    #expect(onDisk.bytes == nil)
    let written = try [UInt8](Data(contentsOf: out))
    let inMemory = try #require(memory.bytes)
    // The documents differ only in each input's path (absolute on disk, relative in memory).
    let root = PackageRoot.url.path + "/"
    #expect(String(decoding: written, as: UTF8.self).replacingOccurrences(of: root, with: "") == String(decoding: inMemory, as: UTF8.self))
    #expect(memory.document.inputs.count == 103)
  }

  @Test func compileRefusesWhenNothingCounts() throws {
    let engine = try #require(Self.engine)
    let bad = Array(#"{"schemaVersion":"1.0"}"#.utf8)
    #expect(throws: CompileSetError.self) {
      try engine.compile([.bytes(bad, path: "x.json")], options: CompileOptions(toolVersion: "t"), format: .json, to: .memory)
    }
  }

  @Test func ruleCatalogueJSONListsEveryRule() throws {
    let data = RuleCatalogueReport.json()
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let rules = try #require(object["rules"] as? [[String: Any]])
    #expect(rules.count > 50)
    #expect(object["rulePack"] as? String == ToolVersion.rulePack)
    #expect(RuleCatalogueReport.explain("ndc-inv-004")?.hasPrefix("NDC-INV-004 — ") == true)
    #expect(RuleCatalogueReport.explain("NDC-XXX-999") == nil)
  }

  final class Collecting: ValidationReporter {
    var paths: [String] = []
    func report(_ file: FileOutcome) { paths.append(file.path) }
    func finish(_ summary: ValidationSummary) {}
  }
}
