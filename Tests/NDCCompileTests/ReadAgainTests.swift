import Foundation
import NDCCompile
@testable import NDCCore
import NDCFormats
import Testing

/// The second pass of compile reads a counted file again only if its bytes are those checked
/// in the first, and then without the XML Schema: the same model as the first read.
@Suite struct ReadAgainTests {
  /// A copy of a fixture in a fresh folder, and its record from a first read.
  static func checkedCopy(of fixture: String) throws -> (path: String, record: CompileRecord, model: Submission) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-read-again-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(fixture).path
    let bytes = try [UInt8](Data(contentsOf: ReconciliationTests.root.appendingPathComponent("fixtures/dk/\(fixture)")))
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let input = CompileInput(bytes: bytes, read: try SubmissionReader().read(bytes: bytes, path: path))
    let model = try #require(input.submission)
    return (path, input.record(position: 0), model)
  }

  @Test(arguments: ["1082.xml", "101.json"])
  func unchangedBytesGiveTheModelOfTheFirstRead(fixture: String) throws {
    let (path, record, model) = try Self.checkedCopy(of: fixture)
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    #expect(record.readAgain(with: try SubmissionReader()) == model)
  }

  @Test(arguments: ["1082.xml", "101.json"])
  func bytesChangedAfterTheCheckAreNotReadAgain(fixture: String) throws {
    let (path, record, _) = try Self.checkedCopy(of: fixture)
    defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
    // Whitespace only: the model would be the same, but these are not the bytes checked.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("\n".utf8))
    try handle.close()
    #expect(record.readAgain(with: try SubmissionReader()) == nil)
  }

  @Test func aFileGoneAfterTheCheckIsNotReadAgain() throws {
    let (path, record, _) = try Self.checkedCopy(of: "1082.xml")
    try FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    #expect(record.readAgain(with: try SubmissionReader()) == nil)
  }
}
