import NDCCore
import NDCLibXML

/// Builds the logical document from the reader's events, guided by the format's `Shape`:
/// an element is an object member of the same name, a list wrapper an array of its item
/// elements, a scalar element the string of its text; the root's attributes are members.
/// Elements the shape does not know (the schema reports them) are left out, with their content.
struct XMLDocumentBuilder {
  enum Kind {
    case object(ObjectShape)
    case list(ListShape)
    case scalar(ScalarShape)
    /// Not part of the logical document (unexpected, duplicate or misplaced).
    case ignored
  }

  /// An open element. Its content is kept in plain stored properties (not in the enum) so
  /// that appending mutates in place: a list of 100 000 items stays linear. Its pointer is
  /// not stored: only diagnostics need it, and `element(at:)` builds it from the stack.
  struct Frame {
    var name: String
    /// The item's index when the element is an item of a list, else nil (a member).
    var itemIndex: Int?
    var position: SourcePosition?
    /// The element's index in document order (the prescan's numbering).
    var elementIndex: Int
    var kind: Kind
    var members: [DocMember] = []
    var items: [DocNode] = []
    var text = ""
  }

  /// An open element as diagnostics see it.
  struct OpenElement {
    var name: String
    var pointer: JSONPointer
    var position: SourcePosition?
    var kind: Kind
  }

  let format: DocumentFormat
  private(set) var stack: [Frame] = []
  private(set) var document: DocNode?

  init(format: DocumentFormat) { self.format = format }

  /// The open element of an element index, if it is open.
  func openElement(elementIndex: Int) -> OpenElement? {
    stack.lastIndex { $0.elementIndex == elementIndex }.map(element(at:))
  }

  /// The element enclosing an open element.
  func parentElement(ofElementIndex elementIndex: Int) -> OpenElement? {
    guard let i = stack.lastIndex(where: { $0.elementIndex == elementIndex }), i > 0 else { return nil }
    return element(at: i - 1)
  }

  /// The open element at a depth of the stack, with its pointer (the root's is the root).
  private func element(at depth: Int) -> OpenElement {
    var pointer = JSONPointer.root
    for frame in stack[0...depth].dropFirst() {
      pointer = frame.itemIndex.map { pointer / $0 } ?? pointer / frame.name
    }
    let frame = stack[depth]
    return OpenElement(name: frame.name, pointer: pointer, position: frame.position, kind: frame.kind)
  }

  /// Whether the innermost open element keeps its text (a scalar).
  var wantsText: Bool {
    if case .scalar? = stack.last?.kind { return true }
    return false
  }

  mutating func start(_ element: XMLStartElement, index: Int, position: SourcePosition?) {
    guard let parent = stack.indices.last else {
      var root = Frame(name: element.localName, position: position, elementIndex: index, kind: .object(format.root))
      for field in format.root.fields where field.xmlAttribute {
        if let value = element.attribute(field.name) {
          root.members.append(DocMember(field.name, DocNode(.string(value), at: position), namePosition: position))
        }
      }
      stack.append(root)
      return
    }
    let known = element.namespaceURI == format.namespace
    var frame = Frame(name: element.localName, position: position, elementIndex: index, kind: .ignored)
    switch stack[parent].kind {
    case .object(let object):
      if known, let field = object.fields.firstIndex(where: { $0.name == element.localName }),
        !object.fields[field].xmlAttribute, !stack[parent].members.contains(where: { $0.name == element.localName })
      {
        frame.kind = Self.kind(of: object.fields[field].shape)
      }
    case .list(let list):
      if known, element.localName == list.itemElement {
        frame.itemIndex = stack[parent].items.count
        frame.kind = Self.kind(of: list.item)
      }
    case .scalar, .ignored:
      break
    }
    stack.append(frame)
  }

  mutating func text(_ text: String) {
    guard let last = stack.indices.last, case .scalar = stack[last].kind else { return }
    stack[last].text += text
  }

  mutating func end() {
    guard let frame = stack.popLast() else { return }
    let node: DocNode
    switch frame.kind {
    case .object: node = DocNode(.object(frame.members), at: frame.position)
    case .list: node = DocNode(.array(frame.items), at: frame.position)
    case .scalar: node = DocNode(.string(frame.text), at: frame.position)
    case .ignored: return
    }
    guard let parent = stack.indices.last else {
      document = node
      return
    }
    switch stack[parent].kind {
    case .object: stack[parent].members.append(DocMember(frame.name, node, namePosition: frame.position))
    case .list: stack[parent].items.append(node)
    case .scalar, .ignored: break
    }
  }

  private static func kind(of shape: Shape) -> Kind {
    switch shape {
    case .object(let object): .object(object)
    case .list(let list): .list(list)
    case .scalar(let scalar): .scalar(scalar)
    }
  }
}
