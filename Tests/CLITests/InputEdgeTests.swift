import Foundation
import Testing

/// Issue 16 (1)–(3): inputs at the edges of the file system. Every path named gets its entry,
/// nothing waits on a pipe, an empty folder is an error unless `--allow-empty` says otherwise.
@Suite struct InputEdgeTests {
  static let good = CLI.packageRoot.appendingPathComponent("fixtures/valid/base.json").path

  /// The JSON report's files: path → the codes of its diagnostics.
  static func entries(_ stdout: String) throws -> [String: [String]] {
    let report = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
    let files = try #require(report["files"] as? [[String: Any]])
    var entries: [String: [String]] = [:]
    for file in files {
      let diagnostics = file["diagnostics"] as? [[String: Any]] ?? []
      entries[file["path"] as? String ?? "?"] = diagnostics.compactMap { $0["code"] as? String }
    }
    return entries
  }

  @Test func namedPipeIsRefusedAtOnce() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let pipe = dir.appendingPathComponent("p.xml").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let started = Date()
    let r = try CLI.run(["validate", "--format", "json", pipe])
    #expect(Date().timeIntervalSince(started) < 15)
    #expect(r.status == 2)
    #expect(try Self.entries(r.stdout)[pipe] == ["NDC-IO-001"])
    #expect(r.stderr.contains("\(pipe): cannot be read: is a named pipe, not a regular file"), "\(r.stderr)")
  }

  @Test func missingPathStillGetsAReportAndSoDoesTheGoodFile() throws {
    let r = try CLI.run(["validate", "--format", "json", "missing.xml", Self.good])
    #expect(r.status == 2)
    let entries = try Self.entries(r.stdout)
    #expect(entries["missing.xml"] == ["NDC-IO-001"])
    #expect(entries[Self.good] != nil && entries[Self.good]?.contains("NDC-IO-001") == false)
    #expect(r.stderr.contains("missing.xml: cannot be read: no such file or directory"), "\(r.stderr)")
    #expect(!r.stderr.contains("NSCocoaErrorDomain"))
  }

  @Test func filesFromNamingAMovedFile() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let list = dir.appendingPathComponent("list.txt")
    try "\(Self.good)\n\(dir.path)/moved.json\n".write(to: list, atomically: true, encoding: .utf8)
    let r = try CLI.run(["validate", "--format", "json", "--files-from", list.path])
    #expect(r.status == 2)
    let entries = try Self.entries(r.stdout)
    #expect(entries["\(dir.path)/moved.json"] == ["NDC-IO-001"])
    #expect(entries[Self.good] != nil)
  }

  /// A list written on Windows (CRLF), with an empty line and no line end at the last: each
  /// line one path (decision 245); it was read as one path holding them all.
  @Test func filesFromWithCRLFLines() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let other = CLI.packageRoot.appendingPathComponent("fixtures/dk/101.json").path
    let list = dir.appendingPathComponent("list.txt")
    try Data("\(Self.good)\r\n\r\n\(other)".utf8).write(to: list)
    let r = try CLI.run(["validate", "--format", "json", "--files-from", list.path])
    #expect(r.status != 2, "\(r.stderr)")
    #expect(Set(try Self.entries(r.stdout).keys).subtracting(["(set)"]) == [Self.good, other])
  }

  @Test func allReadableExitsByContentNotTwo() throws {
    let r = try CLI.run(["validate", "--format", "json", Self.good])
    #expect(r.status != 2)
  }

  @Test func emptyFolderFailsLoudly() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "not an input".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    let r = try CLI.run(["validate", "--format", "json", dir.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(dir.path): the folder holds no .xml or .json file"), "\(r.stderr)")
    let compile = try CLI.run(["compile", "-o", dir.appendingPathComponent("out.json").path, dir.path])
    #expect(compile.status == 2)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.json").path))
  }

  @Test func emptyFolderIsFineWhenAllowed() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try CLI.run(["validate", "--format", "json", "--allow-empty", dir.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try Self.entries(r.stdout).isEmpty)
  }

  @Test func folderWithAnInputIsNotEmpty() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: Self.good, toPath: dir.appendingPathComponent("a.json").path)
    let r = try CLI.run(["validate", "--format", "json", dir.path])
    #expect(r.status != 2, "\(r.stderr)")
    #expect(try Self.entries(r.stdout)["\(dir.path)/a.json"] != nil)
  }

  @Test func nonUTF8NameInAFolderIsReported() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(atPath: Self.good, toPath: dir.appendingPathComponent("a.json").path)
    // "K\xF8ge.json": a Latin-1 name.
    let name = Array(dir.path.utf8) + Array("/K".utf8) + [0xF8] + Array("ge.json".utf8) + [0]
    let fd = name.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) } }
    #expect(fd >= 0)
    close(fd)
    let r = try CLI.run(["validate", "--format", "json", dir.path])
    #expect(r.status == 2)
    let entries = try Self.entries(r.stdout)
    #expect(entries["\(dir.path)/K\u{FFFD}ge.json"] == ["NDC-IO-001"], "\(entries.keys.sorted())")
    #expect(entries["\(dir.path)/a.json"] != nil)
    #expect(r.stderr.contains("the name is not UTF-8"), "\(r.stderr)")
  }

  /// Root reads every folder: run as another user only.
  @Test(.enabled(if: getuid() != 0)) func unreadableSubfolderIsReported() throws {
    let dir = try CLI.temporaryDirectory()
    defer {
      chmod(dir.appendingPathComponent("closed").path, 0o755)
      try? FileManager.default.removeItem(at: dir)
    }
    try FileManager.default.copyItem(atPath: Self.good, toPath: dir.appendingPathComponent("a.json").path)
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("closed"), withIntermediateDirectories: false)
    chmod(dir.appendingPathComponent("closed").path, 0)
    let r = try CLI.run(["validate", "--format", "json", dir.path])
    #expect(r.status == 2)
    let entries = try Self.entries(r.stdout)
    #expect(entries["\(dir.path)/closed"] == ["NDC-IO-001"])
    #expect(entries["\(dir.path)/a.json"] != nil)
  }
}
