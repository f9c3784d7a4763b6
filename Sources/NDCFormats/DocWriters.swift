import NDCCore
import NDCDocument

// The three writers of a model object, each a `FieldVisitor` over its field list: the members
// come in the shape's order by construction (the shape is made from the same list), so no
// writer looks a member up or reorders it. All three leave out absent optionals and empty
// lists, and give the same canonical text (tests check the fast two against the tree).

/// Builds the object's document tree.
struct TreeWriter: FieldVisitor {
  typealias Failure = Never
  private var members: [DocMember] = []

  var node: DocNode { DocNode(.object(members)) }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool) {
    members.append(DocMember(name, DocNode(value.docValue)))
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape) {
    if let value { members.append(DocMember(name, DocNode(value.docValue))) }
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) { members.append(DocMember(name, value.encoded())) }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) {
    if let value { members.append(DocMember(name, value.encoded())) }
  }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) {
    guard !value.isEmpty else { return }
    members.append(DocMember(name, DocNode(.array(value.map { DocNode($0.docValue) }))))
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool) {
    guard !value.isEmpty else { return }
    members.append(DocMember(name, DocNode(.array(value.map { $0.encoded() }))))
  }
}

/// Appends the object's canonical JSON text (as `JSONWriter` writes its tree) after its `{`.
struct JSONTextWriter: FieldVisitor {
  typealias Failure = Never
  /// The text written so far (`DocObject.writeJSON` moves it in and out).
  var bytes: [UInt8] = []
  /// The object's indentation, and how many members it has got.
  private let indent: Int
  private var written = 0

  init(indent: Int) {
    self.indent = indent
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool) {
    start(name)
    value.writeJSON(into: &bytes)
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape) {
    guard let value else { return }
    start(name)
    value.writeJSON(into: &bytes)
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) {
    start(name)
    value.writeJSON(indent: indent + 1, into: &bytes)
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) {
    guard let value else { return }
    start(name)
    value.writeJSON(indent: indent + 1, into: &bytes)
  }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) {
    list(name, value) { item, _, out in item.writeJSON(into: &out) }
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool) {
    list(name, value) { $0.writeJSON(indent: $1, into: &$2) }
  }

  /// A list member (left out when empty); `item` writes one item at the indentation given.
  private mutating func list<T>(_ name: String, _ items: [T], item: (T, Int, inout [UInt8]) -> Void) {
    guard !items.isEmpty else { return }
    start(name)
    bytes.append(UInt8(ascii: "["))
    for (k, element) in items.enumerated() {
      JSONWriter.newLine(indent + 2, comma: k > 0, into: &bytes)
      item(element, indent + 2, &bytes)
    }
    JSONWriter.newLine(indent + 1, comma: false, into: &bytes)
    bytes.append(UInt8(ascii: "]"))
  }

  /// Starts a member: its line and key. A field list's names are identifiers (`[A-Za-z]+`,
  /// the schemas' member names), which JSON writes as they are: no escape to look for.
  private mutating func start(_ name: String) {
    JSONWriter.newLine(indent + 1, comma: written > 0, into: &bytes)
    assert(name.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
    bytes.append(UInt8(ascii: "\""))
    JSONWriter.appendUTF8(name, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
    bytes.append(contentsOf: JSONWriter.memberSeparator)
    written += 1
  }

  /// Closes the object (`{}` when it got no member).
  mutating func close() {
    if written > 0 { JSONWriter.newLine(indent, comma: false, into: &bytes) }
    bytes.append(UInt8(ascii: "}"))
  }
}

/// Passes the object on to a `DocumentStream` member by member: objects member by member, lists
/// item by item (long lists of objects as their JSON text, made on all cores by the stream).
struct StreamWriter: FieldVisitor {
  typealias Failure = Never
  private let stream: any DocumentStream

  init(_ stream: any DocumentStream) { self.stream = stream }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T, shape: @autoclosure () -> Shape, attribute: Bool) {
    stream.member(name, DocNode(value.docValue))
  }

  mutating func scalar<T: DocScalar>(_ name: String, _ value: inout T?, shape: @autoclosure () -> Shape) {
    if let value { stream.member(name, DocNode(value.docValue)) }
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T) {
    stream.beginObject(name)
    value.visit(&self)
    stream.end()
  }

  mutating func object<T: DocObject>(_ name: String, _ value: inout T?) {
    guard var value else { return }
    object(name, &value)
  }

  mutating func list<T: DocScalar>(
    _ name: String, _ value: inout [T], item: String, min: Int, required: Bool, shape: @autoclosure () -> Shape
  ) {
    stream.beginList(name)
    for item in value { stream.item(DocNode(item.docValue)) }
    stream.end()
  }

  mutating func list<T: DocObject>(_ name: String, _ value: inout [T], item: String, min: Int, required: Bool) {
    let items = value
    stream.beginList(name)
    stream.objectItems(items.count, node: { items[$0].encoded() }, json: { items[$0].writeJSON(indent: $1, into: &$2.bytes) })
    stream.end()
  }
}
