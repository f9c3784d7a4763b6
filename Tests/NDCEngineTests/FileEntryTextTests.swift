import Foundation
@testable import NDCCore
import NDCDocument
import NDCFormats
import NDCTestSupport
import Testing

@testable import NDCEngine

/// The report's file entry written straight to bytes is Foundation's encoder's text, byte for
/// byte: on every fixture at each minimum severity, and on generated entries with every
/// character the encoder escapes, absent members, empty and cut lists.
@Suite struct FileEntryTextTests {
  static let engine: Engine? = try? Engine(reference: ReferenceDataLoader.shipped(), cycle: nil)

  static func same(_ entry: JSONReport.FileEntry, _ label: String) {
    for prefix in ["", "    "] {
      #expect(FileEntryText.write(entry, prefix: prefix) == JSONReport.encodedFileEntry(entry, prefix: prefix), "\(label) [\(prefix.count)]")
    }
  }

  @Test func everyFixtureAsTheEncoderWritesIt() throws {
    let engine = try #require(Self.engine)
    let folders = ["fixtures/dk", "fixtures/valid", "fixtures/invalid/parse", "fixtures/invalid/schema", "fixtures/invalid/rules"]
    let files = folders.flatMap { Corpus.files(in: PackageRoot.path($0)) }
    #expect(files.count > 150)
    for url in files {
      let outcome = engine.check(path: url.path, index: 0).outcome
      for severity in [Severity.info, .warning, .error] {
        Self.same(JSONReport.FileEntry(outcome, minimumSeverity: severity), "\(url.lastPathComponent) \(severity)")
      }
    }
  }

  static let alphabet: [Character] = Array(
    "aZ09 -_.:/\\\"\u{0}\u{1}\u{7}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F}\u{7F}\u{80}\u{A0}æøå€\u{2028}\u{2029}\u{FEFF}😀")

  static func text(_ r: inout SplitMix, max: Int = 12) -> String {
    String((0..<r.below(max + 1)).map { _ in r.pick(alphabet) })
  }

  @Test func generatedEntriesAsTheEncoderWritesThem() {
    var r = SplitMix(seed: 2027)
    var escapedAll = Set<Character>()
    for n in 0..<400 {
      func maybe(_ s: String) -> String? { r.below(3) == 0 ? nil : s }
      let count = [0, 1, 2, 5, Limits.maxDiagnosticsPerFile + 3][r.below(5)]
      let diagnostics = (0..<count).map { _ in
        Diagnostic(
          code: "NDC-\(Self.text(&r, max: 4))", severity: r.pick(Severity.allCases), message: Self.text(&r, max: 30),
          location: Location(
            pointer: JSONPointer(escaped: Self.text(&r)),
            position: r.below(2) == 0 ? nil : SourcePosition(line: r.below(100_000), column: r.below(500))),
          hint: maybe(Self.text(&r)),
          related: (0..<r.below(3)).map { _ in
            RelatedLocation(path: Self.text(&r), pointer: r.below(2) == 0 ? nil : JSONPointer(escaped: Self.text(&r)))
          })
      }
      let header = SubmissionHeader(
        submitter: maybe(Self.text(&r)), cycle: maybe(Self.text(&r)), version: r.below(3) == 0 ? nil : r.below(1_000_000) - 10,
        submissionId: maybe(Self.text(&r)))
      let entry = JSONReport.FileEntry(
        path: Self.text(&r, max: 40), format: maybe(r.pick(["xml", "json"])), header: header, rulePack: maybe(Self.text(&r)),
        valid: r.below(2) == 0, diagnostics: diagnostics, minimumSeverity: r.pick(Severity.allCases))
      Self.same(entry, "entry \(n)")
      for d in entry.diagnostics { escapedAll.formUnion(d.message) }
    }
    #expect(escapedAll.isSuperset(of: Self.alphabet), "every character was written at least once")
  }
}
