import Foundation
import Testing

/// `ndc export` through the real command: every format, atomic outputs, the folder rule, and
/// exit codes (CLI.md).
@Suite("export command", .serialized)
struct ExportCommandTests {
  static func compiled(in dir: URL, format: String = "json") throws -> URL {
    let doc = dir.appendingPathComponent("contribution.\(format)")
    let r = try CLI.run(["compile", "--quiet", "-o", doc.path, CLI.packageRoot.appendingPathComponent("fixtures/dk").path])
    #expect(r.status == 0, "\(r.stderr)")
    return doc
  }

  @Test func everyFormatFromXMLAndJSONGivesTheSameBytes() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = try Self.compiled(in: dir, format: "json")
    let xml = try Self.compiled(in: dir, format: "xml")
    for format in ["pams-json", "pams-csv", "planning-json", "inventory-csv", "html"] {
      let a = dir.appendingPathComponent("a-\(format)"), b = dir.appendingPathComponent("b-\(format)")
      #expect(try CLI.run(["export", "--to", format, "-o", a.path, json.path]).status == 0)
      #expect(try CLI.run(["export", "--to", format, "-o", b.path, xml.path]).status == 0)
      #expect(try Data(contentsOf: a) == Data(contentsOf: b), "\(format) differs between the XML and JSON document")
    }
    let da = dir.appendingPathComponent("da.html"), en = dir.appendingPathComponent("a-html")
    #expect(try CLI.run(["export", "--to", "html", "--lang", "da", "-o", da.path, json.path]).status == 0)
    #expect(try Data(contentsOf: da) != Data(contentsOf: en))
  }

  @Test func csvFolderIsRefusedWhenNotEmptyUnlessForced() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let doc = try Self.compiled(in: dir)
    let tables = dir.appendingPathComponent("tables")
    #expect(try CLI.run(["export", "--to", "csv", "-o", tables.path, doc.path]).status == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: tables.path)
    for name in ["inventory.csv", "coverage.csv", "inputs.csv", "targets.csv", "measures.csv", "overlaps.csv", "renewables.csv",
      "lowland-soils.csv", "adaptation.csv", "finance.csv", "barriers.csv", "engagement.csv"]
    {
      #expect(names.contains(name), "\(name) missing")
    }
    let header = try String(contentsOf: tables.appendingPathComponent("inventory.csv"), encoding: .utf8).prefix { $0 != "\n" }
    #expect(header == "level,code,name,year,gpc,tco2e,submitters,population_covered")
    let refused = try CLI.run(["export", "--to", "csv", "-o", tables.path, doc.path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("--force"))
    #expect(try CLI.run(["export", "--to", "csv", "--force", "-o", tables.path, doc.path]).status == 0)
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(left == ["contribution.json", "tables"], "no temporary folders left behind")
  }

  @Test func badInputsAndOutputs() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let doc = try Self.compiled(in: dir)
    // A submission is not a contribution document: invalid (1).
    let submission = CLI.packageRoot.appendingPathComponent("fixtures/dk/101.json").path
    #expect(try CLI.run(["export", "--to", "pams-csv", "-o", dir.appendingPathComponent("p.csv").path, submission]).status == 1)
    // A missing input or an output in a missing folder: 2; an unknown format: 2.
    #expect(try CLI.run(["export", "--to", "pams-csv", "-o", dir.appendingPathComponent("p.csv").path, "/no/such.json"]).status == 2)
    #expect(try CLI.run(["export", "--to", "pams-csv", "-o", dir.appendingPathComponent("no/p.csv").path, doc.path]).status == 2)
    #expect(try CLI.run(["export", "--to", "pdf", "-o", dir.appendingPathComponent("p.pdf").path, doc.path]).status == 2)
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(left == ["contribution.json"], "nothing half-written: \(left)")
  }
}
