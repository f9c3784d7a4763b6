import Foundation
@testable import NDCCore
import NDCFormats
import Testing
@testable import NDCCheck

/// fixtures/invalid/rules against the catalogue: on every fixture exactly the findings its
/// manifest entry declares fire (no more, no less), in JSON and converted to XML alike;
/// every per-file rule has a fixture and every set rule a folder.
@Suite struct RuleFixtureTests {
  static let manifest = RuleFixtures.manifest
  static let fileNames = manifest?.fileNames ?? []
  static let setFolders = manifest?.setFolders ?? []
  static let passingFiles = ["PASS-base.json", "PASS-167.json"]

  static func entry(_ name: String) throws -> RuleFixtureManifest.Entry {
    try #require(manifest?.entries[name], "\(name) has no manifest entry")
  }

  static func path(_ name: String) -> String { RuleFixtures.folder.appendingPathComponent(name).path }

  /// Catalogue codes of the given areas.
  static func codes(where area: (String) -> Bool) -> Set<String> {
    Set(RuleCatalogue.all.filter { area($0.area) }.map(\.code))
  }

  @Test func manifestLoadsWithFixtures() {
    #expect(Self.manifest != nil, "fixtures/invalid/rules/manifest.json is missing or malformed")
    #expect(Self.fileNames.count > 40)
    #expect(Self.setFolders.count >= SetRules.all.count)
  }

  @Test(arguments: fileNames) func fileFiresExactlyTheDeclaredFindings(_ name: String) throws {
    let entry = try Self.entry(name)
    let checked = try RuleFixtures.check(Self.path(name), requestedCycle: entry.requestedCycle)
    #expect(RuleFixtures.observed(checked.diagnostics) == entry.expected.sorted())
  }

  @Test(arguments: fileNames) func fixtureNamesTheCodeItFires(_ name: String) throws {
    let entry = try Self.entry(name)
    if name.hasPrefix("PASS-") {
      #expect(entry.expected.isEmpty)
    } else {
      #expect(entry.expected.contains { $0.code + ".json" == name }, "\(name) does not declare its own code")
    }
  }

  @Test(arguments: fileNames) func xmlConversionFiresTheSameFindings(_ name: String) throws {
    let entry = try Self.entry(name)
    let json = try RuleFixtures.check(Self.path(name), requestedCycle: entry.requestedCycle)
    let submission = try #require(json.result.submission, "\(name) did not read into the model")
    let xmlURL = try RuleFixtures.asXML(submission, name: name)
    defer { try? FileManager.default.removeItem(at: xmlURL) }
    let xml = try RuleFixtures.check(xmlURL.path, requestedCycle: entry.requestedCycle)
    #expect(xml.result.format == .xml)
    #expect(RuleFixtures.observed(xml.diagnostics) == RuleFixtures.observed(json.diagnostics))
    let unplaced = xml.diagnostics.filter { $0.location.position == nil }.map { "\($0.code)@\($0.location.pointer.text)" }
    #expect(unplaced == [], "XML findings without line and column")
  }

  @Test func everyPerFileRuleHasAFixture() {
    let perFile = Self.codes { $0 != RuleArea.structure.rawValue && $0 != RuleArea.set.rawValue }
    let fixtures = Set(Self.fileNames.filter { !$0.hasPrefix("PASS-") }.map { String($0.dropLast(".json".count)) })
    #expect(perFile.subtracting(fixtures).sorted() == [], "per-file rules without a fixture")
    #expect(fixtures.subtracting(perFile).sorted() == [], "fixtures named after no per-file rule")
  }

  @Test func everyFixtureFileIsInTheManifest() throws {
    let listed = try FileManager.default.contentsOfDirectory(atPath: RuleFixtures.folder.path)
      .filter { $0 != "manifest.json" && !$0.hasSuffix(".md") }
      .map { $0.hasSuffix(".json") ? $0 : $0 + "/" }
    #expect(Set(listed) == Set(Self.fileNames + Self.setFolders))
  }

  @Test func everySetRuleHasAFolder() {
    let setCodes = Self.codes { $0 == RuleArea.set.rawValue }
    let folders = Set(Self.setFolders.filter { !$0.hasPrefix("PASS-") }.map { String($0.dropLast()) })
    #expect(setCodes == folders)
  }

  @Test(arguments: setFolders) func setFolderFiresExactlyTheDeclaredFindings(_ folder: String) throws {
    let entry = try Self.entry(folder)
    let found = try RuleFixtures.checkSet(folder)
    let expectedFiles = try #require(entry.files, "\(folder) lists no files")
    #expect(Set(found.files.keys) == Set(expectedFiles.keys))
    for (name, expected) in expectedFiles {
      #expect(RuleFixtures.observed(found.files[name] ?? []) == expected.sorted(), "per-file findings of \(folder)\(name)")
    }
    #expect(RuleFixtures.observed(found.set) == entry.expected.sorted())
    if !folder.hasPrefix("PASS-") {
      #expect(entry.expected.contains { $0.code + "/" == folder }, "\(folder) does not declare its own code")
    }
  }

  /// The passing cases, independent of the manifest: the baselines the fixtures are derived
  /// from give no finding at all, and the overlap both sides declare gives no set finding.
  @Test(arguments: passingFiles) func baselineGivesNoFinding(_ name: String) throws {
    #expect(try RuleFixtures.check(Self.path(name)).diagnostics.map(\.code) == [])
  }

  @Test func setBaselineGivesNoFinding() throws {
    let found = try RuleFixtures.checkSet("PASS-set/")
    #expect(found.files.values.flatMap { $0 }.map(\.code) == [])
    #expect(found.set.map(\.code) == [])
  }

  /// fixtures/valid/base.json names a hazard its risk assessment omits; it is the
  /// NDC-ADP-003 fixture, and gives exactly that INFO.
  @Test func committedBaseIsTheADP003Fixture() throws {
    let base = RuleFixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("valid/base.json").path
    let checked = try RuleFixtures.check(base)
    #expect(RuleFixtures.observed(checked.diagnostics) == (try Self.entry("NDC-ADP-003.json")).expected.sorted())
  }
}
