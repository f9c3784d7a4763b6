import Foundation
@testable import NDCCore
import NDCFormats
import Testing
@testable import NDCCheck
import NDCTestSupport

/// The realistic corpus (fixtures/dk) against the full catalogue: no ERROR or BLOCKER, and
/// exactly the WARNINGs and INFOs of the committed manifest fixtures/expected/dk-findings.json.
@Suite struct DKFixtureTests {
  static let root = PackageRoot.url

  struct ExpectedFinding: Codable, Hashable, Comparable {
    var file: String
    var code: String
    var pointer: String
    var reason: String?
    static func < (a: Self, b: Self) -> Bool { (a.file, a.code, a.pointer) < (b.file, b.code, b.pointer) }
  }

  /// Every finding of the rules on fixtures/dk, per file name.
  static func findings() throws -> [ExpectedFinding] {
    let reference = try ReferenceDataLoader.shipped()
    let reader = try SubmissionReader()
    let checker = SubmissionChecker(reference: reference, requestedCycle: nil)
    let folder = root.appendingPathComponent("fixtures/dk")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted()
    var found: [ExpectedFinding] = []
    for name in names {
      let result = try reader.read(path: folder.appendingPathComponent(name).path)
      for d in result.diagnostics { found.append(.init(file: name, code: d.code, pointer: d.location.pointer.text, reason: d.message)) }
      guard let submission = result.submission else { continue }
      for d in checker.check(submission).diagnostics {
        found.append(.init(file: name, code: d.code, pointer: d.location.pointer.text, reason: d.message))
      }
    }
    return found
  }

  static let corpusPresent = FileManager.default.fileExists(atPath: root.appendingPathComponent("fixtures/dk").path)

  @Test(.enabled(if: corpusPresent)) func noErrorAndExactlyTheExpectedFindings() throws {
    let found = try Self.findings()
    let severe = found.filter { RuleCatalogue.rule($0.code).map { $0.severity.invalidates } ?? true }
    #expect(severe.map { "\($0.file) \($0.code) \($0.pointer): \($0.reason ?? "")" } == [])
    let manifest = Self.root.appendingPathComponent("fixtures/expected/dk-findings.json")
    if ProcessInfo.processInfo.environment["NDC_UPDATE_DK_FINDINGS"] == "1" {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try (encoder.encode(found.sorted()) + Data("\n".utf8)).write(to: manifest)
    }
    let expected = try JSONDecoder().decode([ExpectedFinding].self, from: Data(contentsOf: manifest))
    let key = { (f: ExpectedFinding) in "\(f.file) \(f.code) \(f.pointer)" }
    #expect(found.map(key).sorted() == expected.map(key).sorted())
  }
}
