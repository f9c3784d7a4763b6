/// Escaping text for HTML and SVG content and attribute values (`&`, `<`, `>`, `"`; `'` too, so
/// single-quoted attributes are safe). The one escaping function of the report and the maps.
public enum MarkupText {
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }
}
