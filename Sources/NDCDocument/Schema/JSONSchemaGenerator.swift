import NDCCore

/// Writes the JSON Schema (draft 2020-12) of a document format from its `Shape`, with the
/// same named definitions as the XML Schema (`SchemaDefinitions`) under `$defs`. It enforces
/// the same subset: structure, required members, types, code lists, patterns, bounds. The
/// lexical forms of JSON numbers, which patterns cannot see, are the reader's (NDC-SCH-007).
/// Deterministic: 2-space indentation, LF, a final newline.
public enum JSONSchemaGenerator {
  public static let draft = "https://json-schema.org/draft/2020-12/schema"

  public static func generate(_ format: DocumentFormat) -> String {
    let definitions = SchemaDefinitions(format)
    var defs: [(String, SchemaJSON)] = definitions.objects.map { ($0.typeName, objectSchema($0)) }
    defs += definitions.simpleTypes.map { ($0.name, scalarSchema($0.type)) }
    let schema = SchemaJSON.object([
      ("$schema", .string(draft)),
      ("$id", .string(format.jsonSchemaID)),
      ("title", .string("\(format.name) \(format.version)")),
      ("$ref", reference(format.root.typeName)),
      ("$defs", .object(defs)),
    ])
    return schema.prettyText
  }

  private static func reference(_ name: String) -> SchemaJSON { .string("#/$defs/" + name) }

  private static func objectSchema(_ object: ObjectShape) -> SchemaJSON {
    let properties = object.fields.map { ($0.name, fieldSchema($0)) }
    let required = object.fields.filter(\.required).map { SchemaJSON.string($0.name) }
    var members: [(String, SchemaJSON)] = [("type", .string("object"))]
    if !required.isEmpty { members.append(("required", .array(required))) }
    members.append(("properties", .object(properties)))
    members.append(("additionalProperties", .bool(false)))
    return .object(members)
  }

  private static func fieldSchema(_ field: Field) -> SchemaJSON {
    let schema = shapeSchema(field.shape)
    guard !field.doc.isEmpty, case .object(let members) = schema else { return schema }
    return .object([("description", .string(field.doc))] + members)
  }

  private static func shapeSchema(_ shape: Shape) -> SchemaJSON {
    switch shape {
    case .object(let object):
      return .object([("$ref", reference(object.typeName))])
    case .scalar(let scalar):
      guard let name = SchemaTypeNames.simpleTypeName(scalar.type) else { return scalarSchema(scalar.type) }
      return .object([("$ref", reference(name))])
    case .list(let list):
      var members: [(String, SchemaJSON)] = [("type", .string("array")), ("items", shapeSchema(list.item))]
      if list.minItems > 0 { members.append(("minItems", .number(String(list.minItems)))) }
      return .object(members)
    }
  }

  private static func scalarSchema(_ type: ScalarType) -> SchemaJSON {
    switch type {
    case .string(let pattern):
      return .object([("type", .string("string")), ("minLength", .number("1")), ("pattern", .string(pattern.jsonSchema))])
    case .decimal(let bounds):
      return .object([("type", .string("number"))] + boundMembers(bounds))
    case .integer(let bounds):
      return .object([("type", .string("integer"))] + boundMembers(bounds))
    case .boolean:
      return .object([("type", .string("boolean"))])
    case .date:
      return .object([("type", .string("string")), ("format", .string("date")), ("pattern", .string(LexicalPattern.date.jsonSchema))])
    case .dateTime:
      return .object([
        ("type", .string("string")), ("format", .string("date-time")), ("pattern", .string(LexicalPattern.dateTime.jsonSchema)),
      ])
    case .enumeration(_, let values):
      return .object([("type", .string("string")), ("enum", .array(values.map(SchemaJSON.string)))])
    case .constant(let value):
      return .object([("type", .string("string")), ("const", .string(value))])
    }
  }

  private static func boundMembers(_ bounds: Bounds) -> [(String, SchemaJSON)] {
    var members: [(String, SchemaJSON)] = []
    if let minimum = bounds.minimum {
      members.append((bounds.exclusiveMinimum ? "exclusiveMinimum" : "minimum", .number(minimum.description)))
    }
    if let maximum = bounds.maximum { members.append(("maximum", .number(maximum.description))) }
    return members
  }
}
