/// Writes indented XML text (2 spaces per level, LF, a final newline) for the XSD generator.
struct SchemaTextWriter {
  private(set) var text = ""
  private var depth = 0

  mutating func line(_ content: String) {
    text += String(repeating: "  ", count: depth) + content + "\n"
  }

  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    line("<" + name + Self.attributeText(attributes) + ">")
    depth += 1
  }

  mutating func close(_ name: String) {
    depth -= 1
    line("</" + name + ">")
  }

  /// An empty element, or one holding only a documentation annotation when `documentation`
  /// is not empty.
  mutating func leaf(_ name: String, _ attributes: [(String, String)], documentation: String = "") {
    guard !documentation.isEmpty else {
      line("<" + name + Self.attributeText(attributes) + "/>")
      return
    }
    open(name, attributes)
    annotation(documentation)
    close(name)
  }

  /// An `xs:annotation` holding the documentation, or nothing when it is empty.
  mutating func annotation(_ documentation: String) {
    guard !documentation.isEmpty else { return }
    open("xs:annotation")
    textElement("xs:documentation", documentation)
    close("xs:annotation")
  }

  mutating func textElement(_ name: String, _ content: String) {
    line("<" + name + ">" + XMLWriter.escape(content, attribute: false) + "</" + name + ">")
  }

  private static func attributeText(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(XMLWriter.escape($0.1, attribute: true))\"" }.joined()
  }
}
