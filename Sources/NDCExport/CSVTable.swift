/// A CSV table as the exports write it: RFC 4180, UTF-8 without BOM, a header row, LF line
/// endings throughout (also after the last row). A field is quoted when it holds a comma, a
/// double quote, CR or LF; a quote inside is doubled. A text that a spreadsheet would take
/// for a formula is written with an apostrophe before it (`neutralised`, decision 249).
public struct CSVTable: Sendable, Hashable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]] = []) {
    self.header = header
    self.rows = rows
  }

  public var text: String {
    var out = Self.line(header)
    for row in rows {
      precondition(row.count == header.count, "a CSV row must have as many fields as the header")
      out += Self.line(row)
    }
    return out
  }

  static func line(_ fields: [String]) -> String {
    fields.map(quoted).joined(separator: ",") + "\n"
  }

  static func quoted(_ field: String) -> String {
    let field = neutralised(field)
    let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// `field` with an apostrophe before it when a spreadsheet would read it as a formula: a
  /// text that starts with `=`, `+`, `-`, `@`, a tab or a CR (OWASP's "CSV injection"). The
  /// tables hold submitted text (a measure's title, a request to the national level), and
  /// the analysts who open them in a spreadsheet must not run what a submitter wrote there:
  /// `=HYPERLINK(…)`, or a DDE call. A number (`-12.5`, the only fields the exports write
  /// that start so) is left as it is.
  static func neutralised(_ field: String) -> String {
    guard let first = field.utf8.first,
      first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: "@")
        || first == 0x09 || first == 0x0D
    else { return field }
    if first == UInt8(ascii: "-"), isNumber(field.utf8.dropFirst()) { return field }
    return "'" + field
  }

  /// Digits with at most one `.` between them.
  private static func isNumber(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
    var digits = 0, points = 0, last: UInt8 = 0
    for b in bytes {
      if b == UInt8(ascii: ".") {
        guard digits > 0, points == 0 else { return false }
        points += 1
      } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
        digits += 1
      } else {
        return false
      }
      last = b
    }
    return digits > 0 && last != UInt8(ascii: ".")
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
