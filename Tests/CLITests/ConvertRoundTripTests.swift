import Foundation
import Testing

/// SUBMISSION.md's guarantee, through the real command: for every fixture `x`, converting `x`
/// to the other format and back gives exactly `convert(x)` in its own format, byte for byte;
/// and converting is idempotent.
@Suite("convert round trip")
struct ConvertRoundTripTests {
  static let fixtures: [URL] = {
    let dir = CLI.packageRoot.appendingPathComponent("fixtures")
    let folders = ["dk", "valid"]
    return folders.flatMap { folder -> [URL] in
      let url = dir.appendingPathComponent(folder)
      let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
      return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted().map { url.appendingPathComponent($0) }
    }
  }()

  @Test func everyFixtureIsCovered() {
    #expect(Self.fixtures.count >= 105)
  }

  @Test(arguments: fixtures)
  func otherFormatAndBackIsCanonical(_ fixture: URL) throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let own = fixture.pathExtension
    let other = own == "xml" ? "json" : "xml"
    let canonical = dir.appendingPathComponent("canonical.\(own)")
    let there = dir.appendingPathComponent("there.\(other)")
    let back = dir.appendingPathComponent("back.\(own)")
    let again = dir.appendingPathComponent("again.\(own)")
    #expect(try CLI.run(["convert", "--to", own, "-o", canonical.path, fixture.path]).status == 0)
    #expect(try CLI.run(["convert", "--to", other, "-o", there.path, fixture.path]).status == 0)
    #expect(try CLI.run(["convert", "--to", own, "-o", back.path, there.path]).status == 0)
    #expect(try CLI.run(["convert", "--to", own, "-o", again.path, canonical.path]).status == 0)
    let c = try Data(contentsOf: canonical)
    #expect(try Data(contentsOf: back) == c, "\(fixture.lastPathComponent): other format and back differs from convert(x)")
    #expect(try Data(contentsOf: again) == c, "\(fixture.lastPathComponent): convert is not idempotent")
    // The generated fixtures are written canonically already (fixtures/valid is hand-written).
    if fixture.deletingLastPathComponent().lastPathComponent == "dk" {
      #expect(try Data(contentsOf: fixture) == c, "\(fixture.lastPathComponent) is not in canonical form")
    }
  }

  @Test func invalidInputIsNotConvertedAndNothingIsWritten() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = dir.appendingPathComponent("bad.json")
    try "{\"schemaVersion\": \"1.0\"}".write(to: bad, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.xml")
    let r = try CLI.run(["convert", "--to", "xml", "-o", out.path, bad.path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("bad.json"))
    #expect(!FileManager.default.fileExists(atPath: out.path))
    let missingFolder = dir.appendingPathComponent("no/such/folder/out.xml")
    let good = CLI.packageRoot.appendingPathComponent("fixtures/valid/base.json")
    #expect(try CLI.run(["convert", "--to", "xml", "-o", missingFolder.path, good.path]).status == 2)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "bad.json" }
    #expect(leftovers.isEmpty, "no temporary files left: \(leftovers)")
  }
}
