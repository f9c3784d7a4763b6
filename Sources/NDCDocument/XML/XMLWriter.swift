import NDCCore
import NDCStorage

/// Writes a logical document as canonical XML: the declaration, the root with `xmlns` and
/// its attribute fields, one element per member in the shape's order, list wrappers with
/// their item elements, 2-space indentation, scalars on one line, LF, a final newline.
/// Absent members and empty lists are not written.
public enum XMLWriter {
  public static func write(_ document: DocNode, format: DocumentFormat) -> String {
    var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    out += "<\(format.rootElement) xmlns=\"\(escape(format.namespace, attribute: true))\""
    for field in format.root.fields where field.xmlAttribute {
      if let value = scalarText(document[member: field.name]) {
        out += " \(field.name)=\"\(escape(value, attribute: true))\""
      }
    }
    var body = ""
    writeMembers(of: document, shape: format.root, depth: 1, into: &body)
    if body.isEmpty {
      out += "/>\n"
    } else {
      out += ">\n" + body + "</\(format.rootElement)>\n"
    }
    return out
  }

  private static func writeMembers(of node: DocNode, shape: ObjectShape, depth: Int, into out: inout String) {
    for field in shape.fields where !field.xmlAttribute {
      guard let value = node[member: field.name] else { continue }
      write(value, named: field.name, shape: field.shape, depth: depth, into: &out)
    }
  }

  public static func write(_ node: DocNode, named name: String, shape: Shape, depth: Int, into out: inout String) {
    let indent = String(repeating: "  ", count: depth)
    switch shape {
    case .object(let object):
      var inner = ""
      writeMembers(of: node, shape: object, depth: depth + 1, into: &inner)
      out += inner.isEmpty ? "\(indent)<\(name)/>\n" : "\(indent)<\(name)>\n\(inner)\(indent)</\(name)>\n"
    case .list(let list):
      guard case .array(let items) = node.value, !items.isEmpty else { return }
      out += "\(indent)<\(name)>\n"
      for item in items { write(item, named: list.itemElement, shape: list.item, depth: depth + 1, into: &out) }
      out += "\(indent)</\(name)>\n"
    case .scalar:
      guard let text = scalarText(node) else { return }
      out += "\(indent)<\(name)>\(escape(text, attribute: false))</\(name)>\n"
    }
  }

  /// A scalar's lexical form (XML reads strings; JSON also gives numbers and booleans).
  fileprivate static func scalarText(_ node: DocNode?) -> String? {
    switch node?.value {
    case .string(let text)?: text
    case .number(let text)?: text
    case .bool(let flag)?: flag ? "true" : "false"
    default: nil
    }
  }

  static func escape(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\r": out += "&#13;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }
}

/// `XMLWriter`'s text written as a `DocumentStream`: an element's start tag is written when its
/// first content comes, so an object that gets none is `<name/>` and a list that gets no item
/// leaves nothing; the root's attribute fields go on its start tag.
public final class XMLStream: DocumentStream {
  private enum Content {
    case object(ObjectShape)
    case list(ListShape)
  }
  private struct Frame {
    var name: String
    var content: Content
    var opened: Bool
  }
  private let format: DocumentFormat
  private var frames: [Frame]
  private var rootAttributes = ""
  private var buffer: StreamBuffer
  /// Items written ahead, by the path of their list (`inventory.figures`): copied in after
  /// the list's own items.
  public var spliced: [String: any SplicedItems] = [:]
  /// The first splice that failed (the text written is then incomplete).
  public private(set) var spliceFailure: InputError?

  /// `drain` gets the text in chunks as it is written; without it, `text` holds it all.
  /// `copy`, with a drain, takes the spliced text that lies in files as ranges of them.
  public init(format: DocumentFormat, drain: (([UInt8]) -> Void)? = nil, copy: FileRangeCopy? = nil) {
    self.format = format
    frames = [Frame(name: format.rootElement, content: .object(format.root), opened: false)]
    buffer = StreamBuffer(drain: drain, copy: copy)
    buffer.bytes.append(contentsOf: (#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n").utf8)
  }

  /// What was written and not drained.
  public var text: String { String(decoding: buffer.bytes, as: UTF8.self) }

  public func member(_ name: String, _ node: DocNode) {
    let field = self.field(name)
    if field.xmlAttribute {
      precondition(frames.count == 1 && !frames[0].opened, "an attribute after the root's content")
      if let value = XMLWriter.scalarText(node) {
        rootAttributes += " \(name)=\"\(XMLWriter.escape(value, attribute: true))\""
      }
      return
    }
    var piece = ""
    XMLWriter.write(node, named: name, shape: field.shape, depth: frames.count, into: &piece)
    append(piece.utf8)
  }

  public func beginObject(_ name: String) {
    guard case .object(let shape) = field(name).shape else { preconditionFailure("\(name) is not an object") }
    frames.append(Frame(name: name, content: .object(shape), opened: false))
  }

  public func beginList(_ name: String) {
    guard case .list(let shape) = field(name).shape else { preconditionFailure("\(name) is not a list") }
    frames.append(Frame(name: name, content: .list(shape), opened: false))
  }

  public func item(_ node: DocNode) {
    guard case .list(let list) = frames[frames.count - 1].content else { preconditionFailure("an item outside a list") }
    var piece = ""
    XMLWriter.write(node, named: list.itemElement, shape: list.item, depth: frames.count, into: &piece)
    append(piece.utf8)
  }

  public func items(_ count: Int, _ node: @Sendable (Int) -> DocNode) {
    guard ParallelItems.worthIt(count) else { return (0..<count).forEach { item(node($0)) } }
    guard case .list(let list) = frames[frames.count - 1].content else { preconditionFailure("an item outside a list") }
    let depth = frames.count
    ParallelItems.write(count: count) { range in
      var piece = ""
      for i in range { XMLWriter.write(node(i), named: list.itemElement, shape: list.item, depth: depth, into: &piece) }
      return Array(piece.utf8)
    } emit: { text in
      append(text)
    }
  }

  public func end() {
    precondition(frames.count > 1, "end without an open object or list")
    if case .list = frames[frames.count - 1].content, !spliced.isEmpty,
      let spill = spliced[frames.dropFirst().map(\.name).joined(separator: ".")]
    {
      // A range comes after the start tags still pending.
      let copy: FileRangeCopy? =
        buffer.copy == nil
        ? nil
        : { [self] in
          openPending()
          return buffer.flushAndCopy($0)
        }
      do throws(InputError) {
        try spill.read(skipping: 0, copy: copy) { append($0) }
      } catch {
        if spliceFailure == nil { spliceFailure = error }
      }
    }
    let frame = frames.removeLast()
    let indent = String(repeating: "  ", count: frames.count)
    if frame.opened {
      buffer.bytes.append(contentsOf: "\(indent)</\(frame.name)>\n".utf8)
    } else if case .object = frame.content {
      append("\(indent)<\(frame.name)/>\n".utf8)
    }
  }

  public func finish() {
    precondition(frames.count == 1, "finish with an open object or list")
    buffer.bytes.append(contentsOf: (frames[0].opened ? "</\(format.rootElement)>\n" : rootStartTag + "/>\n").utf8)
    buffer.flush()
  }

  /// The root's start tag without its closing `>` or `/>`.
  private var rootStartTag: String {
    "<\(format.rootElement) xmlns=\"\(XMLWriter.escape(format.namespace, attribute: true))\"\(rootAttributes)"
  }

  /// The field of the innermost open object.
  private func field(_ name: String) -> Field {
    guard case .object(let shape) = frames[frames.count - 1].content, let field = shape.field(name) else {
      preconditionFailure("no member \(name) here")
    }
    return field
  }

  /// Appends content below the innermost frame, writing the start tags still pending first.
  private func append<Text: Collection<UInt8>>(_ piece: Text) {
    guard !piece.isEmpty else { return }
    openPending()
    buffer.bytes.append(contentsOf: piece)
    buffer.flushIfFull()
  }

  /// Writes the start tags of the elements that got no content yet.
  private func openPending() {
    guard let first = frames.firstIndex(where: { !$0.opened }) else { return }
    for i in first..<frames.count {
      let tag = i == 0 ? rootStartTag + ">\n" : "\(String(repeating: "  ", count: i))<\(frames[i].name)>\n"
      buffer.bytes.append(contentsOf: tag.utf8)
      frames[i].opened = true
    }
  }
}
