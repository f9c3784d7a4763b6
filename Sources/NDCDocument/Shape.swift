import NDCCore

/// A description of a document format — object members in canonical order, lists with their
/// XML item element, scalar types with their lexical patterns and bounds — from which the XML
/// Schema and the JSON Schema are generated, and by which both readers type their values and
/// both writers order them. One description, so the two schemas enforce the same subset.
public indirect enum Shape: Sendable {
  case object(ObjectShape)
  case list(ListShape)
  case scalar(ScalarShape)
}

public struct Field: Sendable {
  /// The JSON member name, and unchanged the XML element (or attribute) name.
  public var name: String
  public var shape: Shape
  public var required: Bool
  /// Written as an attribute of the parent element in XML (only the root's `schemaVersion`).
  public var xmlAttribute: Bool
  public var doc: String
  public init(_ name: String, _ shape: Shape, required: Bool = false, xmlAttribute: Bool = false, doc: String = "") {
    self.name = name
    self.shape = shape
    self.required = required
    self.xmlAttribute = xmlAttribute
    self.doc = doc
  }
}

public struct ObjectShape: Sendable {
  /// The type name used for schema definitions (`Submission`, `Entry`, …).
  public var typeName: String
  public var fields: [Field]
  public init(_ typeName: String, _ fields: [Field]) {
    self.typeName = typeName
    self.fields = fields
  }
  public func field(_ name: String) -> Field? { fields.first { $0.name == name } }
}

public struct ListShape: Sendable {
  public var item: Shape
  /// The XML element name of each item inside the list's wrapper element.
  public var itemElement: String
  public var minItems: Int
  public init(item: Shape, itemElement: String, minItems: Int = 0) {
    self.item = item
    self.itemElement = itemElement
    self.minItems = minItems
  }
}

/// Numeric bounds (inclusive unless `exclusiveMinimum`).
public struct Bounds: Sendable, Hashable {
  public var minimum: ExactDecimal?
  public var maximum: ExactDecimal?
  public var exclusiveMinimum: Bool
  public init(minimum: ExactDecimal? = nil, maximum: ExactDecimal? = nil, exclusiveMinimum: Bool = false) {
    self.minimum = minimum
    self.maximum = maximum
    self.exclusiveMinimum = exclusiveMinimum
  }
  public static let none = Bounds()
  public static let nonNegative = Bounds(minimum: .zero)
  public func contains(_ value: ExactDecimal) -> Bool {
    if let minimum {
      if exclusiveMinimum ? !(minimum < value) : value < minimum { return false }
    }
    if let maximum, maximum < value { return false }
    return true
  }
}

/// A named lexical pattern, written once per dialect (XSD patterns are implicitly anchored;
/// JSON Schema patterns carry `^…$`). Both readers check these with the matchers in
/// `LexicalForms`, and a test checks that each matcher agrees with its expression.
public enum LexicalPattern: String, Sendable, CaseIterable {
  /// Free text: XML 1.0 characters, newlines as LF (no CR, no C0 controls but tab and LF).
  case text
  /// `submissionId`.
  case identifier
  /// Submitter codes: no leading zeros.
  case code
  /// GPC codes: a sector, subsector or reference number.
  case gpc
  case email
  /// Decimals (XML only: JSON numbers are checked by the reader).
  case decimal
  /// Integers without leading zeros (XML only).
  case integer
  case boolean
  case date
  case dateTime

  /// The XSD expression (implicitly anchored).
  public var xsd: String {
    switch self {
    case .text: #"[^\r]*"#
    case .identifier: "[A-Za-z0-9._-]{1,64}"
    case .code: "[1-9][0-9]{0,7}"
    case .gpc: #"(I|II|III|IV|V|VI)(\.[1-9][0-9]?){0,2}"#
    case .email: #"[^@ \t\r\n]+@[^@ \t\r\n]+\.[^@ \t\r\n]+"#
    case .decimal: #"-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,6})?"#
    case .integer: "-?(0|[1-9][0-9]*)"
    case .boolean: "true|false"
    case .date: "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    case .dateTime:
      #"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?(Z|[+\-]([01][0-9]|2[0-3]):[0-5][0-9])"#
    }
  }

  /// The JSON Schema expression (anchored with `^…$`). Free text differs from the XSD
  /// expression: XML cannot even carry the C0 controls the JSON expression excludes.
  public var jsonSchema: String {
    switch self {
    case .text: #"^[^\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]*$"#
    default: "^(" + xsd + ")$"
    }
  }
}

public enum ScalarType: Sendable {
  case string(LexicalPattern)
  case decimal(Bounds)
  case integer(Bounds)
  case boolean
  case date
  case dateTime
  /// A code list; `name` names the schema type (`Gas`, `TargetKind`, …).
  case enumeration(name: String, values: [String])
  case constant(String)

  /// A string in JSON (text, a date, a code): its wrong forms are lexical, not of type.
  public var isText: Bool {
    switch self {
    case .string, .date, .dateTime, .enumeration, .constant: true
    case .decimal, .integer, .boolean: false
    }
  }
}

public struct ScalarShape: Sendable {
  public var type: ScalarType
  public init(_ type: ScalarType) { self.type = type }
}

// MARK: - Building blocks

extension Shape {
  public static let text = Shape.scalar(ScalarShape(.string(.text)))
  public static let identifier = Shape.scalar(ScalarShape(.string(.identifier)))
  public static let code = Shape.scalar(ScalarShape(.string(.code)))
  public static let gpc = Shape.scalar(ScalarShape(.string(.gpc)))
  public static let email = Shape.scalar(ScalarShape(.string(.email)))
  public static let boolean = Shape.scalar(ScalarShape(.boolean))
  public static let date = Shape.scalar(ScalarShape(.date))
  public static let dateTime = Shape.scalar(ScalarShape(.dateTime))
  public static func decimal(_ bounds: Bounds = .none) -> Shape { .scalar(ScalarShape(.decimal(bounds))) }
  public static func integer(min: Int? = nil, max: Int? = nil) -> Shape {
    .scalar(ScalarShape(.integer(Bounds(minimum: min.map(ExactDecimal.init), maximum: max.map(ExactDecimal.init)))))
  }
  public static let year = integer(min: 1990, max: 2100)
  public static let count = integer(min: 0)
  public static let money = decimal(.nonNegative)
  public static func enumeration<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> Shape where E.RawValue == String {
    .scalar(ScalarShape(.enumeration(name: String(describing: type), values: type.allCases.map(\.rawValue))))
  }
  public static func constant(_ value: String) -> Shape { .scalar(ScalarShape(.constant(value))) }
  public static func list(_ item: Shape, item element: String, min: Int = 0) -> Shape {
    .list(ListShape(item: item, itemElement: element, minItems: min))
  }
  public static func object(_ name: String, _ fields: [Field]) -> Shape { .object(ObjectShape(name, fields)) }

  public var objectShape: ObjectShape? { if case .object(let o) = self { o } else { nil } }
  public var listShape: ListShape? { if case .list(let l) = self { l } else { nil } }
  public var scalarShape: ScalarShape? { if case .scalar(let s) = self { s } else { nil } }
}
