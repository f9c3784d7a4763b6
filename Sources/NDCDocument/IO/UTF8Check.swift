/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
public enum UTF8Check {
  public static func isValid<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    firstInvalidOffset(bytes) == nil
  }

  /// The byte offset of the first invalid sequence, or nil.
  public static func firstInvalidOffset<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
    var offset = 0
    var index = bytes.startIndex
    while index != bytes.endIndex {
      if bytes[index] < 0x80 {
        offset += 1
        bytes.formIndex(after: &index)
        continue
      }
      guard let length = sequenceLength(bytes, at: index) else { return offset }
      offset += length
      bytes.formIndex(&index, offsetBy: length)
    }
    return nil
  }

  /// The length (2 to 4) of the well-formed multi-byte sequence that starts at `start`, or nil
  /// where it is not one: a byte that cannot lead one, a continuation byte missing or wrong, an
  /// overlong form, a surrogate, or a scalar above U+10FFFF. The one definition of a valid
  /// sequence for every reader (the JSON parser checks each non-ASCII byte with it).
  static func sequenceLength<C: Collection>(_ bytes: C, at start: C.Index) -> Int? where C.Element == UInt8 {
    let b = bytes[start]
    var need: Int
    var minimum: UInt32
    var scalar: UInt32
    switch b {
    case 0xC2...0xDF: need = 1; minimum = 0x80; scalar = UInt32(b & 0x1F)
    case 0xE0...0xEF: need = 2; minimum = 0x800; scalar = UInt32(b & 0x0F)
    case 0xF0...0xF4: need = 3; minimum = 0x10000; scalar = UInt32(b & 0x07)
    default: return nil
    }
    let length = need + 1
    var k = bytes.index(after: start)
    while need > 0 {
      guard k != bytes.endIndex, bytes[k] & 0xC0 == 0x80 else { return nil }
      scalar = scalar << 6 | UInt32(bytes[k] & 0x3F)
      bytes.formIndex(after: &k)
      need -= 1
    }
    guard scalar >= minimum, !(0xD800...0xDFFF).contains(scalar), scalar <= 0x10FFFF else { return nil }
    return length
  }
}
