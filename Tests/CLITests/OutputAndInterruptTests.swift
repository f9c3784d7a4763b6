import Foundation
import NDCTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Decision 254: the file-system edges an audit found — inputs that were lost or misread, an
/// output that replaced an input, a path read as flags, and what an interrupted run left.
@Suite struct OutputAndInterruptTests {
  static let dk = CLI.packageRoot.appendingPathComponent("fixtures/dk")
  static let anXML = "1082.xml"

  @Test func aFilesFromLineWithANULIsRefused() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let list = dir.appendingPathComponent("list")
    try Data((Self.dk.appendingPathComponent("101.json").path + "\u{0}junk\n").utf8).write(to: list)
    let r = try CLI.run(["validate", "--files-from", list.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("line 1 holds a NUL byte"))
    // Without the NUL the same list is read.
    try Data((Self.dk.appendingPathComponent("101.json").path + "\n").utf8).write(to: list)
    #expect(try CLI.run(["validate", "--files-from", list.path]).status == 0)
  }

  @Test func compileDoesNotReplaceOneOfItsInputs() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["101.json", Self.anXML] {
      try FileManager.default.copyItem(at: Self.dk.appendingPathComponent(name), to: dir.appendingPathComponent(name))
    }
    let input = dir.appendingPathComponent("101.json")
    let before = try Data(contentsOf: input)
    // Spelled otherwise than the input: through `..`.
    let output = dir.appendingPathComponent("sub/../101.json").path
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: false)
    let r = try CLI.run(["compile", "-o", output, dir.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("is the input"))
    #expect(try Data(contentsOf: input) == before)
    // Beside the inputs, under another name, it is written.
    #expect(try CLI.run(["compile", "-o", dir.appendingPathComponent("doc.json").path, dir.path]).status == 0)
  }

  @Test func aPathThatStartsWithADashIsNotReadAsFlags() throws {
    let r = try CLI.run(["validate", "-dash.json", Self.dk.appendingPathComponent("101.json").path])
    #expect(r.status == 2)
    #expect(!r.stdout.contains("USAGE"))
    #expect(r.stderr.contains("./-dash.json"))
    #expect(try CLI.run(["validate", "-h"]).status == 0)
  }

  @Test func anOutputDoesNotReplaceANamedPipe() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let pipe = dir.appendingPathComponent("out.json").path
    #expect(mkfifo(pipe, 0o644) == 0)
    let r = try CLI.run(["convert", "--to", "json", "-o", pipe, Self.dk.appendingPathComponent(Self.anXML).path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("named pipe"))
    var info = stat()
    #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  /// An input beyond the system's path length inside a scanned folder is reported, not lost
  /// (an unsearchable folder gives the same, but root searches every folder).
  @Test func anInputBeyondThePathLengthIsReported() throws {
    let dir = try CLI.temporaryDirectory()
    defer { _ = try? CLI.runProcess(URL(fileURLWithPath: "/bin/rm"), ["-rf", dir.path]) }
    var fd = open(dir.path, O_RDONLY | O_DIRECTORY)
    let name = String(repeating: "d", count: 200)
    for _ in 0..<22 {
      #expect(mkdirat(fd, name, 0o755) == 0)
      let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
      close(fd)
      fd = next
    }
    let file = openat(fd, "deep.json", O_WRONLY | O_CREAT, 0o644)
    #expect(file >= 0)
    close(file)
    close(fd)
    let r = try CLI.run(["validate", "--format", "json", dir.path])
    #expect(r.status == 2, "\(r.stdout)")
    #expect(r.stdout.contains("File name too long") || r.stdout.contains("file name too long"), "\(r.stdout.prefix(2000))")
  }

  /// SIGTERM while an html-site is being written: exit 143, and nothing but the old output.
  @Test func anInterruptedExportLeavesNothingBehind() throws {
    let dir = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let doc = dir.appendingPathComponent("doc.json").path
    #expect(try CLI.run(["compile", "-o", doc, Self.dk.path]).status == 0)
    let process = Process()
    process.executableURL = try #require(NDCBinary.url)
    process.arguments = ["export", "--to", "html-site", "-o", dir.appendingPathComponent("site").path, doc]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    var seen = false
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning, Date() < deadline {
      if (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.contains(where: { $0.contains(".tmp-") }) == true {
        kill(process.processIdentifier, SIGTERM)
        seen = true
        break
      }
      usleep(500)
    }
    process.waitUntilExit()
    #expect(seen, "the temporary folder was never seen")
    if seen { #expect(process.terminationStatus == 143) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["doc.json"])
  }
}
