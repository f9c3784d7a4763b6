import NDCCore

/// A model object described by one field list. `fields(_:)` names each member once, in the
/// format's order, with its shape where its type's own shape is not the one meant. Everything
/// else walks that list: the decoder (`MemberReader`), the three writers (`MemberWriter`: a
/// tree, JSON text, a stream) and the object's `Shape`, hence both schemas and both readers'
/// typing (`ShapeCollector`).
protocol FieldListed: DocObject {
  /// A blank object to decode into (NDCCore's models have one): every required member is
  /// read or the decode fails, so a blank value never stands for one that was read.
  init()
  /// Hands every member to `v` in the format's order: a reader sets them, the writers and the
  /// shape collector only look.
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure)
}

extension FieldListed {
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init()
    var reader = r
    try fields(&reader)
  }

  func encode(into w: inout MemberWriter) {
    var copy = self
    copy.fields(&w)
  }

  /// The object's shape, named `typeName` in the schemas: its field list walked over a blank.
  static func listedShape(_ typeName: String) -> Shape {
    var collector = ShapeCollector()
    var blank = Self()
    blank.fields(&collector)
    return .object(typeName, collector.fields)
  }
}

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

extension MemberReader: FieldVisitor {
  typealias Failure = DecodingFailure

  mutating func scalar<T: DocScalar>(
    _ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool
  ) throws(DecodingFailure) {
    value = try required(name)
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape)
    throws(DecodingFailure)
  {
    value = try optional(name)
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) throws(DecodingFailure) {
    value = try required(name)
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) throws(DecodingFailure) {
    value = try optional(name)
  }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) throws(DecodingFailure) {
    value = try list(name)
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool)
    throws(DecodingFailure)
  {
    value = try list(name)
  }
}

extension MemberWriter: FieldVisitor {
  typealias Failure = Never

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool) {
    set(name, value)
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape) {
    set(name, value)
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) { set(name, value) }
  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) { set(name, value) }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) {
    set(name, value)
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool) {
    set(name, value)
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
