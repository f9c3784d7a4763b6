import NDCCore
import NDCDocument

/// A model object described by one field list. `fields(_:)` names each member once, in the
/// format's order, with its shape where its type's own shape is not the one meant. Everything
/// else walks that list: the decoder (`MemberReader`), the three writers (`TreeWriter`,
/// `JSONTextWriter`, `StreamWriter`) and the object's `Shape`, hence both schemas and both
/// readers' typing (`ShapeCollector`).
protocol DocObject: Model {
  /// The object's shape: `listedShape` of its type name, kept in a `static let`.
  static var shape: Shape { get }
  // `blank` (from `Model`) is the object decoded into: every required member is read or the
  // decode fails, so a blank value never stands for one that was read.
  /// Hands every member to `v` in the format's order: a reader sets them, the writers and the
  /// shape collector only look.
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure)
}

extension DocObject {
  init(_ r: MemberReader) throws(DecodingFailure) {
    self = .blank
    var reader = r
    try fields(&reader)
  }

  /// The object's shape, named `typeName` in the schemas: its field list walked over a blank.
  static func listedShape(_ typeName: String) -> Shape {
    var collector = ShapeCollector()
    var blank = Self.blank
    blank.fields(&collector)
    return .object(typeName, collector.fields)
  }

  /// Walks the field list with a visitor that only looks.
  func visit<V: FieldVisitor>(_ v: inout V) where V.Failure == Never {
    var copy = self
    copy.fields(&v)
  }

  /// The object's document tree, canonical: members in the shape's order, empty lists and
  /// absent optionals left out.
  func encoded() -> DocNode {
    var w = TreeWriter()
    visit(&w)
    return w.node
  }

  /// Appends this object's canonical JSON text at `indent` (the text `JSONWriter` gives for
  /// `encoded()`), without making its tree. The writer holds the bytes while it writes (moved
  /// in and out, never copied), so that each append is to a value of its own.
  func writeJSON(indent: Int, into out: inout [UInt8]) {
    var w = JSONTextWriter(indent: indent)
    swap(&w.bytes, &out)
    w.bytes.append(UInt8(ascii: "{"))
    visit(&w)
    w.close()
    swap(&w.bytes, &out)
  }

  /// Writes this object as the stream's root, then finishes the stream.
  func write(into stream: any DocumentStream) {
    var w = StreamWriter(stream)
    visit(&w)
    stream.finish()
  }
}

/// A model scalar: how it reads from a document value (of either format) and how it is
/// written canonically.
protocol DocScalar {
  /// The member's shape where the field list names none.
  static var shape: Shape { get }
  init?(docValue: DocValue)
  var docValue: DocValue { get }
  /// Appends the JSON text of `docValue` (the scalars documents are made of write it
  /// straight from the value).
  func writeJSON(into out: inout [UInt8])
}

extension DocScalar {
  func writeJSON(into out: inout [UInt8]) { JSONWriter.write(docValue, indent: 0, into: &out) }
}

/// The document is not of the model's shape (it did not pass the schema checks).
struct DecodingFailure: Error {}

/// What walks a field list. A member that is not optional in the model is required by the
/// shape; lists say whether they are (an absent list reads as an empty one).
protocol FieldVisitor {
  associatedtype Failure: Error
  mutating func scalar<T: DocScalar>(
    _ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool
  ) throws(Failure)
  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape) throws(Failure)
  mutating func object<T: DocObject>(_ name: String, _ value: inout T) throws(Failure)
  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) throws(Failure)
  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) throws(Failure)
  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool)
    throws(Failure)
}

/// The forms a field list is written in.
extension FieldVisitor {
  mutating func field<T: DocScalar>(
    _ name: String, _ value: inout T, _ shape: @autoclosure () -> Shape = T.shape, attribute: Bool = false
  ) throws(Failure) {
    try scalar(name, &value, shape: shape(), attribute: attribute)
  }

  mutating func field<T: DocScalar>(_ name: String, _ value: inout T?, _ shape: @autoclosure () -> Shape = T.shape)
    throws(Failure)
  {
    try scalar(name, &value, shape: shape())
  }

  mutating func field<T: DocObject>(_ name: String, _ value: inout T) throws(Failure) {
    try object(name, &value)
  }

  mutating func field<T: DocObject>(_ name: String, _ value: inout T?) throws(Failure) {
    try object(name, &value)
  }

  /// A list of scalars; `shape` is each item's.
  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, _ shape: @autoclosure () -> Shape = T.shape, min: Int = 0,
    required: Bool = false
  ) throws(Failure) {
    try list(name, &value, item: item, min: min, required: required, shape: shape())
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int = 0, required: Bool = false)
    throws(Failure)
  {
    try list(name, &value, item: item, min: min, required: required)
  }
}

/// Makes an object's `Shape` from its field list.
struct ShapeCollector: FieldVisitor {
  typealias Failure = Never
  private(set) var fields: [Field] = []

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool) {
    fields.append(Field(name, shape(), required: true, xmlAttribute: attribute))
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape) {
    fields.append(Field(name, shape()))
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) { fields.append(Field(name, T.shape, required: true)) }
  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) { fields.append(Field(name, T.shape)) }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) {
    fields.append(Field(name, .list(shape(), item: item, min: min), required: required))
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool) {
    fields.append(Field(name, .list(T.shape, item: item, min: min), required: required))
  }
}
