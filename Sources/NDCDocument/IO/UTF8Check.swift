/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF).
public enum UTF8Check {
  public static func isValid<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
    firstInvalidOffset(bytes) == nil
  }

  /// The byte offset of the first invalid sequence, or nil.
  public static func firstInvalidOffset<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
    var offset = 0
    var iterator = bytes.makeIterator()
    var pending: [UInt8] = []
    pending.reserveCapacity(4)
    while let b = iterator.next() {
      if b < 0x80 { offset += 1; continue }
      let start = offset
      var need: Int
      var minimum: UInt32
      var scalar: UInt32
      switch b {
      case 0xC2...0xDF: need = 1; minimum = 0x80; scalar = UInt32(b & 0x1F)
      case 0xE0...0xEF: need = 2; minimum = 0x800; scalar = UInt32(b & 0x0F)
      case 0xF0...0xF4: need = 3; minimum = 0x10000; scalar = UInt32(b & 0x07)
      default: return start
      }
      offset += 1
      while need > 0 {
        guard let c = iterator.next(), c & 0xC0 == 0x80 else { return start }
        scalar = scalar << 6 | UInt32(c & 0x3F)
        offset += 1
        need -= 1
      }
      if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF { return start }
    }
    return nil
  }
}
