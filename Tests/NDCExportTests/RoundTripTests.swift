import Foundation
@testable import NDCCore
import NDCExport
import NDCDocument
import NDCFormats
import Testing

/// Exports are made from the document alone: its XML and its JSON form give identical output.
@Suite struct RoundTripTests {
  static func readBack(_ doc: ContributionDocument, as format: InputFormat) throws -> ContributionDocument {
    try ContributionReading().read(bytes: Array(ContributionWriter.write(doc, as: format).utf8), path: "doc.\(format.rawValue)")
  }

  @Test func xmlAndJSONFormsGiveIdenticalExports() throws {
    let doc = try #require(Fixture.document)
    let fromXML = try Self.readBack(doc, as: .xml)
    let fromJSON = try Self.readBack(doc, as: .json)
    for format in ExportFormat.allCases {
      for language in Language.allCases {
        let a = Exporter.export(fromXML, as: format, language: language)
        #expect(a == Exporter.export(fromJSON, as: format, language: language), "\(format) \(language)")
        #expect(a == Exporter.export(doc, as: format, language: language), "\(format) \(language)")
      }
    }
  }

  @Test func aFileThatIsNotAContributionIsInvalidAndAMissingOneUnreadable() {
    let reading = ContributionReading()
    #expect(throws: ContributionReadError.self) { try reading.read(bytes: Array("{\"a\": 1}".utf8), path: "x.json") }
    do {
      _ = try reading.read(bytes: Array("not a document".utf8), path: "x")
      Issue.record("read garbage")
    } catch {
      guard case .invalid = error else { Issue.record("garbage is invalid, not unreadable"); return }
    }
    do {
      _ = try reading.read(path: "/nonexistent/contribution.xml")
      Issue.record("read a missing file")
    } catch {
      guard case .unreadable = error else { Issue.record("a missing file is unreadable"); return }
    }
  }
}
