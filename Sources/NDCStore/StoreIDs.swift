import Foundation

/// Ids and secrets: 256 bits from the system's generator, as lowercase hex (ids: 128 bits).
public enum StoreIDs {
  /// An opaque, unguessable id (128 random bits, 32 hex digits).
  public static func random() -> String { hex(randomBytes(16)) }
  /// A secret (a token or a session id): 256 random bits, 64 hex digits.
  public static func secret() -> String { hex(randomBytes(32)) }

  static func randomBytes(_ count: Int) -> [UInt8] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
  }

  public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
    return String(decoding: out, as: UTF8.self)
  }
}
