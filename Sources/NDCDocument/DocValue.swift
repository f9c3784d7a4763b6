import NDCCore

/// The logical document both readers produce and both writers consume: JSON's data model,
/// with scalars kept in their lexical form and each value's position in its source.
/// XML scalars arrive as `.string` and are typed by the `Shape`; JSON numbers as `.number`.
public enum DocValue: Sendable, Hashable {
  case object([DocMember])
  case array([DocNode])
  case string(String)
  /// A JSON number in its lexical form, as written.
  case number(String)
  case bool(Bool)
  case null
}

public struct DocNode: Sendable, Hashable {
  public var value: DocValue
  /// Where the value starts (an XML element's `<`, a JSON value's first character).
  public var position: SourcePosition?
  public init(_ value: DocValue, at position: SourcePosition? = nil) {
    self.value = value
    self.position = position
  }
}

public struct DocMember: Sendable, Hashable {
  public var name: String
  public var node: DocNode
  /// Where the member's name starts (JSON), or the element (XML).
  public var namePosition: SourcePosition?
  public init(_ name: String, _ node: DocNode, namePosition: SourcePosition? = nil) {
    self.name = name
    self.node = node
    self.namePosition = namePosition
  }
}

extension DocNode {
  public subscript(member name: String) -> DocNode? {
    if case .object(let members) = value { return members.first { $0.name == name }?.node }
    return nil
  }

  /// The member or item one pointer token names, or nil.
  func child(_ token: String) -> DocNode? {
    switch value {
    case .object: self[member: token]
    case .array(let items): Int(token).flatMap { items.indices.contains($0) ? items[$0] : nil }
    default: nil
    }
  }

  /// The node a pointer designates, or nil.
  public func node(at pointer: JSONPointer) -> DocNode? {
    var current = self
    for token in pointer.tokens {
      guard let next = current.child(token) else { return nil }
      current = next
    }
    return current
  }

  /// The position of the deepest existing node along the pointer (a missing member points at
  /// its parent).
  public func position(of pointer: JSONPointer) -> SourcePosition? {
    var current = self
    var best = position
    for token in pointer.tokens {
      guard let next = current.child(token) else { return best }
      current = next
      if let p = current.position { best = p }
    }
    return best
  }
}
