/// A CSV table as the exports write it: RFC 4180, UTF-8 without BOM, a header row, LF line
/// endings throughout (also after the last row). A field is quoted when it holds a comma, a
/// double quote, CR or LF; a quote inside is doubled.
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
    let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
