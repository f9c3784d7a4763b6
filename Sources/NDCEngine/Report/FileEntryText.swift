/// A file entry of the validate report written straight to bytes: the text Foundation's
/// `JSONEncoder` gives for `JSONReport.FileEntry` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (two-space indentation, `" : "`, keys in byte order, an empty list
/// as `[`, an empty line, `]`), with `prefix` after every line break as the report's indentation
/// adds it. The encoder's text is the reference: the tests compare the two on every fixture and
/// on generated entries. The encoder took about 2.5 % of the service's CPU for a POST.
struct FileEntryText {
  private var out: [UInt8] = []
  private let prefix: [UInt8]

  static func write(_ entry: JSONReport.FileEntry, prefix: String = "") -> String {
    var text = FileEntryText(prefix: Array(prefix.utf8))
    text.out.reserveCapacity(512 + 256 * entry.diagnostics.count)
    text.fileEntry(entry)
    return String(decoding: text.out, as: UTF8.self)
  }

  private init(prefix: [UInt8]) { self.prefix = prefix }

  // The members of each object in the byte order of their keys, as `.sortedKeys` writes them.

  private mutating func fileEntry(_ e: JSONReport.FileEntry) {
    var first = true
    out.append(UInt8(ascii: "{"))
    member("cycle", 1, &first); optional(e.cycle)
    member("diagnostics", 1, &first); diagnostics(e.diagnostics, depth: 1)
    member("format", 1, &first); optional(e.format)
    member("path", 1, &first); string(e.path)
    member("rulePack", 1, &first); optional(e.rulePack)
    member("submissionId", 1, &first); optional(e.submissionId)
    member("submitter", 1, &first); optional(e.submitter)
    if let suppressed = e.suppressed { member("suppressed", 1, &first); number(suppressed) }
    member("valid", 1, &first); out.append(contentsOf: e.valid ? Self.true : Self.false)
    member("version", 1, &first)
    if let version = e.version { number(version) } else { out.append(contentsOf: Self.null) }
    close(UInt8(ascii: "}"), depth: 0)
  }

  private mutating func diagnostics(_ items: [JSONReport.DiagnosticEntry], depth: Int) {
    out.append(UInt8(ascii: "["))
    guard !items.isEmpty else { return emptyListEnd(depth: depth) }
    for (k, d) in items.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      newLine(depth + 1)
      diagnostic(d, depth: depth + 1)
    }
    close(UInt8(ascii: "]"), depth: depth)
  }

  private mutating func diagnostic(_ d: JSONReport.DiagnosticEntry, depth: Int) {
    var first = true
    out.append(UInt8(ascii: "{"))
    member("code", depth + 1, &first); string(d.code)
    if let hint = d.hint { member("hint", depth + 1, &first); string(hint) }
    member("location", depth + 1, &first); location(d.location, depth: depth + 1)
    member("message", depth + 1, &first); string(d.message)
    if let related = d.related {
      member("related", depth + 1, &first)
      out.append(UInt8(ascii: "["))
      if related.isEmpty {
        emptyListEnd(depth: depth + 1)
      } else {
        for (k, r) in related.enumerated() {
          if k > 0 { out.append(UInt8(ascii: ",")) }
          newLine(depth + 2)
          var firstOfRelated = true
          out.append(UInt8(ascii: "{"))
          member("path", depth + 3, &firstOfRelated); string(r.path)
          if let pointer = r.pointer { member("pointer", depth + 3, &firstOfRelated); string(pointer) }
          close(UInt8(ascii: "}"), depth: depth + 2)
        }
        close(UInt8(ascii: "]"), depth: depth + 1)
      }
    }
    member("severity", depth + 1, &first); string(d.severity)
    close(UInt8(ascii: "}"), depth: depth)
  }

  private mutating func location(_ l: JSONReport.LocationEntry, depth: Int) {
    var first = true
    out.append(UInt8(ascii: "{"))
    if let column = l.column { member("column", depth + 1, &first); number(column) }
    if let line = l.line { member("line", depth + 1, &first); number(line) }
    member("pointer", depth + 1, &first); string(l.pointer)
    close(UInt8(ascii: "}"), depth: depth)
  }

  // MARK: Pieces

  private static let null = Array("null".utf8)
  private static let `true` = Array("true".utf8)
  private static let `false` = Array("false".utf8)
  private static let hex = Array("0123456789abcdef".utf8)

  private mutating func newLine(_ depth: Int) {
    out.append(0x0A)
    out.append(contentsOf: prefix)
    for _ in 0..<depth { out.append(0x20); out.append(0x20) }
  }

  /// A member's key at `depth`, after a comma unless it is the object's first.
  private mutating func member(_ key: String, _ depth: Int, _ first: inout Bool) {
    if !first { out.append(UInt8(ascii: ",")) }
    first = false
    newLine(depth)
    string(key)
    out.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
  }

  private mutating func close(_ bracket: UInt8, depth: Int) {
    newLine(depth)
    out.append(bracket)
  }

  /// After `[`: the encoder's empty list, a line break, an empty line, the closing bracket.
  private mutating func emptyListEnd(depth: Int) {
    out.append(0x0A)
    out.append(contentsOf: prefix)
    close(UInt8(ascii: "]"), depth: depth)
  }

  private mutating func optional(_ text: String?) {
    if let text { string(text) } else { out.append(contentsOf: Self.null) }
  }

  private mutating func number(_ n: Int) { out.append(contentsOf: String(n).utf8) }

  /// As the encoder escapes: quote, backslash, the five short forms, other controls as
  /// `\u00XX` in lowercase; everything else (the slash, DEL, any other character) as it is.
  private mutating func string(_ text: String) {
    out.append(UInt8(ascii: "\""))
    for b in text.utf8 {
      switch b {
      case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0..<0x20:
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        out.append(Self.hex[Int(b >> 4)])
        out.append(Self.hex[Int(b & 0x0F)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
