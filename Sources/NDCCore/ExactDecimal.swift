/// An exact decimal quantity with six fraction digits, stored as an integer count of
/// millionths. Every lexical form SUBMISSION.md accepts (at most 15 integer and 6 fraction
/// digits) is represented exactly; sums never drift. Products and quotients are rounded
/// half-to-even back to six places where they are computed (CONTRIBUTION.md, "Arithmetic").
public struct ExactDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The value times 10^6.
  public var micros: Int128

  public static let scale: Int128 = 1_000_000
  public static let zero = ExactDecimal(micros: 0)
  public static let one = ExactDecimal(micros: scale)
  public static let hundred = ExactDecimal(micros: 100 * scale)

  public init(micros: Int128) { self.micros = micros }
  public init(_ integer: Int) { self.micros = Int128(integer) * Self.scale }

  /// Parses the accepted lexical form `-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,6})?`.
  /// With `lenient`, also accepts leading zeros, a leading `+`, and up to 30 integer digits
  /// (for reference data and command-line values), still without exponents.
  public init?(_ text: Substring, lenient: Bool = false) {
    var utf8 = text.utf8[...]
    var negative = false
    if utf8.first == UInt8(ascii: "-") { negative = true; utf8 = utf8.dropFirst() }
    else if lenient, utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
    var integerDigits = 0
    var value: Int128 = 0
    var firstDigit: UInt8? = nil
    while let c = utf8.first, c >= 48, c <= 57 {
      if firstDigit == nil { firstDigit = c }
      value = value * 10 + Int128(c - 48)
      integerDigits += 1
      utf8 = utf8.dropFirst()
      if integerDigits > (lenient ? 30 : 15) { return nil }
    }
    if integerDigits == 0 { return nil }
    if !lenient, firstDigit == 48, integerDigits > 1 { return nil }
    var fractionDigits = 0
    if utf8.first == UInt8(ascii: ".") {
      utf8 = utf8.dropFirst()
      while let c = utf8.first, c >= 48, c <= 57 {
        fractionDigits += 1
        if fractionDigits > 6 { return nil }
        value = value * 10 + Int128(c - 48)
        utf8 = utf8.dropFirst()
      }
      if fractionDigits == 0 { return nil }
    }
    if !utf8.isEmpty { return nil }
    for _ in fractionDigits..<6 { value *= 10 }
    micros = negative ? -value : value
  }

  public init?(_ text: String, lenient: Bool = false) { self.init(text[...], lenient: lenient) }

  /// Shortest canonical form: no trailing zeros, no `-0`.
  public var description: String {
    var text: [UInt8] = []
    appendDescription(to: &text)
    return String(decoding: text, as: UTF8.self)
  }

  /// Appends `description` as UTF-8 to `out`, without making a string (documents write
  /// millions of these). Values that fit 64 bits (all the formats accept) avoid 128-bit division.
  public func appendDescription(to out: inout [UInt8]) {
    if micros == 0 { return out.append(UInt8(ascii: "0")) }
    let negative = micros < 0
    let magnitude = negative ? -micros : micros
    if negative { out.append(UInt8(ascii: "-")) }
    let integerPart: Int128 = magnitude / Self.scale
    var fraction = UInt64(magnitude % Self.scale)
    if let small = UInt64(exactly: integerPart) {
      Self.appendDigits(small, to: &out)
    } else {
      out.append(contentsOf: String(integerPart).utf8)
    }
    guard fraction != 0 else { return }
    var digits = 6
    while fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    out.append(UInt8(ascii: "."))
    // `digits` fraction digits, with leading zeros.
    out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
    var i = out.count - 1
    while fraction > 0 {
      out[i] = UInt8(ascii: "0") + UInt8(fraction % 10)
      fraction /= 10
      i -= 1
    }
  }

  /// Appends the decimal digits of `value` to `out`.
  public static func appendDigits(_ value: UInt64, to out: inout [UInt8]) {
    if value < 10 { return out.append(UInt8(ascii: "0") + UInt8(value)) }
    var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
    withUnsafeMutableBytes(of: &buffer) { raw in
      var v = value
      var i = raw.count
      while v > 0 {
        i -= 1
        raw[i] = UInt8(ascii: "0") + UInt8(v % 10)
        v /= 10
      }
      out.append(contentsOf: raw[i...])
    }
  }

  /// The value rounded half-to-even to `places` (0…6) and written with exactly that many
  /// fraction digits (for percentages and shares: two places).
  public func formatted(places: Int) -> String {
    let r = rounded(places: places)
    let negative = r.micros < 0
    let magnitude = negative ? -r.micros : r.micros
    var text = negative ? "-" : ""
    text += String(magnitude / Self.scale)
    if places > 0 {
      let f = String(magnitude % Self.scale)
      let padded = String(repeating: "0", count: 6 - f.count) + f
      text += "." + padded.prefix(places)
    }
    return text
  }

  /// Rounds half-to-even to `places` fraction digits (0…6).
  public func rounded(places: Int) -> ExactDecimal {
    precondition((0...6).contains(places))
    var unit: Int128 = 1
    for _ in places..<6 { unit *= 10 }
    return ExactDecimal(micros: Self.divideRoundingHalfEven(micros, by: unit) * unit)
  }

  public var isNegative: Bool { micros < 0 }
  public var isPositive: Bool { micros > 0 }
  public var isZero: Bool { micros == 0 }
  public var magnitude: ExactDecimal { ExactDecimal(micros: micros < 0 ? -micros : micros) }

  public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { a.micros < b.micros }
  public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { ExactDecimal(micros: a.micros + b.micros) }
  public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { ExactDecimal(micros: a.micros - b.micros) }
  public static prefix func - (a: ExactDecimal) -> ExactDecimal { ExactDecimal(micros: -a.micros) }
  public static func += (a: inout ExactDecimal, b: ExactDecimal) { a.micros += b.micros }
  public static func -= (a: inout ExactDecimal, b: ExactDecimal) { a.micros -= b.micros }

  /// The product, rounded half-to-even to six places.
  public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
    let wide = a.micros.multipliedFullWidth(by: b.micros)
    return ExactDecimal(micros: divideWideRoundingHalfEven(wide, by: scale))
  }

  /// The quotient rounded half-to-even to `places` (0…6) fraction digits, once (a quotient
  /// rounded to six places and then to two is rounded twice: 0.1250004 became 0.125 and then
  /// 0.12; decision 251); nil when dividing by zero.
  public func divided(by divisor: ExactDecimal, places: Int = 6) -> ExactDecimal? {
    scaled(by: .one, over: divisor, places: places)
  }

  /// `self × numerator ÷ denominator`, rounded half-to-even to `places` (0…6) fraction digits
  /// once, where it is computed (CONTRIBUTION.md, "Arithmetic": proportional shares); nil when
  /// the denominator is zero.
  public func scaled(by numerator: ExactDecimal, over denominator: ExactDecimal, places: Int = 6) -> ExactDecimal? {
    precondition((0...6).contains(places))
    guard !denominator.isZero else { return nil }
    var unit: Int128 = 1
    for _ in places..<6 { unit *= 10 }
    let sign: Int128 = denominator.isNegative ? -1 : 1
    let wide = (micros * sign).multipliedFullWidth(by: numerator.micros)
    return ExactDecimal(micros: Self.divideWideRoundingHalfEven(wide, by: denominator.micros * sign * unit) * unit)
  }

  /// `self / whole × 100`, rounded half-to-even to two places once; nil when `whole` is zero.
  public func percent(of whole: ExactDecimal) -> ExactDecimal? {
    scaled(by: .hundred, over: whole, places: 2)
  }

  static func divideRoundingHalfEven(_ n: Int128, by d: Int128) -> Int128 {
    precondition(d > 0)
    var q = n / d
    let r = n % d
    let twice = (r < 0 ? -r : r) * 2
    if twice > d || (twice == d && q % 2 != 0) { q += n < 0 ? -1 : 1 }
    return q
  }

  static func divideWideRoundingHalfEven(_ n: (high: Int128, low: UInt128), by d: Int128) -> Int128 {
    precondition(d > 0)
    let (q0, r) = d.dividingFullWidth(n)
    var q = q0
    let twice = (r < 0 ? -r : r) * 2
    let negative = n.high < 0
    if twice > d || (twice == d && q % 2 != 0) { q += negative ? -1 : 1 }
    return q
  }
}

extension Sequence where Element == ExactDecimal {
  /// The exact sum.
  public func sum() -> ExactDecimal { reduce(.zero, +) }
}
