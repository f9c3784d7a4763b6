import NDCCore
import NDCDocument

// A model object's compact binary form, made and read by its field list: how compile keeps the
// models it has checked (`SpilledSubmissions`) until it adds them. It is positional — the field
// list gives the order, so no member name is written — and goes straight from the model to the
// bytes and back, without a document tree on either side (decision 224):
//
// - a scalar: a tag (string, number, true, false, null) and, for a string or a number, its
//   text as a LEB128 length and UTF-8 bytes — the scalar's `docValue`, read back by
//   `init(docValue:)`, as the tree reader reads it;
// - an optional scalar or object: a byte, 0 (absent) or 1 (present), then the value;
// - an object: its fields, in the list's order;
// - a list: a LEB128 count, then the items.
//
// Decoding checks every tag, flag, count and length against the bytes and refuses bytes left
// over, so damaged bytes give nil, never a crash or a model of other content.

/// Appends a model object's binary form.
struct BinaryModelWriter: FieldVisitor {
  typealias Failure = Never
  var bytes: [UInt8] = []

  fileprivate enum Tag: UInt8 {
    case string = 0, number, yes, no, null
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool) {
    write(value.docValue)
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape) {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    write(value.docValue)
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) { value.visit(&self) }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) {
    guard let value else { return bytes.append(0) }
    bytes.append(1)
    value.visit(&self)
  }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) {
    varint(value.count)
    for item in value { write(item.docValue) }
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool) {
    varint(value.count)
    for item in value { item.visit(&self) }
  }

  private mutating func write(_ value: DocValue) {
    switch value {
    case .string(let s): text(s, tag: .string)
    case .number(let n): text(n, tag: .number)
    case .bool(let b): bytes.append(b ? Tag.yes.rawValue : Tag.no.rawValue)
    // A model's scalar is never an object or an array; were one, it would read back as
    // absent-in-kind (null), which no required scalar accepts: the decode fails, it does not lie.
    case .null, .object, .array: bytes.append(Tag.null.rawValue)
    }
  }

  private mutating func text(_ s: String, tag: Tag) {
    bytes.append(tag.rawValue)
    var s = s
    s.withUTF8 { utf8 in
      varint(utf8.count)
      bytes.append(contentsOf: utf8)
    }
  }

  private mutating func varint(_ value: Int) {
    var v = UInt(value)
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }
}

/// Reads a model object from its binary form.
struct BinaryModelReader: FieldVisitor {
  typealias Failure = DecodingFailure
  private let bytes: UnsafeBufferPointer<UInt8>
  private(set) var offset = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The object of type `T` in all of `bytes`, or nil.
  static func decode<T: DocObject>(_ type: T.Type, from bytes: [UInt8]) -> T? {
    bytes.withUnsafeBufferPointer { buffer in
      var reader = BinaryModelReader(buffer)
      var value = T.blank
      do throws(DecodingFailure) {
        try value.fields(&reader)
      } catch {
        return nil
      }
      return reader.offset == buffer.count ? value : nil
    }
  }

  mutating func scalar<T: DocScalar>(
    _ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool
  ) throws(DecodingFailure) {
    value = try read()
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape)
    throws(DecodingFailure)
  {
    value = try present() ? try read() as T : nil
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) throws(DecodingFailure) {
    value = try object()
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) throws(DecodingFailure) {
    value = try present() ? try object() as T : nil
  }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) throws(DecodingFailure) {
    let n = try count()
    var items: [T] = []
    items.reserveCapacity(n)
    for _ in 0..<n { items.append(try read()) }
    value = items
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool)
    throws(DecodingFailure)
  {
    let n = try count()
    var items: [T] = []
    items.reserveCapacity(n)
    for _ in 0..<n { items.append(try object()) }
    value = items
  }

  private mutating func object<T: DocObject>() throws(DecodingFailure) -> T {
    var value = T.blank
    try value.fields(&self)
    return value
  }

  private mutating func byte() throws(DecodingFailure) -> UInt8 {
    guard offset < bytes.count else { throw DecodingFailure() }
    defer { offset += 1 }
    return bytes[offset]
  }

  private mutating func present() throws(DecodingFailure) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw DecodingFailure()
    }
  }

  private mutating func read<T: DocScalar>() throws(DecodingFailure) -> T {
    let value: DocValue
    switch BinaryModelWriter.Tag(rawValue: try byte()) {
    case .string?: value = .string(try text())
    case .number?: value = .number(try text())
    case .yes?: value = .bool(true)
    case .no?: value = .bool(false)
    case .null?: value = .null
    case nil: throw DecodingFailure()
    }
    guard let scalar = T(docValue: value) else { throw DecodingFailure() }
    return scalar
  }

  private mutating func varint() throws(DecodingFailure) -> Int {
    var value: UInt = 0
    var shift: UInt = 0
    while true {
      let b = try byte()
      value |= UInt(b & 0x7F) << shift
      if b < 0x80 {
        guard value <= UInt(Int.max) else { throw DecodingFailure() }
        return Int(value)
      }
      shift += 7
      if shift > 56 { throw DecodingFailure() }
    }
  }

  /// A count of items or bytes still to come: no more than the bytes that remain (an item
  /// takes at least one, but for an object of no fields, which no model has).
  private mutating func count() throws(DecodingFailure) -> Int {
    let n = try varint()
    guard n <= bytes.count - offset else { throw DecodingFailure() }
    return n
  }

  private mutating func text() throws(DecodingFailure) -> String {
    let n = try count()
    let slice = UnsafeBufferPointer(rebasing: bytes[offset..<offset + n])
    offset += n
    // Damaged text is refused, not repaired.
    guard let text = String(validating: slice, as: UTF8.self) else { throw DecodingFailure() }
    return text
  }
}
