import NDCCore

/// Writes a logical document as canonical JSON: 2-space indentation, LF, a final newline,
/// UTF-8 without BOM, members in document order as `"key": value`, one list item per line,
/// strings escaped minimally (`\"`, `\\`, `\n`, `\t`, other C0 controls as `\u00XX`; non-ASCII
/// raw; `/` as is). Numbers are written as their lexical text.
public enum JSONWriter {
  public static func write(_ document: DocNode, format: DocumentFormat) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(document.value, indent: 0, into: &out)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }

  private static func write(_ value: DocValue, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .object(let members):
      guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
      out.append(UInt8(ascii: "{"))
      for (k, member) in members.enumerated() {
        newLine(indent + 1, comma: k > 0, into: &out)
        writeString(member.name, into: &out)
        out.append(contentsOf: ": ".utf8)
        write(member.node.value, indent: indent + 1, into: &out)
      }
      newLine(indent, comma: false, into: &out)
      out.append(UInt8(ascii: "}"))
    case .array(let items):
      guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
      out.append(UInt8(ascii: "["))
      for (k, item) in items.enumerated() {
        newLine(indent + 1, comma: k > 0, into: &out)
        write(item.value, indent: indent + 1, into: &out)
      }
      newLine(indent, comma: false, into: &out)
      out.append(UInt8(ascii: "]"))
    case .string(let text): writeString(text, into: &out)
    case .number(let text): out.append(contentsOf: text.utf8)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    }
  }

  private static func newLine(_ indent: Int, comma: Bool, into out: inout [UInt8]) {
    if comma { out.append(UInt8(ascii: ",")) }
    out.append(0x0A)
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for b in text.utf8 {
      switch b {
      case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
      case 0x0A: out.append(contentsOf: #"\n"#.utf8)
      case 0x09: out.append(contentsOf: #"\t"#.utf8)
      case 0x00..<0x20:
        out.append(contentsOf: #"\u00"#.utf8)
        out.append(hexDigits[Int(b >> 4)])
        out.append(hexDigits[Int(b & 0x0F)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
