import NDCCore

extension ExactDecimal {
  /// `self × numerator ÷ denominator`, rounded half-to-even to six places once, where it is
  /// computed (CONTRIBUTION.md, "Arithmetic"); nil when the denominator is zero.
  func scaled(by numerator: ExactDecimal, over denominator: ExactDecimal) -> ExactDecimal? {
    guard !denominator.isZero else { return nil }
    let sign: Int128 = denominator.isNegative ? -1 : 1
    let divisor = denominator.micros * sign
    let wide = (micros * sign).multipliedFullWidth(by: numerator.micros)
    let (quotient, remainder) = divisor.dividingFullWidth(wide)
    var q = quotient
    let twice = (remainder < 0 ? -remainder : remainder) * 2
    if twice > divisor || (twice == divisor && q % 2 != 0) { q += wide.high < 0 ? -1 : 1 }
    return ExactDecimal(micros: q)
  }
}
