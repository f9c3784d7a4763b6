/// Texts with `{name}` placeholders, as the report's catalogue and the service's pages write
/// them.
public enum TextTemplate {
  /// `text` with each `{name}` of `values` replaced in one pass from the left: a value is put
  /// in as it is, so a submitted text holding `{implied}` stays that text, whatever the order
  /// of the dictionary (decision 244). A `{…}` that names no value stays as it is.
  public static func fill(_ text: String, _ values: [String: String]) -> String {
    guard !values.isEmpty else { return text }
    var out = ""
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
        out += value
        rest = after[after.index(after: close)...]
      } else {
        out += "{"
        rest = after
      }
    }
    out += rest
    return out
  }
}
