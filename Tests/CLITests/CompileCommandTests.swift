import Foundation
import Testing

/// `ndc compile` through the real command: the document it writes, reproducibility, and the
/// refusals of CLI.md with their exit codes (nothing half-written).
@Suite("compile command", .serialized)
struct CompileCommandTests {
  static let dk = CLI.packageRoot.appendingPathComponent("fixtures/dk").path

  @Test func writesBothFormatsReproduciblyAndTheSchemasAcceptThem() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let xml = dir.appendingPathComponent("c.xml"), json = dir.appendingPathComponent("c.json")
    let again = dir.appendingPathComponent("again.json")
    let r = try CLI.run(["compile", "-o", xml.path, Self.dk])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("103 counted"))
    #expect(try CLI.run(["compile", "-o", json.path, Self.dk]).status == 0)
    #expect(try CLI.run(["compile", "-o", again.path, Self.dk]).status == 0)
    #expect(try Data(contentsOf: json) == Data(contentsOf: again), "two runs give byte-identical files")

    // Independent validators accept what compile writes.
    let xsd = CLI.packageRoot.appendingPathComponent("schemas/contribution-1.0.xsd").path
    let xmllint = try CLI.runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["xmllint", "--noout", "--schema", xsd, xml.path])
    #expect(xmllint.status == 0, "\(xmllint.stderr)")
    let xmlschema = try CLI.runProcess(
      URL(fileURLWithPath: "/usr/bin/env"),
      ["python3", "-c", "import sys, xmlschema; xmlschema.XMLSchema(sys.argv[1]).validate(sys.argv[2])", xsd, xml.path])
    #expect(xmlschema.status == 0, "\(xmlschema.stderr)")
    let jsonText = try String(contentsOf: json, encoding: .utf8)
    let check = try CLI.pythonSchemaCheck(json: jsonText, schema: CLI.packageRoot.appendingPathComponent("schemas/contribution-1.0.schema.json"))
    #expect(check.status == 0, "\(check.stdout)")

    // The two forms are one model: converting the XML document gives the JSON document.
    let converted = dir.appendingPathComponent("converted.json")
    #expect(try CLI.run(["convert", "--to", "json", "-o", converted.path, xml.path]).status == 0)
    #expect(try Data(contentsOf: converted) == Data(contentsOf: json))
  }

  @Test func asOfAfterTheMergerGivesFourRegionsWithTheProvisionalEast() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("c.json")
    let r = try CLI.run(["compile", "--as-of", "2027-06-30", "-o", out.path, Self.dk])
    #expect(r.status == 0, "\(r.stderr)")
    let doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
    let geography = try #require(doc["geography"] as? [String: Any])
    let regions = try #require(geography["regions"] as? [[String: Any]])
    #expect(regions.count == 4)
    let east = try #require(regions.first { $0["code"] as? String == "1086" })
    #expect(east["provisional"] as? Bool == true)
    #expect((east["members"] as? [Any])?.count == 46)
  }

  @Test func refusalsWriteNothing() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let out = dir.appendingPathComponent("c.json")
    // An output path in a missing folder: 2.
    #expect(try CLI.run(["compile", "-o", dir.appendingPathComponent("no/such/c.json").path, Self.dk]).status == 2)
    // An output name that picks no format: 2.
    #expect(try CLI.run(["compile", "-o", dir.appendingPathComponent("c.txt").path, Self.dk]).status == 2)
    // No counting submission: 1.
    let bad = dir.appendingPathComponent("bad.json")
    try "{\"schemaVersion\": \"1.0\"}".write(to: bad, atomically: true, encoding: .utf8)
    let none = try CLI.run(["compile", "-o", out.path, bad.path])
    #expect(none.status == 1)
    #expect(none.stderr.contains("no submission counts"))
    // --strict with an invalid input: 1.
    #expect(try CLI.run(["compile", "--strict", "-o", out.path, Self.dk, bad.path]).status == 1)
    // Without --strict the same inputs compile and the invalid one is listed.
    let lenient = try CLI.run(["compile", "-o", out.path, Self.dk, bad.path])
    #expect(lenient.status == 0)
    #expect(lenient.stdout.contains("excluded: \(bad.path): invalid"))
    try FileManager.default.removeItem(at: out)
    // Unreadable or malformed reference data: 2.
    #expect(try CLI.run(["compile", "--reference", dir.appendingPathComponent("none.json").path, "-o", out.path, Self.dk]).status == 2)
    let malformed = dir.appendingPathComponent("ref.json")
    try "{\"formatVersion\": ".write(to: malformed, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["compile", "--reference", malformed.path, "-o", out.path, Self.dk]).status == 2)
    // Inputs of two cycles without --cycle: 1.
    let other = dir.appendingPathComponent("other.json")
    let text = try String(contentsOfFile: Self.dk + "/101.json", encoding: .utf8)
      .replacingOccurrences(of: "\"cycle\": \"NDC2025\"", with: "\"cycle\": \"NDC2030\"")
    try text.write(to: other, atomically: true, encoding: .utf8)
    #expect(try CLI.run(["compile", "-o", out.path, Self.dk, other.path]).status == 1)
    // With --cycle the other cycle's input is excluded, and the document is written.
    let chosen = try CLI.run(["compile", "--cycle", "NDC2025", "-o", out.path, Self.dk, other.path])
    #expect(chosen.status == 0)
    #expect(chosen.stdout.contains("other-cycle"))
    try FileManager.default.removeItem(at: out)
    // Nothing was left behind by the refusals (no temporary files either).
    let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    #expect(left == ["bad.json", "other.json", "ref.json"])
  }

  /// København's version 1, and version 2 twice with different content: both copies are
  /// duplicates, and version 1 falls back.
  static func copiesAndFallback(in dir: URL) throws {
    let source = try String(contentsOfFile: Self.dk + "/101.json", encoding: .utf8)
    try source.write(to: dir.appendingPathComponent("v1.json"), atomically: true, encoding: .utf8)
    for (name, title) in [("v2a.json", "A"), ("v2b.json", "B")] {
      let text = source.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")
        .replacingOccurrences(of: "\"submissionId\": \"", with: "\"submissionId\": \"\(title)-")
      try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
  }

  @Test func duplicatesAndFallbacksAreListedNotFatal() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.copiesAndFallback(in: dir)
    let out = dir.appendingPathComponent("c.json")
    let r = try CLI.run(["compile", "-o", out.path, dir.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("v2a.json: duplicate"))
    #expect(r.stdout.contains("v2b.json: duplicate"))
    #expect(r.stdout.contains("1 fallback"))
  }

  /// The document's `diagnostics` count the set rules' findings too, as `ndc validate` of the
  /// same inputs reports them (decision 245): here SET-001 on the version-2 copies, SET-003
  /// on the fallback and SET-007 on the overlaps whose counterpart sent nothing. Before, only
  /// the files' own diagnostics were counted.
  @Test func theDocumentCountsTheSetFindingsAsValidateReportsThem() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.copiesAndFallback(in: dir)
    try FileManager.default.copyItem(atPath: Self.dk + "/147.xml", toPath: dir.appendingPathComponent("147.xml").path)
    let out = dir.appendingPathExtension("c.json")
    defer { try? FileManager.default.removeItem(at: out) }
    #expect(try CLI.run(["compile", "-o", out.path, dir.path]).status == 0)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any])
    var compiled: [String: Int] = [:]
    for d in try #require(document["diagnostics"] as? [[String: Any]]) {
      compiled["\(d["code"] as? String ?? "?") \(d["severity"] as? String ?? "?")"] = d["count"] as? Int
    }
    let validate = try CLI.run(["validate", "--format", "json", dir.path])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any])
    var validated: [String: Int] = [:]
    for file in try #require(report["files"] as? [[String: Any]]) {
      for d in file["diagnostics"] as? [[String: Any]] ?? [] {
        validated["\(d["code"] as? String ?? "?") \(d["severity"] as? String ?? "?")", default: 0] += 1
      }
    }
    #expect(compiled == validated)
    #expect(compiled["NDC-SET-001 ERROR"] == 1)
    #expect(compiled["NDC-SET-003 WARNING"] == 1)
    #expect((compiled["NDC-SET-007 INFO"] ?? 0) > 0)
  }

  @Test func theSameSubmissionAsXMLAndJSONIsIdenticalNotDuplicate() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let json = dir.appendingPathComponent("101.json"), xml = dir.appendingPathComponent("101.xml")
    try FileManager.default.copyItem(atPath: Self.dk + "/101.json", toPath: json.path)
    #expect(try CLI.run(["convert", "--to", "xml", "-o", xml.path, json.path]).status == 0)
    let validate = try CLI.run(["validate", "--format", "json", dir.path])
    #expect(validate.status == 0, "two forms of one model are not a duplicate")
    #expect(!validate.stdout.contains("NDC-SET-001"))
    let out = dir.appendingPathComponent("c.json")
    let compile = try CLI.run(["compile", "-o", out.path, json.path, xml.path])
    #expect(compile.status == 0)
    #expect(compile.stdout.contains("1 counted") && compile.stdout.contains("1 identical"))
    // A changed copy of the same version is a duplicate in both commands.
    let changed = try String(contentsOf: json, encoding: .utf8).replacingOccurrences(of: "\"language\": \"da\"", with: "\"language\": \"en\"")
    try changed.write(to: json, atomically: true, encoding: .utf8)
    let again = try CLI.run(["validate", "--format", "json", json.path, xml.path])
    #expect(again.status == 1)
    #expect(again.stdout.contains("NDC-SET-001"))
  }
}
