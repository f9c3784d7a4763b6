import NDCCore
import NDCDocument

/// Reads the members of one document object; as a `FieldVisitor`, decodes an object by its
/// field list.
struct MemberReader {
  private let members: [DocMember]
  /// Where a member is looked for first: the one after the member read last. A document's
  /// members come in the shape's order (XML's schema requires it, the writers keep it), which
  /// is the field list's, so a present member is found at once.
  private var next = 0

  init(_ node: DocNode) throws(DecodingFailure) {
    guard case .object(let members) = node.value else { throw DecodingFailure() }
    self.members = members
  }

  private mutating func node(_ name: String) -> DocNode? {
    if next < members.count, members[next].name == name {
      next += 1
      return members[next - 1].node
    }
    guard let i = members.firstIndex(where: { $0.name == name }) else { return nil }
    next = i + 1
    return members[i].node
  }

  mutating func optional<T: DocScalar>(_ name: String) throws(DecodingFailure) -> T? {
    guard let node = node(name) else { return nil }
    guard let value = T(docValue: node.value) else { throw DecodingFailure() }
    return value
  }

  mutating func required<T: DocScalar>(_ name: String) throws(DecodingFailure) -> T {
    guard let value: T = try optional(name) else { throw DecodingFailure() }
    return value
  }

  mutating func optional<T: DocObject>(_ name: String) throws(DecodingFailure) -> T? {
    guard let node = node(name) else { return nil }
    return try T(MemberReader(node))
  }

  mutating func required<T: DocObject>(_ name: String) throws(DecodingFailure) -> T {
    guard let value: T = try optional(name) else { throw DecodingFailure() }
    return value
  }

  /// An absent list is an empty list.
  mutating func list<T: DocScalar>(_ name: String) throws(DecodingFailure) -> [T] {
    try items(name).map { (item) throws(DecodingFailure) -> T in
      guard let value = T(docValue: item.value) else { throw DecodingFailure() }
      return value
    }
  }

  mutating func list<T: DocObject>(_ name: String) throws(DecodingFailure) -> [T] {
    try items(name).map { (item) throws(DecodingFailure) -> T in try T(MemberReader(item)) }
  }

  private mutating func items(_ name: String) throws(DecodingFailure) -> [DocNode] {
    guard let node = node(name) else { return [] }
    guard case .array(let items) = node.value else { throw DecodingFailure() }
    return items
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
