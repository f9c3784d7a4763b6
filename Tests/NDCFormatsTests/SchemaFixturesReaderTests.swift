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

  /// The same mistake gets the same diagnostic in both formats (SUBMISSION.md, decision 248):
  /// for every negative fixture written in both, the codes and pointers of the XML's report are
  /// the JSON's. Two pairs are not the same mistake: the JSON has a number where a date belongs
  /// (a wrong type), the XML, where all is text, a date in another form (a lexical form).
  @Test func bothFormatsOfAMistakeGetTheSameDiagnostics() throws {
    let notTheSameMistake: Set<String> = ["SC-122-DateTime-wrong-type", "SC-139-Date-wrong-type"]
    var pairs = 0
    for xml in Self.negativeFixtures where xml.hasSuffix(".xml") {
      let json = String(xml.dropLast(4)) + ".json"
      let name = URL(fileURLWithPath: xml).deletingPathExtension().lastPathComponent
      guard Self.negativeFixtures.contains(json), !notTheSameMistake.contains(name) else { continue }
      pairs += 1
      let found = try [xml, json].map { path in
        Set(try SubmissionReader().read(path: path).diagnostics.map { "\($0.code) \($0.location.pointer)" })
      }
      #expect(found[0] == found[1], "\(name): XML \(found[0].sorted()), JSON \(found[1].sorted())")
    }
    #expect(pairs > 150)
  }

  @Test(arguments: ["fixtures/valid/base.xml", "fixtures/valid/base.json"])
  func baseDocumentReadsWithoutErrors(_ relativePath: String) throws {
    let result = try SubmissionReader().read(path: PackageRoot.file(relativePath).path)
    let invalidating = result.diagnostics.filter { $0.severity.invalidates }
    #expect(invalidating.isEmpty, "\(invalidating.map { "\($0.code) \($0.location.pointer): \($0.message)" })")
    #expect(result.submission != nil)
  }
}
