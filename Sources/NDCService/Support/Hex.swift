import Crypto

/// Lowercase hexadecimal of a digest, without a format string per byte (which showed in the
/// service's profile).
enum Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  static func of(_ digest: some Digest) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(2 * SHA256Digest.byteCount)
    for byte in digest {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
