/// A calendar date `YYYY-MM-DD` that exists in the proleptic Gregorian calendar.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// 0001-01-01, the blank of a date member (see `Submission`).
  public static let blank = CalendarDate(year: 1, month: 1, day: 1)!

  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses exactly `YYYY-MM-DD`.
  public init?(_ text: Substring) {
    let u = Array(text.utf8)
    guard u.count == 10, u[4] == 45, u[7] == 45,
      let y = Self.digits(u[0..<4]), let m = Self.digits(u[5..<7]), let d = Self.digits(u[8..<10])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }
  public init?(_ text: String) { self.init(text[...]) }

  static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
    var v = 0
    for b in bytes {
      guard b >= 48, b <= 57 else { return nil }
      v = v * 10 + Int(b - 48)
    }
    return v
  }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01.
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public var description: String {
    func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
  }
}

/// An RFC 3339 date-time with an explicit offset (`Z` or `±hh:mm`, upper-case `T` and `Z`).
/// The model keeps the text as written (the canonical form is the text itself) and the
/// instant it denotes for ordering. Equality is equality of the text.
public struct DateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let text: String
  /// The local date as written (the year of `submittedAt` is this date's year).
  public let date: CalendarDate
  /// Seconds since 1970-01-01T00:00:00Z, and the fraction as written (for ordering).
  public let epochSeconds: Int
  public let fraction: String

  /// 0001-01-01T00:00:00Z, the blank of a date-time member (see `Submission`).
  public static let blank = DateTime("0001-01-01T00:00:00Z")!

  public init?(_ text: String) {
    let u = Array(text.utf8)
    guard u.count >= 20, u[10] == UInt8(ascii: "T"),
      let date = CalendarDate(Substring(text.prefix(10))),
      u[13] == 58, u[16] == 58,
      let hh = CalendarDate.digits(u[11..<13]), let mm = CalendarDate.digits(u[14..<16]),
      let ss = CalendarDate.digits(u[17..<19]), hh <= 23, mm <= 59, ss <= 60
    else { return nil }
    var i = 19
    var fraction = ""
    if u[i] == UInt8(ascii: ".") {
      i += 1
      let start = i
      while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
      guard i > start else { return nil }
      fraction = String(decoding: u[start..<i], as: UTF8.self)
    }
    guard i < u.count else { return nil }
    var offsetSeconds = 0
    if u[i] == UInt8(ascii: "Z") {
      guard i + 1 == u.count else { return nil }
    } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
      guard i + 6 == u.count, u[i + 3] == 58,
        let oh = CalendarDate.digits(u[(i + 1)..<(i + 3)]), let om = CalendarDate.digits(u[(i + 4)..<(i + 6)]),
        oh <= 23, om <= 59
      else { return nil }
      offsetSeconds = (oh * 3600 + om * 60) * (u[i] == UInt8(ascii: "-") ? -1 : 1)
    } else {
      return nil
    }
    self.text = text
    self.date = date
    self.fraction = fraction
    self.epochSeconds = date.daysSinceEpoch * 86400 + hh * 3600 + mm * 60 + ss - offsetSeconds
  }

  public var description: String { text }

  public static func == (a: DateTime, b: DateTime) -> Bool { a.text == b.text }
  public func hash(into hasher: inout Hasher) { hasher.combine(text) }
  public static func < (a: DateTime, b: DateTime) -> Bool {
    if a.epochSeconds != b.epochSeconds { return a.epochSeconds < b.epochSeconds }
    let fa = a.fraction.padding(toLength: 12), fb = b.fraction.padding(toLength: 12)
    if fa != fb { return fa < fb }
    return a.text < b.text
  }
}

extension String {
  fileprivate func padding(toLength n: Int) -> String {
    count >= n ? String(prefix(n)) : self + String(repeating: "0", count: n - count)
  }
}
