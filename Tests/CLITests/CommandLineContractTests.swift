import Foundation
import Testing

/// The public interface of CLI.md: exit codes, report shapes, catalogue commands.
@Suite("CLI contract")
struct CommandLineContractTests {
  @Test func versionNamesToolAndRulePack() throws {
    let root = try CLI.run(["--version"])
    #expect(root.status == 0)
    #expect(root.stdout.contains("ndc ") && root.stdout.contains("NDC2025-1"))
    let sub = try CLI.run(["validate", "--version"])
    #expect(sub.status == 0)
    #expect(sub.stdout == root.stdout)
  }

  @Test func usageErrorExitsTwo() throws {
    #expect(try CLI.run(["validate", "--no-such-flag", "x"]).status == 2)
    #expect(try CLI.run(["validate"]).status == 2)
    #expect(try CLI.run(["no-such-command"]).status == 2)
  }

  @Test func missingInputExitsTwo() throws {
    let r = try CLI.run(["validate", "does/not/exist.xml"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("does/not/exist.xml"))
  }

  @Test func rulesJSONMatchesItsSchema() throws {
    let r = try CLI.run(["rules", "--format", "json"])
    #expect(r.status == 0)
    let check = try CLI.pythonSchemaCheck(json: r.stdout, schema: CLI.packageRoot.appendingPathComponent("schemas/cli/rules.schema.json"))
    #expect(check.status == 0, "\(check.stdout)")
    let catalogue = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let rules = try #require(catalogue?["rules"] as? [[String: Any]])
    #expect(rules.count >= 40)
    let codes = rules.compactMap { $0["code"] as? String }
    #expect(Set(codes).count == codes.count, "codes are unique")
  }

  @Test func explainKnownAndUnknownCodes() throws {
    let known = try CLI.run(["explain", "NDC-STR-003"])
    #expect(known.status == 0)
    #expect(known.stdout.contains("DOCTYPE"))
    let unknown = try CLI.run(["explain", "NDC-XXX-999"])
    #expect(unknown.status == 2)
  }

  @Test func invalidFileExitsOneWithCaretAndNoColourWhenPiped() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("bad.xml")
    try "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"b\">]>\n<submission/>\n".write(to: file, atomically: true, encoding: .utf8)
    let r = try CLI.run(["validate", file.path])
    #expect(r.status == 1)
    #expect(r.stdout.contains("error") || r.stdout.contains("blocker"))
    #expect(r.stdout.contains("[NDC-STR-003]"))
    #expect(r.stdout.contains("^"))
    #expect(!r.stdout.contains("\u{1B}["), "no colour when not on a terminal")
  }

  /// Decision 247: a submission's member name and a path with escape sequences reach neither
  /// standard output nor standard error as escapes, nor a line break as a line of the report.
  @Test func submittedTextReachesTheTerminalAsTextOnly() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("esc.json")
    try #"{"schemaVersion":"1.0","\u001b]0;pwned\u0007\u001b[2J\n1 files, 1 valid":1}"#.write(to: file, atomically: true, encoding: .utf8)
    let missing = dir.appendingPathComponent("missing\u{1B}[31mX.json").path
    for args in [["validate", file.path], ["validate", missing]] {
      let r = try CLI.run(args)
      #expect(r.status != 0)
      #expect(!r.stdout.contains("\u{1B}") && !r.stderr.contains("\u{1B}"), "\(args)")
      #expect(!r.stdout.contains("\n1 files, 1 valid"))
    }
    let r = try CLI.run(["validate", file.path])
    #expect(r.stdout.contains("\u{241B}]0;pwned\u{2407}\u{241B}[2J\u{240A}1 files, 1 valid"))
  }

  @Test func jsonReportMatchesItsSchemaAndNamesEveryFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "{\"schemaVersion\": \"2.0\"}\n".write(to: dir.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
    try "not a submission".write(to: dir.appendingPathComponent("b.xml"), atomically: true, encoding: .utf8)
    try "ignored".write(to: dir.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
    try "{}".write(to: dir.appendingPathComponent(".hidden.json"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["validate", "--format", "json", dir.path])
    #expect(r.status == 1)
    let check = try CLI.pythonSchemaCheck(json: r.stdout, schema: CLI.packageRoot.appendingPathComponent("schemas/cli/validate-report.schema.json"))
    #expect(check.status == 0, "\(check.stdout)")
    let report = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let files = try #require(report?["files"] as? [[String: Any]])
    let paths = files.compactMap { $0["path"] as? String }
    #expect(paths == [dir.appendingPathComponent("a.json").path, dir.appendingPathComponent("b.xml").path])
    let codes = files.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
    #expect(codes == ["NDC-STR-009", "NDC-STR-001"])
    #expect(report?["valid"] as? Bool == false)
    #expect(files.first?["submitter"] is NSNull)
  }

  @Test func templateValidatesToAListOfWhatToFillIn() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for format in ["json", "xml"] {
      let out = dir.appendingPathComponent("t.\(format)")
      let t = try CLI.run(["template", "--submitter", "0101", "--format", format, "-o", out.path])
      #expect(t.status == 0, "\(t.stderr)")
      let text = try String(contentsOf: out, encoding: .utf8)
      #expect(text.contains("København"))
      let v = try CLI.run(["validate", "--format", "json", out.path])
      #expect(v.status == 1)
      #expect(v.stdout.contains("NDC-SCH-001"), "missing members are listed")
      let report = try JSONSerialization.jsonObject(with: Data(v.stdout.utf8)) as? [String: Any]
      let summary = try #require(report?["summary"] as? [String: Any])
      #expect(summary["BLOCKER"] as? Int == 0, "a template is readable: no BLOCKER")
    }
    #expect(try CLI.run(["template", "--submitter", "999"]).status == 2)
  }
}
