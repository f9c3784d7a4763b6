import CFileSpace
import Foundation

/// A range of bytes of an open file: how text kept in a temporary file (a spilled list) is
/// offered to an output that can copy it without passing it through memory.
public struct FileRange: Sendable, Equatable {
  public var descriptor: Int32
  public var offset: Int
  public var length: Int

  public init(descriptor: Int32, offset: Int, length: Int) {
    self.descriptor = descriptor
    self.offset = offset
    self.length = length
  }

  /// Copies the range to `output` at its file position inside the kernel (`copy_file_range`).
  /// How many bytes were copied: fewer than `length` where the kernel, the file systems or a
  /// failure stopped it, and the caller copies the rest through memory, where a failure to
  /// read or to write is reported as usual.
  public func copy(to output: Int32) -> Int {
    var at = Int64(offset)
    var done = 0
    while done < length {
      let copied = ndc_copy_file_range(descriptor, &at, output, Int64(length - done))
      if copied > 0 {
        done += Int(copied)
      } else if copied < 0, errno == EINTR {
        continue
      } else {
        break
      }
    }
    return done
  }
}

/// Takes ranges of files after the text handed to it before: how many bytes of each it took
/// (fewer than asked: the rest is to come as bytes).
public typealias FileRangeCopy = (FileRange) -> Int
