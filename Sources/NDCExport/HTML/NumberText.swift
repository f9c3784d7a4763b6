import NDCCore

/// Exact figures for people: every digit of the document's value, with thousands grouped and the
/// language's decimal mark (en `34,039,453.5`; da `34.039.453,5`). Nothing is rounded.
public enum NumberText {
  public static func format(_ value: ExactDecimal, _ language: Language) -> String {
    let (group, mark) = language == .da ? (".", ",") : (",", ".")
    let text = value.description
    let negative = text.hasPrefix("-")
    let unsigned = negative ? String(text.dropFirst()) : text
    let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
    var integer = ""
    for (i, c) in parts[0].reversed().enumerated() {
      if i > 0, i % 3 == 0 { integer.append(contentsOf: group.reversed()) }
      integer.append(c)
    }
    let grouped = String(integer.reversed())
    return (negative ? "−" : "") + grouped + (parts.count > 1 ? mark + parts[1] : "")
  }

  public static func format(_ value: Int, _ language: Language) -> String { format(ExactDecimal(value), language) }

  /// A percentage or share: two places, as the document writes them.
  public static func percent(_ value: ExactDecimal, _ language: Language) -> String {
    let text = value.formatted(places: 2)
    return language == .da ? text.replacing(".", with: ",").replacing("-", with: "−") : text.replacing("-", with: "−")
  }
}
