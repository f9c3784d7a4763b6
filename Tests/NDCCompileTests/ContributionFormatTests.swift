import NDCCompile
@testable import NDCCore
import NDCDocument
import NDCFormats
import Testing

/// The contribution document's formats: canonical XML and JSON written by the shared writers
/// from `ContributionFormat`, read back by the shared readers, and byte-identical reruns.
@Suite struct ContributionFormatTests {
  /// A document exercising every section: inventory with memo items, a region comparison,
  /// targets, measures with an overlap, projects, adaptation, barriers and engagement.
  static func richDocument(paths: (String, String, String) = ("101.json", "147.json", "1084.json"), format: InputFormat = .json) throws -> ContributionDocument {
    var a = T.submission("101", years: [(2018, [T.entry("I.1.1", "100.5"), T.entry("I.1.2", "40"), T.entry("V.2", "-3")]), (2023, [T.entry("I", "80")])],
      targets: [TargetTests.target("t", .baseYear, base: (2018, "97.5"), percent: "70")],
      measures: [T.measure("a", effects: [(2030, "10")], overlaps: [T.overlap("147", "b", "0.5")], category: .districtHeating, dependency: "tax")])
    a.renewables = [RenewableProject(projectId: "w", technology: .onshoreWind, capacityMW: T.d("12.5"), status: .planned, commissioningYear: 2028)]
    a.lowlandSoils = [LowlandSoilProject(projectId: "l", hectares: T.d("40"), tco2ePerYear: T.d("800"), status: .approved)]
    a.adaptation = Adaptation(
      riskAssessment: RiskAssessment(completedOn: T.date("2024-01-01"), hazards: [AssessedHazard(hazard: .stormSurge, riskLevel: .high)]),
      actions: [AdaptationAction(actionId: "d", title: "Dike", kind: .coastalProtection, hazards: [.stormSurge], status: .planned, investmentDKK: T.d("1000000"), fundingGapDKK: T.d("250000"))])
    a.barriers = [Barrier(barrierId: "b", theme: .gridCapacity, description: "Grid", requestToNational: "More grid")]
    a.engagement = [Engagement(activityId: "e", kind: .citizensAssembly, date: T.date("2024-03-01"), participants: 40)]
    let b = T.submission("147", measures: [T.measure("b", effects: [(2030, "8")])])
    let region = T.submission("1084", level: .region, years: [(2023, [T.entry("I", "120")])])
    let inputs = [T.input(a, path: paths.0, format: format), T.input(b, path: paths.1, format: format), T.input(region, path: paths.2, format: format)]
    return try T.compiler().compile(inputs: inputs)
  }

  @Test func jsonRoundTripsThroughTheReader() throws {
    let doc = try Self.richDocument()
    let text = ContributionWriter.write(doc, as: .json)
    let read = JSONDocumentReader.read(bytes: Array(text.utf8), format: ContributionFormat.document)
    #expect(read.diagnostics.filter { $0.severity.invalidates }.isEmpty, "\(read.diagnostics.prefix(3))")
    let decoded = try #require(read.document.flatMap(ContributionCoding.decode))
    #expect(decoded == doc)
    #expect(ContributionWriter.write(decoded, as: .json) == text)
  }

  @Test func xmlRoundTripsThroughTheReaderWithTheGeneratedSchema() throws {
    let doc = try Self.richDocument()
    let text = ContributionWriter.write(doc, as: .xml)
    #expect(text.contains(#"<contribution xmlns="urn:x-ndc:contribution:1.0" schemaVersion="1.0">"#))
    let schema = try XMLSchemaValidator(format: ContributionFormat.document)
    let read = XMLDocumentReader.read(bytes: Array(text.utf8), format: ContributionFormat.document, schema: schema)
    #expect(read.diagnostics.filter { $0.severity.invalidates }.isEmpty, "\(read.diagnostics.prefix(3))")
    let decoded = try #require(read.document.flatMap(ContributionCoding.decode))
    #expect(decoded == doc)
    #expect(ContributionWriter.write(decoded, as: .xml) == text)
  }

  @Test func percentagesAreWrittenWithTwoPlaces() throws {
    let doc = try Self.richDocument()
    let text = ContributionWriter.write(doc, as: .json)
    #expect(doc.coverage.areas[0].sharePercent == T.d("66.67"))
    #expect(text.contains(#""sharePercent": 66.67"#))
    // 120 t against the members' 80 t: 50 %, written 50.00
    #expect(doc.inventory.regionComparison.first?.differencePercent == T.d("50"))
    #expect(text.contains(#""differencePercent": 50.00"#))
    #expect(ContributionWriter.write(doc, as: .xml).contains("<differencePercent>50.00</differencePercent>"))
  }

  @Test func twoRunsGiveByteIdenticalFiles() throws {
    for format in [InputFormat.xml, .json] {
      let first = ContributionWriter.write(try Self.richDocument(), as: format)
      let second = ContributionWriter.write(try Self.richDocument(), as: format)
      #expect(first == second)
      #expect(first.hasSuffix("\n"))
    }
  }

  @Test func xmlAndJSONInputsGiveDocumentsEqualButForPathsFormatsAndHashes() throws {
    var fromXML = try Self.richDocument(paths: ("x/101.xml", "x/147.xml", "x/1084.xml"), format: .xml)
    let fromJSON = try Self.richDocument(paths: ("j/101.json", "j/147.json", "j/1084.json"), format: .json)
    #expect(fromXML != fromJSON)
    for i in fromXML.inputs.indices {
      fromXML.inputs[i].path = fromJSON.inputs[i].path
      fromXML.inputs[i].format = fromJSON.inputs[i].format
      fromXML.inputs[i].sha256 = fromJSON.inputs[i].sha256
    }
    #expect(fromXML == fromJSON)
  }
}
