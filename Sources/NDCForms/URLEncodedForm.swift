import Foundation

/// An `application/x-www-form-urlencoded` body (the sign-in, sign-out and compile forms of the
/// web pages): pairs split at `&`, name and value at the first `=`, `+` for a space, then
/// percent-decoding. A name or value whose escapes do not decode to UTF-8 is empty; of a
/// repeated name the last wins.
public enum URLEncodedForm {
  public static func fields(_ bytes: some Collection<UInt8>) -> [String: String] {
    var out: [String: String] = [:]
    for pair in String(decoding: bytes, as: UTF8.self).split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      out[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
    }
    return out
  }

  /// The body a browser sends for `fields`, in their order: every byte but the unreserved ones
  /// (`A–Z a–z 0–9 - . _ ~`) escaped, a space as `+`.
  public static func encode(_ fields: [(name: String, value: String)]) -> String {
    fields.map { "\(escape($0.name))=\(escape($0.value))" }.joined(separator: "&")
  }

  static func decode(_ s: Substring) -> String {
    String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
  }

  static func escape(_ s: String) -> String {
    var out = ""
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: " "):
        out += "+"
      default:
        out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0x0F, radix: 16, uppercase: true)
      }
    }
    return out
  }
}
