import Foundation
import NDCTestSupport
@testable import NDCCore
import NDCFormats
import Testing

/// `ndc`'s own readers agree with the schemas: every negative schema fixture is a schema
/// ERROR (`NDC-SCH-*`), never a BLOCKER, and the base documents read without errors.
@Suite struct SchemaFixturesReaderTests {
  static let negativeFixtures: [String] = {
    let urls = (try? PackageRoot.files(in: "fixtures/invalid/schema", extension: "xml")) ?? []
    let json = (try? PackageRoot.files(in: "fixtures/invalid/schema", extension: "json")) ?? []
    return (urls + json).map(\.path).sorted()
  }()

  @Test func negativeFixturesExist() {
    #expect(Self.negativeFixtures.count > 400)
  }

  @Test(arguments: negativeFixtures)
  func negativeFixtureIsASchemaError(_ path: String) throws {
    let result = try SubmissionReader().read(path: path)
    let codes = result.diagnostics.map { "\($0.code) \($0.severity)" }
    #expect(result.diagnostics.contains { $0.code.hasPrefix("NDC-SCH-") && $0.severity == .error }, "\(codes)")
    #expect(!result.diagnostics.contains { $0.severity == .blocker }, "\(codes)")
  }

  @Test(arguments: ["fixtures/valid/base.xml", "fixtures/valid/base.json"])
  func baseDocumentReadsWithoutErrors(_ relativePath: String) throws {
    let result = try SubmissionReader().read(path: PackageRoot.file(relativePath).path)
    let invalidating = result.diagnostics.filter { $0.severity.invalidates }
    #expect(invalidating.isEmpty, "\(invalidating.map { "\($0.code) \($0.location.pointer): \($0.message)" })")
    #expect(result.submission != nil)
  }
}
