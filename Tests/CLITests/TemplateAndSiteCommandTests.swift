import Foundation
import Testing

/// `ndc template` from the accounts, and `ndc export --to html-site`, through the real command.
@Suite("template and html-site", .serialized)
struct TemplateAndSiteCommandTests {
  static func diagnostics(_ stdout: String) throws -> [[String: Any]] {
    let report = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    let files = try #require(report["files"] as? [[String: Any]])
    return files.flatMap { ($0["diagnostics"] as? [[String: Any]]) ?? [] }
  }

  static func pointer(_ d: [String: Any]) -> String { ((d["location"] as? [String: Any])?["pointer"] as? String) ?? "" }

  @Test func aTemplateAsksOnlyForWhatTheMunicipalityMustAdd() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let template = dir.appendingPathComponent("101.json")
    #expect(try CLI.run(["template", "--submitter", "101", "-o", template.path]).status == 0)
    let checked = try CLI.run(["validate", "--format", "json", template.path])
    #expect(checked.status == 1, "the template is incomplete")
    let found = try Self.diagnostics(checked.stdout)
    #expect(!found.isEmpty)
    for d in found {
      #expect(!Self.pointer(d).hasPrefix("/inventory") && !Self.pointer(d).hasPrefix("/dataSources"), "\(d)")
    }
    #expect(found.contains { Self.pointer($0) == "/contact" } && found.contains { Self.pointer($0).hasPrefix("/measures/0") })

    // Completed with what only the municipality knows, the template is valid: its inventory needs nothing.
    var doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: template)) as? [String: Any])
    let fixture = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: CLI.packageRoot.appendingPathComponent("fixtures/dk/101.json"))) as? [String: Any])
    for key in ["submittedAt", "contact", "plan"] { doc[key] = fixture[key] }
    var target = try #require((doc["targets"] as? [[String: Any]])?.first)
    target["reductionPercent"] = 70
    target["status"] = "adopted"
    doc["targets"] = [target]
    var measure = try #require((fixture["measures"] as? [[String: Any]])?.first)
    measure["overlaps"] = nil
    doc["measures"] = [measure]
    let completed = dir.appendingPathComponent("101-completed.json")
    try JSONSerialization.data(withJSONObject: doc).write(to: completed)
    let valid = try CLI.run(["validate", "--format", "json", completed.path])
    #expect(valid.status == 0, "\(valid.stdout)")
    #expect(try Self.diagnostics(valid.stdout).allSatisfy { ($0["severity"] as? String) == "INFO" })

    // --empty: the bare skeleton; a region gets the skeleton too.
    let empty = try CLI.run(["template", "--submitter", "101", "--empty"])
    #expect(empty.status == 0)
    #expect(!empty.stdout.contains("\"inventory\"") && !empty.stdout.contains("\"targets\""))
    let region = try CLI.run(["template", "--submitter", "1084"])
    #expect(region.status == 0)
    #expect(!region.stdout.contains("\"inventory\""))
    let xml = try CLI.run(["template", "--submitter", "851", "--format", "xml"])
    #expect(xml.status == 0)
    #expect(xml.stdout.contains("<methodology>ENS-CO2-regnskab</methodology>"))
  }

  @Test func htmlSiteWritesAFolderAtomically() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let doc = try ExportCommandTests.compiled(in: dir)
    let site = dir.appendingPathComponent("site")
    let made = try CLI.run(["export", "--to", "html-site", "--lang", "da", "-o", site.path, doc.path])
    #expect(made.status == 0, "\(made.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: site.path)
    #expect(names.count == 104)
    #expect(names.contains("index.html") && names.contains("101.html") && names.contains("1084.html"))
    let page = try String(contentsOf: site.appendingPathComponent("101.html"), encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"da\">"))
    let refused = try CLI.run(["export", "--to", "html-site", "-o", site.path, doc.path])
    #expect(refused.status == 2)
    #expect(try CLI.run(["export", "--to", "html-site", "--force", "-o", site.path, doc.path]).status == 0)
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(left == ["contribution.json", "site"], "no temporary folders left behind")
  }
}
