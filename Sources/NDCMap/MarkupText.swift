/// Escaping text for HTML and SVG content and attribute values (`&`, `<`, `>`, `"`; `'` too, so
/// single-quoted attributes are safe). The one escaping function of the report and the maps.
public enum MarkupText {
  /// `text` for HTML or SVG content or an attribute value: each scalar with a `replacement`
  /// as that, the others as they are.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
      if let replaced = replacement(c) { out += replaced } else { out.unicodeScalars.append(c) }
    }
    return out
  }

  /// `& < > " '` as references; the direction controls (`isDirectionControl`) as U+FFFD.
  static func replacement(_ c: Unicode.Scalar) -> String? {
    switch c {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\"": "&quot;"
    case "'": "&#39;"
    case _ where isDirectionControl(c): "\u{FFFD}"
    default: nil
    }
  }

  /// `text` with its direction controls as U+FFFD, for text a template escapes itself.
  public static func neutralisingDirection(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isDirectionControl) else { return text }
    var out = String.UnicodeScalarView()
    for c in text.unicodeScalars { out.append(isDirectionControl(c) ? "\u{FFFD}" : c) }
    return String(out)
  }

  /// The bidirectional embeddings, overrides and their end (U+202A–U+202E) and isolates
  /// (U+2066–U+2069): in a submitted text they would reorder what follows them on the page — a
  /// figure beside a submitted id shown with its digits reversed (decision 244). They are shown
  /// as U+FFFD, so that the reader sees that something was there.
  public static func isDirectionControl(_ c: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(c.value) || (0x2066...0x2069).contains(c.value)
  }
}
