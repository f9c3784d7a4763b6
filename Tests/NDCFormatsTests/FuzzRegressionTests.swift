import Foundation
import NDCFuzzContracts
import Testing

/// Every input a fuzz target ever found (fixtures/fuzz-regressions/TARGET/), read again by its
/// reader with the reader's contract checked, as the fuzz target does (docs/fuzzing.md).
@Suite struct FuzzRegressionTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("fixtures/fuzz-regressions")

  static func inputs() -> [(ReaderContract, String)] {
    ReaderContract.allCases.flatMap { reader in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(reader.rawValue).path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map { (reader, $0) }
    }
  }

  @Test(arguments: inputs())
  func keepsItsContract(_ reader: ReaderContract, _ name: String) throws {
    let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(reader.rawValue).appendingPathComponent(name)))
    #expect(throws: Never.self, "\(reader.rawValue)/\(name)") { try reader.check(bytes) }
  }

  @Test func thereAreRegressionInputs() {
    #expect(Self.inputs().count >= 5)
  }

  /// The contract check can fail: a message longer than the bound is a breach.
  @Test func aBreachIsReported() {
    #expect(throws: ContractBreach.self) { try Contract.checkMessage(String(repeating: "x", count: 5_000)) }
    #expect(throws: ContractBreach.self) { try PositionBounds(Array("ab\ncd".utf8)).check(.init(line: 3, column: 1), "line 3 of 2") }
    #expect(throws: ContractBreach.self) { try Contract.checkReason("NDC-STR-002 " + String(repeating: "x", count: 1_001)) }
    #expect(throws: Never.self) { try Contract.checkReason("NDC-STR-002 " + String(repeating: "x", count: 1_000)) }
    #expect(throws: Never.self) { try PositionBounds(Array("ab\ncd".utf8)).check(.init(line: 2, column: 3), "just after `d`") }
  }
}
