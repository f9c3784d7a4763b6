import NDCCore

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

  private static func write(_ node: DocNode, named name: String, shape: Shape, depth: Int, into out: inout String) {
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
  private static func scalarText(_ node: DocNode?) -> String? {
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
