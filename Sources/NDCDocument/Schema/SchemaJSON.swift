/// A JSON value with ordered object members, for writing the JSON Schema deterministically.
indirect enum SchemaJSON: Sendable {
  case object([(String, SchemaJSON)])
  case array([SchemaJSON])
  case string(String)
  /// A number in its lexical form (written as is).
  case number(String)
  case bool(Bool)

  /// Pretty text: 2-space indentation, LF, a final newline; arrays of scalars on one line.
  var prettyText: String {
    var out = ""
    write(into: &out, depth: 0)
    return out + "\n"
  }

  private func write(into out: inout String, depth: Int) {
    let indent = String(repeating: "  ", count: depth + 1)
    let closing = String(repeating: "  ", count: depth)
    switch self {
    case .object(let members):
      guard !members.isEmpty else { out += "{}"; return }
      out += "{\n"
      for (i, (name, value)) in members.enumerated() {
        out += indent + Self.quoted(name) + ": "
        value.write(into: &out, depth: depth + 1)
        out += i == members.count - 1 ? "\n" : ",\n"
      }
      out += closing + "}"
    case .array(let items):
      if items.allSatisfy(\.isScalar) {
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += ", " }
          item.write(into: &out, depth: depth)
        }
        out += "]"
        return
      }
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += indent
        item.write(into: &out, depth: depth + 1)
        out += i == items.count - 1 ? "\n" : ",\n"
      }
      out += closing + "]"
    case .string(let s): out += Self.quoted(s)
    case .number(let n): out += n
    case .bool(let b): out += b ? "true" : "false"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .object, .array: false
    default: true
    }
  }

  /// A JSON string as the documents' writer writes it (`JSONWriter.writeString`).
  static func quoted(_ s: String) -> String {
    var bytes: [UInt8] = []
    JSONWriter.writeString(s, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
