import NDCCore

/// Counts lines and columns over UTF-8 bytes as the specification defines them: columns
/// count Unicode scalar values from 1 (every byte that is not a continuation byte), and a
/// line ends at LF, at CR LF, or at a lone CR (XML's end-of-line handling).
struct SourcePositionCounter {
  private(set) var line = 1
  private(set) var column = 1
  private var afterCR = false

  var position: SourcePosition { SourcePosition(line: line, column: column) }

  init() {}

  /// A counter that stands at `position` (not just after a CR).
  init(at position: SourcePosition) {
    line = position.line
    column = position.column
  }

  /// Moves past one byte.
  @inline(__always)
  mutating func advance(over byte: UInt8) {
    if byte == 0x0A {
      if !afterCR {
        line += 1
        column = 1
      }
      afterCR = false
    } else if byte == 0x0D {
      line += 1
      column = 1
      afterCR = true
    } else {
      afterCR = false
      if byte & 0xC0 != 0x80 { column += 1 }
    }
  }

  /// The position of the byte at `offset` (the end of the input when beyond it).
  static func position(ofOffset offset: Int, in bytes: [UInt8]) -> SourcePosition {
    var counter = SourcePositionCounter()
    for byte in bytes.prefix(max(0, offset)) { counter.advance(over: byte) }
    return counter.position
  }
}
