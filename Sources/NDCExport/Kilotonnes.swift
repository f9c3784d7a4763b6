import NDCCore

/// Tonnes written as kilotonnes, exactly: the decimal point of the tonnes' canonical text is
/// shifted three places to the left (t ÷ 1000 needs up to nine fraction digits; nothing is
/// rounded). The result is the shortest form: no trailing zeros, `0` for zero.
public enum Kilotonnes {
  public static func text(_ tonnes: ExactDecimal) -> String {
    if tonnes.isZero { return "0" }
    let negative = tonnes.isNegative
    let digits = tonnes.magnitude.description
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    let integer = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    let paddedInteger = String(repeating: "0", count: max(0, 4 - integer.count)) + integer
    let split = paddedInteger.index(paddedInteger.endIndex, offsetBy: -3)
    var newInteger = String(paddedInteger[..<split])
    var newFraction = String(paddedInteger[split...]) + fraction
    while newFraction.hasSuffix("0") { newFraction.removeLast() }
    while newInteger.count > 1, newInteger.hasPrefix("0") { newInteger.removeFirst() }
    return (negative ? "-" : "") + newInteger + (newFraction.isEmpty ? "" : "." + newFraction)
  }
}
