import Foundation
import NDCTestSupport
@testable import NDCCore
import Testing

@testable import NDCDocument
@testable import NDCFormats

/// The committed schemas are the generators' output, and the generators map the shape as
/// documented (architecture.md, "One shape, two schemas").
@Suite struct SchemaFilesTests {
  let format = SubmissionFormat.document

  static let formats = [SubmissionFormat.document, ContributionFormat.document]

  @Test(arguments: formats.map(\.name))
  func committedXSDIsCurrent(_ name: String) throws {
    let format = try #require(Self.formats.first { $0.name == name })
    let committed = try PackageRoot.text("schemas/" + format.xsdFileName)
    #expect(committed == XSDGenerator.generate(format), "run `swift run ndc-dev gen-schemas`")
  }

  @Test(arguments: formats.map(\.name))
  func committedJSONSchemaIsCurrent(_ name: String) throws {
    let format = try #require(Self.formats.first { $0.name == name })
    let committed = try PackageRoot.text("schemas/" + format.jsonSchemaFileName)
    #expect(committed == JSONSchemaGenerator.generate(format), "run `swift run ndc-dev gen-schemas`")
  }

  @Test func bothSchemasDefineTheSameTypesInTheSameOrder() throws {
    let xsd = XSDGenerator.generate(format)
    let xsdNames = xsd.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  <xs:complexType name=\"") || line.hasPrefix("  <xs:simpleType name=\"") else { return nil }
      return line.split(separator: "\"")[1].description
    }
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(JSONSchemaGenerator.generate(format).utf8)) as? [String: Any])
    let defs = try #require(json["$defs"] as? [String: Any])
    #expect(Set(defs.keys) == Set(xsdNames))
    #expect(xsdNames.count == defs.count)
    let jsonOrder = JSONSchemaGenerator.generate(format).split(separator: "\n")
      .filter { $0.hasPrefix("    \"") && $0.hasSuffix(": {") }
      .map { $0.split(separator: "\"")[1].description }
    #expect(jsonOrder == xsdNames)
  }

  @Test func schemasSpellWhiteSpaceWithoutBackslashS() {
    #expect(!XSDGenerator.generate(format).contains(#"\s"#))
    #expect(!JSONSchemaGenerator.generate(format).contains(#"\\s"#))
  }

  @Test func outputIsDeterministicWithFinalNewline() {
    for text in [XSDGenerator.generate(format), JSONSchemaGenerator.generate(format)] {
      #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
      #expect(!text.contains("\r") && !text.contains("\t"))
    }
    #expect(XSDGenerator.generate(format) == XSDGenerator.generate(format))
    #expect(JSONSchemaGenerator.generate(format) == JSONSchemaGenerator.generate(format))
  }

  // MARK: - The mapping, on a small format

  static let sample: DocumentFormat = {
    let item = Shape.object("Item", [
      Field("label", .text, required: true),
      Field("share", .decimal(Bounds(minimum: .zero, maximum: .one, exclusiveMinimum: true))),
    ])
    let root = ObjectShape("Sample", [
      Field("schemaVersion", .constant("9.9"), required: true, xmlAttribute: true),
      Field("year", .year, required: true),
      Field("note", .text),
      Field("items", .list(item, item: "item", min: 1), required: true),
      Field("tags", .list(.enumeration(Language.self), item: "tag")),
    ])
    return DocumentFormat(
      name: "sample", root: root, namespace: "urn:x-sample", rootElement: "sample", version: "9.9",
      xsdFileName: "s.xsd", jsonSchemaFileName: "s.json", jsonSchemaID: "urn:x-sample:json")
  }()

  @Test func xsdMapsRequiredOptionalAttributeAndLists() {
    let xsd = XSDGenerator.generate(Self.sample)
    #expect(xsd.contains(#"targetNamespace="urn:x-sample" elementFormDefault="qualified""#))
    #expect(xsd.contains(#"<xs:element name="sample" type="Sample"/>"#))
    #expect(xsd.contains(#"<xs:element name="year" type="Year"/>"#))
    #expect(xsd.contains(#"<xs:element name="note" type="Text" minOccurs="0"/>"#))
    #expect(xsd.contains(#"<xs:attribute name="schemaVersion" use="required">"#))
    #expect(xsd.contains(#"<xs:enumeration value="9.9"/>"#))
    #expect(xsd.contains(#"<xs:element name="item" type="Item" minOccurs="1" maxOccurs="unbounded"/>"#))
    #expect(xsd.contains(#"<xs:element name="tag" type="Language" minOccurs="0" maxOccurs="unbounded"/>"#))
    #expect(xsd.contains(#"<xs:element name="items">"#))
    #expect(xsd.contains(#"<xs:element name="tags" minOccurs="0">"#))
    #expect(!xsd.contains(#"name="schemaVersion" type="#))
  }

  @Test func xsdWritesFacetsOfScalars() {
    let xsd = XSDGenerator.generate(Self.sample)
    #expect(xsd.contains(#"<xs:simpleType name="DecimalAbove0To1">"#))
    #expect(xsd.contains(#"<xs:minExclusive value="0"/>"#))
    #expect(xsd.contains(#"<xs:maxInclusive value="1"/>"#))
    #expect(!xsd.contains(#"<xs:minInclusive value="0"/>"#))
    #expect(xsd.contains(#"<xs:minInclusive value="1990"/>"#))
    #expect(xsd.contains(#"<xs:pattern value="\#(LexicalPattern.decimal.xsd)"/>"#))
    #expect(xsd.contains(#"<xs:minLength value="1"/>"#))
    #expect(xsd.contains(#"<xs:enumeration value="da"/>"#))
  }

  @Test func jsonSchemaMapsRequiredBoundsAndLists() throws {
    let text = JSONSchemaGenerator.generate(Self.sample)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(json["$id"] as? String == "urn:x-sample:json")
    #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    let defs = try #require(json["$defs"] as? [String: [String: Any]])
    let root = try #require(defs["Sample"])
    #expect(root["required"] as? [String] == ["schemaVersion", "year", "items"])
    #expect(root["additionalProperties"] as? Bool == false)
    let properties = try #require(root["properties"] as? [String: [String: Any]])
    #expect(properties["schemaVersion"]?["const"] as? String == "9.9")
    #expect(properties["items"]?["minItems"] as? Int == 1)
    #expect(properties["tags"]?["minItems"] == nil)
    let share = try #require(defs["DecimalAbove0To1"])
    #expect(share["exclusiveMinimum"] as? Int == 0)
    #expect(share["maximum"] as? Int == 1)
    #expect(share["minimum"] == nil)
    #expect(defs["Year"]?["type"] as? String == "integer")
    #expect(defs["Text"]?["pattern"] as? String == LexicalPattern.text.jsonSchema)
    #expect(defs["Text"]?["minLength"] as? Int == 1)
    #expect(defs["Language"]?["enum"] as? [String] == ["da", "en"])
  }

  @Test func jsonSchemaMarksDatesWithFormatAndPattern() throws {
    let text = JSONSchemaGenerator.generate(format)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let defs = try #require(json["$defs"] as? [String: [String: Any]])
    #expect(defs["Date"]?["format"] as? String == "date")
    #expect(defs["Date"]?["pattern"] as? String == LexicalPattern.date.jsonSchema)
    #expect(defs["DateTime"]?["format"] as? String == "date-time")
    #expect(defs["Decimal"]?["pattern"] == nil, "JSON numbers' lexical forms are the reader's")
  }
}
