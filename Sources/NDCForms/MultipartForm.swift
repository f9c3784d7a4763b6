/// One part of a `multipart/form-data` body: its headers (names in lower case; of a repeated
/// one the last) and its bytes.
public struct MultipartPart: Sendable, Equatable {
  public var headers: [String: String]
  public var body: [UInt8]
  public init(headers: [String: String], body: [UInt8]) {
    self.headers = headers
    self.body = body
  }
}

/// A `multipart/form-data` body (the upload form of the web pages; RFC 7578 over RFC 2046
/// §5.1.1), read strictly: a delimiter line, header lines ending in CRLF with a token for a
/// name and a value without control characters but HTAB, an empty line, the bytes up to the
/// next delimiter (CRLF, `--`, the boundary), and in the end the close delimiter. No folded
/// headers, no bare LF.
///
/// Written here rather than taken from MultipartKit (decision 235): its parser (4.7.1, the
/// only version at hand) traps — the service process dies — on a byte above 0x7F in a header
/// name, which `fuzz-service-forms` found at once.
public enum MultipartForm {
  /// The most parts a body may have: the upload form has two (the CSRF field and the file).
  public static let maxParts = 16
  /// The most header lines a part may have.
  public static let maxHeaders = 16

  /// The `boundary` parameter of a `multipart/form-data` content type (quotes removed); nil for
  /// another type, without a boundary, or with one RFC 2046 does not allow (1–70 characters of
  /// its set, not ending in a space).
  public static func boundary(contentType: String) -> String? {
    let pieces = contentType.split(separator: ";").map(trimmed)
    guard let type = pieces.first, type.lowercased() == "multipart/form-data" else { return nil }
    guard let raw = pieces.dropFirst().first(where: { $0.lowercased().hasPrefix("boundary=") }) else { return nil }
    let boundary = unquoted(String(raw.dropFirst("boundary=".count)))
    let bytes = Array(boundary.utf8)
    guard (1...70).contains(bytes.count), bytes.last != UInt8(ascii: " "), bytes.allSatisfy(isBoundaryByte) else { return nil }
    return boundary
  }

  /// The parts of `bytes` delimited by `boundary`, in order; nil when the body does not follow
  /// the grammar (no delimiter, a header line that is not `token: value` CRLF, no close
  /// delimiter, more than `maxParts` parts or `maxHeaders` headers in one).
  public static func parts(_ bytes: [UInt8], boundary: String) -> [MultipartPart]? {
    let dashBoundary = Array("--\(boundary)".utf8)
    let delimiter = [0x0D, 0x0A] + dashBoundary
    // The first delimiter line starts the body, or follows a preamble and its CRLF.
    var at: Int
    if bytes.starts(with: dashBoundary) {
      at = dashBoundary.count
    } else if let found = find(delimiter, in: bytes, from: 0) {
      at = found + delimiter.count
    } else {
      return nil
    }
    var parts: [MultipartPart] = []
    while true {
      // After a delimiter: `--` closes the body; else transport padding and CRLF.
      if bytes[at...].starts(with: [0x2D, 0x2D]) { return parts }
      while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
      guard bytes[at...].starts(with: [0x0D, 0x0A]), parts.count < maxParts else { return nil }
      at += 2
      var headers: [String: String] = [:]
      var lines = 0
      while !bytes[at...].starts(with: [0x0D, 0x0A]) {
        guard let end = find([0x0D, 0x0A], in: bytes, from: at), lines < maxHeaders,
          let colon = bytes[at..<end].firstIndex(of: UInt8(ascii: ":")), colon > at,
          bytes[at..<colon].allSatisfy(isTokenByte), bytes[(colon + 1)..<end].allSatisfy(isFieldValueByte)
        else { return nil }
        let name = String(decoding: bytes[at..<colon], as: UTF8.self).lowercased()
        headers[name] = trimmed(Substring(String(decoding: bytes[(colon + 1)..<end], as: UTF8.self)))
        lines += 1
        at = end + 2
      }
      at += 2
      guard let end = find(delimiter, in: bytes, from: at) else { return nil }
      parts.append(MultipartPart(headers: headers, body: Array(bytes[at..<end])))
      at = end + delimiter.count
    }
  }

  /// The parameter `key` of a header such as `Content-Disposition: form-data; name="file"`
  /// (quotes removed; the key matched without regard to case).
  public static func parameter(_ key: String, in header: String) -> String? {
    for piece in header.split(separator: ";") {
      let p = trimmed(piece)
      guard p.lowercased().hasPrefix("\(key.lowercased())=") else { continue }
      return unquoted(String(p.dropFirst(key.count + 1)))
    }
    return nil
  }

  /// The first place of `needle` in `bytes` at or after `start`. The needles start with a
  /// byte their other bytes do not repeat at once (CR LF, or `-`), so the scan is linear.
  static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, bytes.count >= needle.count else { return nil }
    var i = start
    let last = bytes.count - needle.count
    while i <= last {
      if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }

  static func trimmed(_ s: Substring) -> String {
    String(s.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }

  static func unquoted(_ value: String) -> String {
    value.count >= 2 && value.hasPrefix("\"") && value.hasSuffix("\"") ? String(value.dropFirst().dropLast()) : value
  }

  /// RFC 9110 `tchar`.
  static func isTokenByte(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): true
    default: "!#$%&'*+-.^_`|~".utf8.contains(b)
    }
  }

  /// A byte of an RFC 9110 field value: no control character but HTAB (so no CR, LF or NUL).
  static func isFieldValueByte(_ b: UInt8) -> Bool { b >= 0x20 && b != 0x7F || b == 0x09 }

  /// RFC 2046 `bchars`.
  static func isBoundaryByte(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): true
    default: "'()+_,-./:=? ".utf8.contains(b)
    }
  }
}

/// The upload form: its text fields (each at most `maxFieldBytes`; a longer one is dropped) and
/// the part named `file`, with its content type.
public struct UploadForm: Sendable {
  public static let maxFieldBytes = 4096
  public var fields: [String: String] = [:]
  public var file: (bytes: [UInt8], contentType: String?)?

  public init(parts: [MultipartPart]) {
    for part in parts {
      guard let disposition = part.headers["content-disposition"], let name = MultipartForm.parameter("name", in: disposition)
      else { continue }
      if name == "file" {
        file = (part.body, part.headers["content-type"])
      } else if part.body.count <= Self.maxFieldBytes {
        fields[name] = String(decoding: part.body, as: UTF8.self)
      }
    }
  }
}
