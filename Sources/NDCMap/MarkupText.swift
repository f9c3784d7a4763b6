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

  /// `& < > " '` as references; the direction controls (`Unicode.Scalar.isDirectionControl`,
  /// NDCCore) as U+FFFD.
  static func replacement(_ c: Unicode.Scalar) -> String? {
    switch c {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\"": "&quot;"
    case "'": "&#39;"
    case _ where c.isDirectionControl: "\u{FFFD}"
    default: nil
    }
  }

  /// `text` with its direction controls as U+FFFD, for text a template escapes itself.
  public static func neutralisingDirection(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: \.isDirectionControl) else { return text }
    var out = String.UnicodeScalarView()
    for c in text.unicodeScalars { out.append(c.isDirectionControl ? "\u{FFFD}" : c) }
    return String(out)
  }
}
