import Foundation
@testable import NDCCore
import NDCDocument
import NDCFormats
import Testing
import NDCTestSupport

/// `fixtures/invalid/parse/`: each file draws exactly one diagnostic, the BLOCKER it is named after.
@Suite("Parse fixtures")
struct ParseFixturesTests {
  static let folder = PackageRoot.path("fixtures/invalid/parse")

  /// The committed fixture files (the README excluded).
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix("NDC-STR-") }.sorted()
  }()

  static func code(ofFile name: String) -> String { String(name.prefix { $0 != "." }) }

  @Test func everyBlockerCodeHasAFixture() {
    let blockers = StructureRules.all.filter { $0.severity == .blocker && $0.code.hasPrefix("NDC-STR-") }.map(\.code)
    let covered = Set(Self.files.map(Self.code(ofFile:)) + [StructureRules.fileTooLarge.code])
    #expect(blockers.count == 12)
    for code in blockers { #expect(covered.contains(code), "no fixture for \(code)") }
    #expect(Self.files.count == 11)
  }

  @Test(arguments: files)
  func fixtureDrawsExactlyItsBlocker(_ name: String) throws {
    let result = try SubmissionReader().read(path: Self.folder.appendingPathComponent(name).path)
    let summary = result.diagnostics.map { "\($0.code) \($0.severity.rawValue): \($0.message)" }
    #expect(result.diagnostics.count == 1, "\(name): \(summary)")
    #expect(result.diagnostics.first?.code == Self.code(ofFile: name), "\(name): \(summary)")
    #expect(result.diagnostics.first?.severity == .blocker, "\(name): \(summary)")
    #expect(result.submission == nil)
  }

  @Test func fileOver16MiBDrawsOnlyTheSizeBlocker() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-too-large-\(UUID().uuidString).json").path
    var bytes = [UInt8](repeating: 0x20, count: Limits.maxFileBytes + 2)
    bytes[0] = UInt8(ascii: "{")
    bytes[bytes.count - 1] = UInt8(ascii: "}")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try SubmissionReader().read(path: path)
    #expect(result.diagnostics.map(\.code) == [StructureRules.fileTooLarge.code])
    #expect(result.diagnostics.first?.severity == .blocker)
  }

  @Test func fileOfExactly16MiBIsNotRefusedForItsSize() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-at-limit-\(UUID().uuidString).json").path
    var bytes = [UInt8](repeating: 0x20, count: Limits.maxFileBytes)
    bytes[0] = UInt8(ascii: "{")
    bytes[bytes.count - 1] = UInt8(ascii: "}")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let result = try SubmissionReader().read(path: path)
    #expect(!result.diagnostics.contains { $0.code == StructureRules.fileTooLarge.code })
  }
}
