import Foundation
import NDCExport
import Testing

@Suite struct AtomicFolderTests {
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func writesANewFolderAndLeavesNoTemporaryBehind() throws {
    let base = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: base) }
    let target = base.appendingPathComponent("out")
    try AtomicFolder.write([ExportFile(name: "a.csv", text: "x\n")], to: target.path, replacing: false)
    #expect(try String(contentsOf: target.appendingPathComponent("a.csv"), encoding: .utf8) == "x\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["out"])
  }

  @Test func anExistingNonEmptyFolderIsRefusedUnlessReplacing() throws {
    let base = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: base) }
    let target = base.appendingPathComponent("out")
    try AtomicFolder.write([ExportFile(name: "old.csv", text: "old\n")], to: target.path, replacing: false)
    #expect(throws: (any Error).self) { try AtomicFolder.write([ExportFile(name: "a.csv", text: "x\n")], to: target.path, replacing: false) }
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["old.csv"], "untouched")
    try AtomicFolder.write([ExportFile(name: "a.csv", text: "x\n")], to: target.path, replacing: true)
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["a.csv"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["out"])
  }

  @Test func anEmptyFolderIsReplacedAndAMissingParentRefused() throws {
    let base = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: base) }
    let target = base.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
    try AtomicFolder.write([ExportFile(name: "a.csv", text: "x\n")], to: target.path, replacing: false)
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["a.csv"])
    #expect(throws: (any Error).self) {
      try AtomicFolder.write([ExportFile(name: "a.csv", text: "x\n")], to: base.appendingPathComponent("no/such").path, replacing: false)
    }
  }
}
