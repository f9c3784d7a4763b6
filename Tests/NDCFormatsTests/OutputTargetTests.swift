import Foundation
@testable import NDCStorage
import NDCTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Decision 254: what an output may replace, the permissions it keeps, the same file under
/// another name, and what an interruption undoes.
@Suite struct OutputTargetTests {
  @Test func aNamedPipeIsNotReplacedAndAPrivateFileStaysPrivate() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let pipe = dir.appendingPathComponent("pipe").path
    #expect(mkfifo(pipe, 0o644) == 0)
    #expect(throws: InputError.self) { try AtomicFile.write("x", to: pipe) }
    #expect(throws: InputError.self) { _ = try StreamedFile(path: pipe) }
    var info = stat()
    #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    let file = dir.appendingPathComponent("private.json").path
    try AtomicFile.write("a", to: file)
    chmod(file, 0o600)
    try AtomicFile.write("b", to: file)
    #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o600)
    let streamed = try StreamedFile(path: file)
    streamed.write(Array("c".utf8))
    try streamed.commit()
    #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "c")
    // A path ending in `/` names a folder: no file is written in its stead.
    #expect(throws: InputError.self) { try AtomicFile.write("e", to: dir.appendingPathComponent("r.html").path + "/") }
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.html").path))
    // A new file gets the usual mode.
    let fresh = dir.appendingPathComponent("fresh.json").path
    try AtomicFile.write("d", to: fresh)
    #expect(stat(fresh, &info) == 0 && info.st_mode & 0o777 != 0o600)
  }

  @Test func theSameFileUnderAnotherName() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let a = dir.appendingPathComponent("a.json").path
    try AtomicFile.write("{}", to: a)
    let link = dir.appendingPathComponent("link.json").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: a)
    #expect(OutputTarget.sameFile(a, among: ["x", link]) == link)
    #expect(OutputTarget.sameFile(dir.appendingPathComponent("b.json").path, among: [a, link]) == nil)
  }

  @Test func anInterruptionRemovesTheTemporaryAndPutsBackWhatWasMovedAside() throws {
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fm = FileManager.default
    let temporary = dir.appendingPathComponent(".out.tmp-1").path
    let aside = dir.appendingPathComponent(".site.old-1").path
    let target = dir.appendingPathComponent("site").path
    try fm.createDirectory(atPath: temporary, withIntermediateDirectories: false)
    try Data("half".utf8).write(to: URL(fileURLWithPath: temporary + "/a.html"))
    try fm.createDirectory(atPath: aside, withIntermediateDirectories: false)
    try Data("old".utf8).write(to: URL(fileURLWithPath: aside + "/index.html"))
    // The registry's undo is the process's (other tests write meanwhile): its entries here.
    InterruptedOutputs.undo([.temporary(temporary), .aside(aside, target: target)])
    #expect(!fm.fileExists(atPath: temporary) && !fm.fileExists(atPath: temporary + ".gone"))
    #expect(!fm.fileExists(atPath: aside))
    #expect(try String(contentsOfFile: target + "/index.html", encoding: .utf8) == "old")
  }
}
