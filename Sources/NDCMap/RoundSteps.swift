import NDCCore

/// Round numbers for axes and class limits: steps of 1, 2 or 5 times a power of ten, in exact
/// decimals (the smallest step is one millionth, ExactDecimal's resolution).
public enum RoundSteps {
  /// The smallest 1–2–5 step that covers `span` in at most `count` steps.
  public static func step(span: ExactDecimal, count: Int) -> ExactDecimal {
    let target = max(span.magnitude.micros, 1)
    let count = Int128(max(count, 1))
    var power: Int128 = 1
    while true {
      for m: Int128 in [1, 2, 5] where m * power * count >= target { return ExactDecimal(micros: m * power) }
      power *= 10
    }
  }

  /// Ticks at multiples of a 1–2–5 step from at or below `low` to at or above `high`, at most
  /// about `count` intervals; zero is a tick whenever the range crosses it.
  public static func ticks(low: ExactDecimal, high: ExactDecimal, count: Int = 5) -> [ExactDecimal] {
    let (low, high) = low <= high ? (low, high) : (high, low)
    let span = high - low
    let step = RoundSteps.step(span: span.isZero ? max(high.magnitude, .one) : span, count: count)
    var tick = ExactDecimal(micros: floorDiv(low.micros, step.micros) * step.micros)
    var ticks = [tick]
    while tick < high || ticks.count < 2 {
      tick += step
      ticks.append(tick)
    }
    return ticks
  }

  /// `value` rounded to `digits` significant digits, in the direction given (down: towards −∞).
  public static func significant(_ value: ExactDecimal, digits: Int, up: Bool) -> ExactDecimal {
    let m = value.micros
    if m == 0 { return value }
    var unit: Int128 = 1
    var limit: Int128 = 1
    for _ in 0..<digits { limit *= 10 }
    while (m < 0 ? -m : m) / unit >= limit { unit *= 10 }
    let q = up ? -floorDiv(-m, unit) : floorDiv(m, unit)
    return ExactDecimal(micros: q * unit)
  }

  static func floorDiv(_ a: Int128, _ b: Int128) -> Int128 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }
}
