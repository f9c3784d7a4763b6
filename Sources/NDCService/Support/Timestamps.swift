import Foundation

/// RFC 3339 UTC text with milliseconds (`2026-12-05T12:00:00.123Z`), the store's time format.
public enum Timestamps {
  public static func now() -> String { format(Date()) }

  public static func format(_ date: Date) -> String {
    let ms = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    let seconds = ms / 1000
    let t = Date(timeIntervalSince1970: TimeInterval(seconds))
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: t)
    func pad(_ v: Int?, _ width: Int) -> String {
      let s = String(v ?? 0)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))T\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2)).\(pad(Int(ms % 1000), 3))Z"
  }

  /// Parses an RFC 3339 date-time (with `Z` or an offset, seconds, optional fraction).
  public static func parse(_ text: String) -> Date? {
    let withFraction = ISO8601DateFormatter()
    withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let d = withFraction.date(from: text) { return d }
    let plain = ISO8601DateFormatter()
    plain.formatOptions = [.withInternetDateTime]
    return plain.date(from: text)
  }
}
