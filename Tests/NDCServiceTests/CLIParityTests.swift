import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import NDCService

/// The service and the CLI on the same bytes: the same verdict and diagnostics, the same
/// compiled document.
@Suite("the service equals the CLI")
struct CLIParityTests {
  static let binary: URL? = {
    for config in ["debug", "release"] {
      let url = Harness.packageRoot.appendingPathComponent(".build/\(config)/ndc")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
  }()

  static func run(_ arguments: [String], in directory: URL) throws -> (Int32, Data) {
    let process = Process()
    process.executableURL = try #require(binary, "build ndc first")
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
  }

  /// A file's entry without its path, with `path`'s own name in related locations as `SELF`.
  static func entry(_ object: Any?, path: String) -> NSDictionary {
    var text = String(decoding: (try? JSONSerialization.data(withJSONObject: object ?? [:])) ?? Data(), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"path\":\"\(path.replacingOccurrences(of: "/", with: "\\/"))\"", with: "\"path\":\"SELF\"")
    let d = NSMutableDictionary(dictionary: (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:])
    d.removeObject(forKey: "path")
    return d
  }

  static let samples = [
    "fixtures/dk/101.json", "fixtures/dk/147.xml", "fixtures/valid/base.json", "fixtures/invalid/parse/NDC-STR-001.json",
    "fixtures/invalid/parse/NDC-STR-003.xml", "fixtures/invalid/rules/NDC-INV-001.json", "fixtures/invalid/rules/NDC-MEA-001.json",
  ]

  @Test("verdict and diagnostics equal `ndc validate --format json --cycle NDC2025` on one file", arguments: samples)
  func verdict(_ path: String) async throws {
    let body = try Harness.fixture(path)
    let submitter = Harness.engine.check(bytes: Array(body), path: "x").submitter ?? "147"
    let h = try await Harness.make(store: MemoryStore(), submitters: [submitter])
    let (status, cli) = try Self.run(["validate", "--format", "json", "--cycle", "NDC2025", path], in: Harness.packageRoot)
    let report = try JSONSerialization.jsonObject(with: cli) as? [String: Any]
    // The file's entry, with the set findings of the (set) entry appended (the service reports
    // them in the file's own report) and the file's verdict over both.
    let files = try #require(report?["files"] as? [[String: Any]])
    var file = files[0]
    let set = files.first { $0["path"] as? String == "(set)" }?["diagnostics"] as? [Any] ?? []
    file["diagnostics"] = (file["diagnostics"] as? [Any] ?? []) + set
    file["valid"] = (report?["valid"] as? Bool) ?? false
    let expected = Self.entry(file, path: path)
    let cliValid = status == 0
    nonisolated(unsafe) let want = expected
    try await h.test { client in
      let r = try await client.call(.post, "/v1/submissions", token: h.submitters[submitter], body: body)
      #expect(r.status == (cliValid ? .created : .unprocessableContent))
      #expect(r.json["valid"] as? Bool == cliValid)
      let id = r.json["id"] as? String ?? ""
      #expect(Self.entry(r.json["report"], path: "submissions/\(id)") == want, "\(path)")
    }
  }

  @Test("a compilation equals `ndc compile` of the same counted bytes")
  func compilation() async throws {
    let h = try await Harness.make(store: MemoryStore(), submitters: ["101", "147", "151", "1081"])
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-parity-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("submissions"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try await h.test { client in
      for (code, file) in [("101", "101.json"), ("147", "147.xml"), ("151", "151.json"), ("1081", "1081.json")] {
        _ = try await client.call(.post, "/v1/submissions", token: h.submitters[code], body: try Harness.fixture("fixtures/dk/\(file)"))
      }
      // An invalid later version, excluded with its reason by both.
      let broken = String(decoding: withVersion(try Harness.fixture("fixtures/dk/151.json"), 2), as: UTF8.self)
        .replacingOccurrences(of: "\"cycle\": \"NDC2025\"", with: "\"cycle\": \"NDC2025\", \"bogus\": 1")
      let invalid = try await client.call(.post, "/v1/submissions", token: h.submitters["151"], body: Data(broken.utf8))
      #expect(invalid.status == .unprocessableContent)
      // A body whose submitter can be read but not its version (version null): an input, invalid,
      // as for the CLI (decision 242); one whose submitter cannot be read: no input.
      var object = try #require(try JSONSerialization.jsonObject(with: try Harness.fixture("fixtures/dk/101.json")) as? [String: Any])
      object["version"] = nil
      let versionless = try await client.call(
        .post, "/v1/submissions", token: h.submitters["101"], body: try JSONSerialization.data(withJSONObject: object))
      #expect(versionless.status == .unprocessableContent)
      #expect(versionless.json["version"] is NSNull)
      let versionlessId = try #require(versionless.json["id"] as? String)
      let garbage = try await client.call(.post, "/v1/submissions", token: h.submitters["147"], body: Data("not a submission".utf8))
      #expect(garbage.status == .unprocessableContent)
      let garbageId = try #require(garbage.json["id"] as? String)
      let made = try await client.call(.post, "/v1/compilations", token: h.ministry, body: Data("{}".utf8))
      #expect(made.status == .created)
      let id = try #require(made.json["id"] as? String)
      let document = try await client.call(.get, "/v1/compilations/\(id)", token: h.ministry)
      var paths: [String] = []
      let excluded = try #require(made.json["excluded"] as? [[String: Any]])
      #expect(excluded.contains { $0["id"] as? String == versionlessId && $0["status"] as? String == "invalid" })
      #expect(!excluded.contains { $0["id"] as? String == garbageId })
      #expect(made.json["inputs"] as? Int == 6)
      for row in try await h.store.submissions(cycle: "NDC2025", submitter: nil) where row.id != garbageId {
        let bytes = try #require(try await h.store.submissionBytes(id: row.id))
        try bytes.write(to: folder.appendingPathComponent("submissions/\(row.id)"))
        paths.append("submissions/\(row.id)")
      }
      let asOf = try #require(made.json["asOf"] as? String)
      let at = try #require(made.json["compiledAt"] as? String)
      let (status, _) = try Self.run(["compile", "--cycle", "NDC2025", "--as-of", asOf, "--compiled-at", at, "-o", "out.json"] + paths, in: folder)
      #expect(status == 0)
      let cli = try Data(contentsOf: folder.appendingPathComponent("out.json"))
      #expect(cli == document.data)
    }
  }
}
