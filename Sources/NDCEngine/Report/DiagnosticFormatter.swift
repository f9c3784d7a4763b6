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

  /// One diagnostic; `sourceLines` gives the file's lines when known.
  public func format(_ d: Diagnostic, path: String, sourceLines: SourceLines?) -> String {
    var place = path
    if let p = d.location.position {
      place += ":\(p.line):\(p.column)"
    }
    var out = paint(place, "1") + ": " + label(d.severity) + "[\(d.code)]: " + paint(d.message, "1") + "\n"
    if !d.location.pointer.text.isEmpty || d.location.position == nil {
      out += "  " + paint("at", "2") + " " + (d.location.pointer.text.isEmpty ? "/" : d.location.pointer.text) + "\n"
    }
    if let p = d.location.position, let line = sourceLines?.line(p.line) {
      let number = String(p.line)
      let gutter = String(repeating: " ", count: number.count)
      let shown = line.replacingOccurrences(of: "\t", with: " ")
      out += " \(gutter) |\n"
      out += " \(number) | \(shown)\n"
      let caretIndent = String(repeating: " ", count: max(0, p.column - 1))
      out += " \(gutter) | \(caretIndent)" + paint("^", "1;32") + "\n"
    }
    if let hint = d.hint {
      out += "  " + paint("hint", "1;32") + ": \(hint)\n"
    }
    for r in d.related {
      out += "  " + paint("related", "2") + ": \(r.path)" + (r.pointer.map { " \($0.text.isEmpty ? "/" : $0.text)" } ?? "") + "\n"
    }
    return out
  }
}

/// The lines of a source file, for printing: the bytes are kept and a line is found when
/// asked for (a report shows a few lines of a file; splitting all of them cost more than
/// validating it).
public struct SourceLines: Sendable {
  private let bytes: [UInt8]
  public init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path), data.count <= 16 * 1024 * 1024 else { return nil }
    bytes = [UInt8](data)
  }
  public init(bytes: [UInt8]) { self.bytes = bytes }
  public func line(_ number: Int) -> String? {
    guard number >= 1 else { return nil }
    var start = 0
    for _ in 1..<number {
      guard let newline = bytes[start...].firstIndex(of: 0x0A) else { return nil }
      start = newline + 1
    }
    let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
    var l = Substring(String(decoding: bytes[start..<end], as: UTF8.self))
    if l.hasSuffix("\r") { l = l.dropLast() }
    // Very long lines (minified files) are cut around nothing: print at most 300 scalars.
    return l.unicodeScalars.count > 300 ? String(String.UnicodeScalarView(l.unicodeScalars.prefix(300))) + " …" : String(l)
  }
}
