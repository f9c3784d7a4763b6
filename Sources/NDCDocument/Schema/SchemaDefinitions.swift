import NDCCore

/// A named simple type of a schema: a scalar with the name both schemas give it.
struct SimpleTypeDefinition: Sendable {
  var name: String
  var type: ScalarType
}

/// The named definitions of a format, collected once for both generators so that the XML
/// Schema and the JSON Schema define the same types under the same names, in the same order:
/// object types in order of first occurrence (the root first), then simple types likewise.
struct SchemaDefinitions: Sendable {
  private(set) var objects: [ObjectShape] = []
  private(set) var simpleTypes: [SimpleTypeDefinition] = []

  init(_ format: DocumentFormat) {
    collect(.object(format.root))
  }

  private mutating func collect(_ shape: Shape) {
    switch shape {
    case .object(let object):
      guard !objects.contains(where: { $0.typeName == object.typeName }) else { return }
      objects.append(object)
      for field in object.fields { collect(field.shape) }
    case .list(let list):
      collect(list.item)
    case .scalar(let scalar):
      guard let name = SchemaTypeNames.simpleTypeName(scalar.type) else { return }
      if let existing = simpleTypes.first(where: { $0.name == name }) {
        precondition(
          SchemaTypeNames.enumerationValues(existing.type) == SchemaTypeNames.enumerationValues(scalar.type),
          "two different code lists are both named \(name)")
        return
      }
      precondition(!objects.contains { $0.typeName == name }, "\(name) names both an object and a simple type")
      simpleTypes.append(SimpleTypeDefinition(name: name, type: scalar.type))
    }
  }
}

/// The names of schema types, derived from the scalar types so that the same scalar gets
/// the same name in both schemas and wherever it recurs.
enum SchemaTypeNames {
  /// The name of the simple type a scalar is defined as; nil for a constant (written inline).
  static func simpleTypeName(_ type: ScalarType) -> String? {
    switch type {
    case .string(let pattern): stringTypeName(pattern)
    case .decimal(let bounds): boundedName("Decimal", bounds)
    case .integer(let bounds): boundedName("Integer", bounds)
    case .boolean: "Boolean"
    case .date: "Date"
    case .dateTime: "DateTime"
    case .enumeration(let name, _): name
    case .constant: nil
    }
  }

  static func enumerationValues(_ type: ScalarType) -> [String]? {
    if case .enumeration(_, let values) = type { return values }
    return nil
  }

  private static func stringTypeName(_ pattern: LexicalPattern) -> String {
    switch pattern {
    case .text: "Text"
    case .identifier: "Identifier"
    case .code: "Code"
    case .gpc: "GPCCode"
    case .email: "Email"
    case .decimal: "DecimalText"
    case .integer: "IntegerText"
    case .boolean: "BooleanText"
    case .date: "DateText"
    case .dateTime: "DateTimeText"
    }
  }

  private static let yearBounds: Bounds? = {
    if case .scalar(let scalar) = Shape.year, case .integer(let bounds) = scalar.type { return bounds }
    return nil
  }()

  /// `Year`, `NonNegativeDecimal`, `PositiveInteger`, or the base name with its bounds
  /// spelled out (`DecimalAbove0To1`, `IntegerFrom1To6`).
  private static func boundedName(_ base: String, _ bounds: Bounds) -> String {
    if base == "Integer", bounds == yearBounds { return "Year" }
    if bounds == .none { return base }
    if bounds == .nonNegative { return "NonNegative" + base }
    if base == "Integer", bounds == Bounds(minimum: .one) { return "PositiveInteger" }
    var name = base
    if let minimum = bounds.minimum { name += (bounds.exclusiveMinimum ? "Above" : "From") + spelled(minimum) }
    if let maximum = bounds.maximum { name += "To" + spelled(maximum) }
    return name
  }

  private static func spelled(_ value: ExactDecimal) -> String {
    value.description.map { $0 == "-" ? "Minus" : $0 == "." ? "_" : String($0) }.joined()
  }
}
