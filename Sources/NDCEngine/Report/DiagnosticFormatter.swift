import Foundation
import NDCCore

/// Prints diagnostics like a compiler: `file:line:col: error[CODE]: message`, the source
/// line, a caret under the column, the hint and related locations.
public struct DiagnosticFormatter: Sendable {
  public var colour: Bool

  public init(colour: Bool) { self.colour = colour }

  private func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  private func label(_ severity: Severity) -> String {
    switch severity {
    case .blocker: paint("blocker", "1;35")
    case .error: paint("error", "1;31")
    case .warning: paint("warning", "1;33")
    case .info: paint("info", "1;36")
    }
  }

  /// One diagnostic; `sourceLines` gives the file's lines when known. Everything that may come
  /// from outside (the path, the message with its quoted values, the pointer, the source line,
  /// the hint, the related places) is printed as `TerminalText` shows it, and every line is
  /// bounded: a pointer or a related place at most 300 scalars, the source line a window of
  /// 300 around the column, so a small file cannot make the report huge.
  public func format(_ d: Diagnostic, path: String, sourceLines: SourceLines?) -> String {
    var place = TerminalText.shown(path)
    if let p = d.location.position {
      place += ":\(p.line):\(p.column)"
    }
    var out = paint(place, "1") + ": " + label(d.severity) + "[\(d.code)]: " + paint(TerminalText.shown(d.message), "1") + "\n"
    if !d.location.pointer.text.isEmpty || d.location.position == nil {
      out += "  " + paint("at", "2") + " " + Self.pointer(d.location.pointer) + "\n"
    }
    if let p = d.location.position, let excerpt = sourceLines?.excerpt(line: p.line, column: p.column) {
      let number = String(p.line)
      let gutter = String(repeating: " ", count: number.count)
      out += " \(gutter) |\n"
      out += " \(number) | \(excerpt.text)\n"
      out += " \(gutter) | \(String(repeating: " ", count: excerpt.caret))" + paint("^", "1;32") + "\n"
    }
    if let hint = d.hint {
      out += "  " + paint("hint", "1;32") + ": \(TerminalText.shown(hint))\n"
    }
    for r in d.related {
      out += "  " + paint("related", "2") + ": \(TerminalText.shown(r.path, limit: Self.width))"
        + (r.pointer.map { " " + Self.pointer($0) } ?? "") + "\n"
    }
    return out
  }

  /// The widest a pointer, a related path or a source line's window is printed, in scalars.
  static let width = 300

  private static func pointer(_ p: JSONPointer) -> String {
    p.text.isEmpty ? "/" : TerminalText.shown(p.text, limit: width)
  }
}

/// The lines of a source file, for printing: the bytes are kept and a line is found when
/// asked for (a report shows a few lines of a file; splitting all of them cost more than
/// validating it). A line ends at LF, CR LF or a lone CR, as the readers count lines.
public struct SourceLines: Sendable {
  private let bytes: [UInt8]
  public init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path), data.count <= 16 * 1024 * 1024 else { return nil }
    bytes = [UInt8](data)
  }
  public init(bytes: [UInt8]) { self.bytes = bytes }

  /// Line `number` as printed under a diagnostic: shown as `TerminalText` shows it (a tab as
  /// one space, so that the caret keeps its column), at most `DiagnosticFormatter.width`
  /// scalars around `column`, with " …" where it is cut; `caret` is how many terminal columns
  /// the scalars before the column in `text` take (`TerminalText.columns`).
  public func excerpt(line number: Int, column: Int) -> (text: String, caret: Int)? {
    guard let range = byteRange(ofLine: number) else { return nil }
    let width = DiagnosticFormatter.width
    let target = max(0, column - 1)
    // A scalar is at most 4 bytes: the window ends within the first 4 × (column + width) bytes.
    let end = min(range.upperBound, range.lowerBound &+ 4 &* (target &+ width))
    let scalars = Array(String(decoding: bytes[range.lowerBound..<end], as: UTF8.self).unicodeScalars)
    let from = scalars.count <= width ? 0 : max(0, min(target - width / 2, scalars.count - width))
    let to = min(scalars.count, from + width)
    let shown = scalars[from..<to].map { $0 == "\t" ? " " : TerminalText.shown($0) }
    var text = String.UnicodeScalarView()
    if from > 0 { text.append(contentsOf: "… ".unicodeScalars) }
    text.append(contentsOf: shown)
    if to < scalars.count || end < range.upperBound { text.append(contentsOf: " …".unicodeScalars) }
    let before = min(max(0, target - from), shown.count)
    let caret = (from > 0 ? 2 : 0) + shown.prefix(before).reduce(0) { $0 + TerminalText.columns($1) }
    return (String(text), caret)
  }

  /// The bytes of line `number` (from 1) without its end; a byte order mark at the file's
  /// start is left out, as the readers count columns after it.
  private func byteRange(ofLine number: Int) -> Range<Int>? {
    guard number >= 1 else { return nil }
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    var i = start
    while i < bytes.count {
      let b = bytes[i]
      if b == 0x0A || b == 0x0D {
        if line == number { return start..<i }
        i += (b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) ? 2 : 1
        start = i
        line += 1
      } else {
        i += 1
      }
    }
    return line == number ? start..<bytes.count : nil
  }
}
