import NDCCore
import NDCDocument

/// Reads the members of one document object; as a `FieldVisitor`, decodes an object by its
/// field list.
struct MemberReader {
  private let members: [DocMember]

  init(_ node: DocNode) throws(DecodingFailure) {
    guard case .object(let members) = node.value else { throw DecodingFailure() }
    self.members = members
  }

  private func node(_ name: String) -> DocNode? { members.first { $0.name == name }?.node }

  func optional<T: DocScalar>(_ name: String) throws(DecodingFailure) -> T? {
    guard let node = node(name) else { return nil }
    guard let value = T(docValue: node.value) else { throw DecodingFailure() }
    return value
  }

  func required<T: DocScalar>(_ name: String) throws(DecodingFailure) -> T {
    guard let value: T = try optional(name) else { throw DecodingFailure() }
    return value
  }

  func optional<T: DocObject>(_ name: String) throws(DecodingFailure) -> T? {
    guard let node = node(name) else { return nil }
    return try T(MemberReader(node))
  }

  func required<T: DocObject>(_ name: String) throws(DecodingFailure) -> T {
    guard let value: T = try optional(name) else { throw DecodingFailure() }
    return value
  }

  /// An absent list is an empty list.
  func list<T: DocScalar>(_ name: String) throws(DecodingFailure) -> [T] {
    try items(name).map { (item) throws(DecodingFailure) -> T in
      guard let value = T(docValue: item.value) else { throw DecodingFailure() }
      return value
    }
  }

  func list<T: DocObject>(_ name: String) throws(DecodingFailure) -> [T] {
    try items(name).map { (item) throws(DecodingFailure) -> T in try T(MemberReader(item)) }
  }

  private func items(_ name: String) throws(DecodingFailure) -> [DocNode] {
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
