import NDCCore

/// Lines and columns of byte offsets, counted incrementally as a parser moves forward: a
/// column counts Unicode scalar values from 1 (the UTF-8 bytes that start a scalar), so the
/// cost over a whole document stays linear even when it is one long line.
struct JSONPositionCounter {
  private var line = 1
  private var lineStart = 0
  /// The offset up to which the current line's scalars are counted, and the column there.
  private var countedTo = 0
  private var column = 1

  /// A new line starts at `offset` (after an LF, a CR LF or a lone CR).
  mutating func newLine(at offset: Int) {
    line += 1
    startLine(at: offset)
  }

  /// The current line's first column is at `offset` (after a BOM, or an LF).
  mutating func startLine(at offset: Int) {
    lineStart = offset
    countedTo = offset
    column = 1
  }

  /// The position of the scalar starting at `offset` on the current line.
  mutating func at(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
    if offset < countedTo {
      countedTo = lineStart
      column = 1
    }
    var k = countedTo
    var c = column
    while k < offset {
      if bytes[k] & 0xC0 != 0x80 { c += 1 }
      k += 1
    }
    countedTo = offset
    column = c
    return SourcePosition(line: line, column: c)
  }
}
