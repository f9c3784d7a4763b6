import Foundation
@testable import NDCCore
import NDCFormats
@testable import NDCCheck
import NDCTestSupport

/// fixtures/invalid/rules/manifest.json: for every fixture (a file, or a folder ending in
/// `/` for a set rule) every finding expected on it, co-firing rules included.
struct RuleFixtureManifest: Decodable {
  struct Related: Decodable, Hashable, CustomStringConvertible {
    var path: String
    var pointer: String?
    var description: String { "\(path)#\(pointer ?? "")" }
  }

  /// One expected finding; `related` only for set rules.
  struct Expected: Decodable, Hashable, Comparable, CustomStringConvertible {
    var code: String
    var pointer: String
    var related: [Related]?
    static func < (a: Self, b: Self) -> Bool { a.description < b.description }
    var description: String {
      "\(code)@\(pointer)" + (related.map { " related " + $0.map(\.description).joined(separator: ", ") } ?? "")
    }
  }

  struct Entry: Decodable {
    /// The findings on the file, or for a set folder the set findings.
    var expected: [Expected]
    /// The `--cycle` the file is checked with (NDC-IDN-005 only).
    var requestedCycle: String?
    /// Set folders: the per-file findings of each member file.
    var files: [String: [Expected]]?
  }

  var entries: [String: Entry]

  init(from decoder: any Decoder) throws {
    entries = try [String: Entry](from: decoder)
  }

  var fileNames: [String] { entries.keys.filter { !$0.hasSuffix("/") }.sorted() }
  var setFolders: [String] { entries.keys.filter { $0.hasSuffix("/") }.sorted() }
}

/// Reads and checks the rule fixtures the way `ndc validate` does, keeping (code, pointer,
/// position, related) of every finding.
enum RuleFixtures {
  static let folder = PackageRoot.path("fixtures/invalid/rules")

  static let manifest: RuleFixtureManifest? = try? JSONDecoder().decode(
    RuleFixtureManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))

  struct Checked {
    var result: ReadResult
    /// Structure-level and per-file rule diagnostics, located in the document.
    var diagnostics: [Diagnostic]
    var valid: Bool { !diagnostics.contains { $0.severity.invalidates } }
  }

  static func check(_ path: String, requestedCycle: String? = nil) throws -> Checked {
    let result = try SubmissionReader().read(path: path)
    var diagnostics = result.diagnostics
    if let submission = result.submission {
      diagnostics += SubmissionChecker(reference: try ReferenceDataLoader.shipped(), requestedCycle: requestedCycle)
        .check(submission).diagnostics
    }
    return Checked(result: result, diagnostics: diagnostics.map(result.located))
  }

  static func observed(_ diagnostics: [Diagnostic]) -> [RuleFixtureManifest.Expected] {
    diagnostics.map { d in
      RuleFixtureManifest.Expected(
        code: d.code, pointer: d.location.pointer.text,
        related: d.related.isEmpty ? nil : d.related.map { .init(path: $0.path, pointer: $0.pointer?.text) })
    }.sorted()
  }

  /// The set diagnostics of a folder's files, read in name order with their names as paths.
  static func checkSet(_ folderName: String) throws -> (files: [String: [Diagnostic]], set: [Diagnostic]) {
    let url = folder.appendingPathComponent(folderName)
    let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted()
    var setChecker = SetChecker(reference: try ReferenceDataLoader.shipped(), requestedCycle: nil)
    var files: [String: [Diagnostic]] = [:]
    var models: [String: Submission] = [:]
    for (i, name) in names.enumerated() {
      let checked = try check(url.appendingPathComponent(name).path)
      files[name] = checked.diagnostics
      models[name] = checked.result.submission
      setChecker.add(SetKeys(index: i, path: name, result: checked.result, valid: checked.valid))
    }
    return (files, setChecker.finish { key in models[key.path].map(SetKeys.fingerprint(of:)) }.diagnostics)
  }

  /// The submission of a JSON fixture written as XML to a temporary file.
  static func asXML(_ submission: Submission, name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("ndc-rulefix-\(UUID().uuidString)-\(name)").appendingPathExtension("xml")
    try Data(SubmissionWriter.write(submission, as: .xml).utf8).write(to: url)
    return url
  }
}
