import NDCCore

/// Writes the XML Schema (XSD 1.0, as libxml2 validates it) of a document format from its
/// `Shape`: one global element, one named complex type per object type, one named simple type
/// per scalar type (`SchemaDefinitions`). Deterministic: the same format gives the same bytes.
///
/// Mapping: every field is an element named as the JSON member, in the shape's order
/// (optional ones `minOccurs="0"`); a field marked `xmlAttribute` is a required attribute; a
/// list is a wrapper element holding its item elements (`minOccurs` = `minItems`).
public enum XSDGenerator {
  public static func generate(_ format: DocumentFormat) -> String {
    let definitions = SchemaDefinitions(format)
    var out = SchemaTextWriter()
    out.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
    out.open(
      "xs:schema", [
        ("xmlns:xs", "http://www.w3.org/2001/XMLSchema"),
        ("xmlns", format.namespace),
        ("targetNamespace", format.namespace),
        ("elementFormDefault", "qualified"),
        ("version", format.version),
      ])
    out.leaf("xs:element", [("name", format.rootElement), ("type", format.root.typeName)])
    for object in definitions.objects { complexType(object, into: &out) }
    for simple in definitions.simpleTypes { simpleType(simple, into: &out) }
    out.close("xs:schema")
    return out.text
  }

  // MARK: - Complex types

  private static func complexType(_ object: ObjectShape, into out: inout SchemaTextWriter) {
    out.open("xs:complexType", [("name", object.typeName)])
    let elements = object.fields.filter { !$0.xmlAttribute }
    if !elements.isEmpty {
      out.open("xs:sequence")
      for field in elements { element(field, into: &out) }
      out.close("xs:sequence")
    }
    for field in object.fields where field.xmlAttribute { attribute(field, into: &out) }
    out.close("xs:complexType")
  }

  private static func element(_ field: Field, into out: inout SchemaTextWriter) {
    var attributes = [("name", field.name)]
    let occurs: [(String, String)] = field.required ? [] : [("minOccurs", "0")]
    switch field.shape {
    case .object(let object):
      attributes.append(("type", object.typeName))
      out.leaf("xs:element", attributes + occurs, documentation: field.doc)
    case .scalar(let scalar):
      if let name = SchemaTypeNames.simpleTypeName(scalar.type) {
        out.leaf("xs:element", attributes + [("type", name)] + occurs, documentation: field.doc)
      } else {
        out.open("xs:element", attributes + occurs)
        out.annotation(field.doc)
        anonymousSimpleType(scalar.type, into: &out)
        out.close("xs:element")
      }
    case .list(let list):
      out.open("xs:element", attributes + occurs)
      out.annotation(field.doc)
      out.open("xs:complexType")
      out.open("xs:sequence")
      out.leaf(
        "xs:element",
        [("name", list.itemElement), ("type", itemTypeName(list.item)),
         ("minOccurs", String(list.minItems)), ("maxOccurs", "unbounded")])
      out.close("xs:sequence")
      out.close("xs:complexType")
      out.close("xs:element")
    }
  }

  private static func itemTypeName(_ item: Shape) -> String {
    switch item {
    case .object(let object): return object.typeName
    case .scalar(let scalar):
      guard let name = SchemaTypeNames.simpleTypeName(scalar.type) else {
        preconditionFailure("a list of constants has no schema type")
      }
      return name
    case .list: preconditionFailure("a list of lists has no XML mapping")
    }
  }

  private static func attribute(_ field: Field, into out: inout SchemaTextWriter) {
    guard case .scalar(let scalar) = field.shape else {
      preconditionFailure("the XML attribute \(field.name) must be a scalar")
    }
    let attributes = [("name", field.name), ("use", field.required ? "required" : "optional")]
    if let name = SchemaTypeNames.simpleTypeName(scalar.type) {
      out.leaf("xs:attribute", attributes + [("type", name)], documentation: field.doc)
    } else {
      out.open("xs:attribute", attributes)
      out.annotation(field.doc)
      anonymousSimpleType(scalar.type, into: &out)
      out.close("xs:attribute")
    }
  }

  // MARK: - Simple types

  private static func simpleType(_ simple: SimpleTypeDefinition, into out: inout SchemaTextWriter) {
    out.open("xs:simpleType", [("name", simple.name)])
    restriction(simple.type, into: &out)
    out.close("xs:simpleType")
  }

  private static func anonymousSimpleType(_ type: ScalarType, into out: inout SchemaTextWriter) {
    out.open("xs:simpleType")
    restriction(type, into: &out)
    out.close("xs:simpleType")
  }

  /// The restriction (base type and facets) a scalar type is written as.
  private static func restriction(_ type: ScalarType, into out: inout SchemaTextWriter) {
    let (base, facets) = restrictionParts(type)
    out.open("xs:restriction", [("base", base)])
    for (facet, value) in facets { out.leaf(facet, [("value", value)]) }
    out.close("xs:restriction")
  }

  private static func restrictionParts(_ type: ScalarType) -> (base: String, facets: [(String, String)]) {
    switch type {
    case .string(let pattern):
      return ("xs:string", [("xs:pattern", pattern.xsd), ("xs:minLength", "1")])
    case .decimal(let bounds):
      return ("xs:decimal", [("xs:pattern", LexicalPattern.decimal.xsd)] + boundFacets(bounds))
    case .integer(let bounds):
      return ("xs:integer", [("xs:pattern", LexicalPattern.integer.xsd)] + boundFacets(bounds))
    case .boolean:
      return ("xs:boolean", [("xs:pattern", LexicalPattern.boolean.xsd)])
    case .date:
      return ("xs:date", [("xs:pattern", LexicalPattern.date.xsd)])
    case .dateTime:
      return ("xs:dateTime", [("xs:pattern", LexicalPattern.dateTime.xsd)])
    case .enumeration(_, let values):
      return ("xs:string", values.map { ("xs:enumeration", $0) })
    case .constant(let value):
      return ("xs:string", [("xs:enumeration", value)])
    }
  }

  private static func boundFacets(_ bounds: Bounds) -> [(String, String)] {
    var facets: [(String, String)] = []
    if let minimum = bounds.minimum {
      facets.append((bounds.exclusiveMinimum ? "xs:minExclusive" : "xs:minInclusive", minimum.description))
    }
    if let maximum = bounds.maximum { facets.append(("xs:maxInclusive", maximum.description)) }
    return facets
  }
}
