import NDCCore

/// Hand-written matchers for every `LexicalPattern`, on UTF-8 bytes (no regular expression
/// at run time). Each agrees with the pattern's JSON Schema expression (`jsonSchema`, which for
/// every pattern but free text is the anchored XSD expression); a test checks this against
/// Swift `Regex` on generated samples.
public enum LexicalForms {
  public static func matches(_ pattern: LexicalPattern, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { matches(pattern, $0) }
  }

  public static func matches(_ pattern: LexicalPattern, _ u: UnsafeBufferPointer<UInt8>) -> Bool {
    switch pattern {
    case .text: isText(u)
    case .identifier: u.count >= 1 && u.count <= 64 && u.allSatisfy(isIdentifierByte)
    case .code: isCode(u)
    case .gpc: isGPC(u)
    case .email: isEmail(u)
    case .decimal: isDecimal(u)
    case .integer: isInteger(u)
    case .boolean: u.elementsEqual("true".utf8) || u.elementsEqual("false".utf8)
    case .date: u.count == 10 && isDate(u, from: 0)
    case .dateTime: isDateTime(u)
    }
  }

  /// The canonical form of a submitter code written with leading zeros (`0101` → `101`), or
  /// nil when the text is not such a code.
  public static func canonicalCode(_ text: String) -> String? {
    let trimmed = text.drop { $0 == "0" }
    guard trimmed.count < text.count, !trimmed.isEmpty, matches(.code, String(trimmed)) else { return nil }
    return String(trimmed)
  }

  // MARK: - Matchers

  /// No U+0000–U+0008, U+000B–U+001F, U+FFFE, U+FFFF (the bytes are valid UTF-8).
  private static func isText(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < u.count {
      let b = u[i]
      if b < 0x20 && b != 0x09 && b != 0x0A { return false }
      if b == 0xEF, i + 2 < u.count, u[i + 1] == 0xBF, u[i + 2] == 0xBE || u[i + 2] == 0xBF { return false }
      i += 1
    }
    return true
  }

  private static func isIdentifierByte(_ b: UInt8) -> Bool {
    isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2E || b == 0x5F || b == 0x2D
  }

  /// `[1-9][0-9]{0,7}`.
  private static func isCode(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    u.count >= 1 && u.count <= 8 && u[0] != 0x30 && u.allSatisfy(isDigit)
  }

  private static let gpcSectors = ["I", "II", "III", "IV", "V", "VI"]

  /// `(I|II|III|IV|V|VI)(\.[1-9][0-9]?){0,2}`.
  private static func isGPC(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < u.count, u[i] != 0x2E { i += 1 }
    let sector = UnsafeBufferPointer(rebasing: u[0..<i])
    guard gpcSectors.contains(where: { sector.elementsEqual($0.utf8) }) else { return false }
    var parts = 0
    while i < u.count {
      guard u[i] == 0x2E, parts < 2 else { return false }
      i += 1
      guard i < u.count, isDigit(u[i]), u[i] != 0x30 else { return false }
      i += 1
      if i < u.count, isDigit(u[i]) { i += 1 }
      parts += 1
    }
    return true
  }

  /// `[^@ \t\r\n]+@[^@ \t\r\n]+\.[^@ \t\r\n]+`: one `@`, and a dot after it with at least
  /// one character on each side.
  private static func isEmail(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    var at: Int?
    for (i, b) in u.enumerated() {
      switch b {
      case 0x20, 0x09, 0x0D, 0x0A: return false
      case 0x40:
        if at != nil { return false }
        at = i
      default: break
      }
    }
    guard let at, at > 0 else { return false }
    let domainStart = at + 1
    var i = domainStart + 1
    while i < u.count - 1 {
      if u[i] == 0x2E { return true }
      i += 1
    }
    return false
  }

  /// `-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,6})?`.
  private static func isDecimal(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    guard unsignedInteger(u, &i, maxDigits: 15) != nil else { return false }
    if i == u.count { return true }
    guard u[i] == 0x2E else { return false }
    i += 1
    let start = i
    while i < u.count, isDigit(u[i]) { i += 1 }
    return i == u.count && i - start >= 1 && i - start <= 6
  }

  /// `-?(0|[1-9][0-9]*)`.
  private static func isInteger(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    return unsignedInteger(u, &i, maxDigits: Int.max) != nil && i == u.count
  }

  /// Reads `-?(0|[1-9][0-9]{0,maxDigits-1})` from `i`; the digit count, or nil.
  private static func unsignedInteger(_ u: UnsafeBufferPointer<UInt8>, _ i: inout Int, maxDigits: Int) -> Int? {
    if i < u.count, u[i] == 0x2D { i += 1 }
    let start = i
    while i < u.count, isDigit(u[i]) { i += 1 }
    let digits = i - start
    guard digits >= 1, digits <= maxDigits, digits == 1 || u[start] != 0x30 else { return nil }
    return digits
  }

  /// `[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])` at `s` (pattern only, not the calendar).
  private static func isDate(_ u: UnsafeBufferPointer<UInt8>, from s: Int) -> Bool {
    guard u.count >= s + 10, digits(u, s, 4), u[s + 4] == 0x2D, u[s + 7] == 0x2D,
      let month = twoDigits(u, s + 5), let day = twoDigits(u, s + 8)
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }

  /// `date T hh:mm:ss(\.[0-9]+)?(Z|[+-]hh:mm)` with hours 00–23 and minutes, seconds 00–59.
  private static func isDateTime(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
    guard u.count >= 20, isDate(u, from: 0), u[10] == 0x54, isTime(u, 11, seconds: true) else { return false }
    var i = 19
    if u[i] == 0x2E {
      i += 1
      let start = i
      while i < u.count, isDigit(u[i]) { i += 1 }
      guard i > start else { return false }
    }
    guard i < u.count else { return false }
    if u[i] == 0x5A { return i + 1 == u.count }
    guard u[i] == 0x2B || u[i] == 0x2D, i + 6 == u.count else { return false }
    return isTime(u, i + 1, seconds: false)
  }

  /// `hh:mm` or `hh:mm:ss` at `s`.
  private static func isTime(_ u: UnsafeBufferPointer<UInt8>, _ s: Int, seconds: Bool) -> Bool {
    guard u.count >= s + (seconds ? 8 : 5), let h = twoDigits(u, s), u[s + 2] == 0x3A, let m = twoDigits(u, s + 3),
      h <= 23, m <= 59
    else { return false }
    guard seconds else { return true }
    guard u[s + 5] == 0x3A, let sec = twoDigits(u, s + 6) else { return false }
    return sec <= 59
  }

  // MARK: - Bytes

  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

  private static func digits(_ u: UnsafeBufferPointer<UInt8>, _ s: Int, _ n: Int) -> Bool {
    (s..<(s + n)).allSatisfy { isDigit(u[$0]) }
  }

  private static func twoDigits(_ u: UnsafeBufferPointer<UInt8>, _ s: Int) -> Int? {
    guard isDigit(u[s]), isDigit(u[s + 1]) else { return nil }
    return Int(u[s] - 0x30) * 10 + Int(u[s + 1] - 0x30)
  }
}
