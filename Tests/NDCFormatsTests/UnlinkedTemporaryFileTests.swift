import Foundation
import NDCStorage
import Testing

@testable import NDCFormats

@Suite("Unlinked temporary files")
struct UnlinkedTemporaryFileTests {
  /// Blocks of 512 bytes the file takes on disk.
  static func blocks(_ handle: FileHandle) -> Int {
    var info = stat()
    #expect(fstat(handle.fileDescriptor, &info) == 0)
    return Int(info.st_blocks)
  }

  @Test func theFileIsGoneFromItsFolderOnceOpen() throws {
    let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("ndc-test-space") }
    let handle = try UnlinkedTemporaryFile.open(prefix: "ndc-test-space", purpose: "a test")
    defer { try? handle.close() }
    let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("ndc-test-space") }
    #expect(before == after)
    try handle.write(contentsOf: Array("still usable".utf8))
    #expect(try handle.offset() == 12)
  }

  #if os(Linux)
    @Test func releasedSpaceReadsAsZerosAndLeavesTheRestAlone() throws {
      let handle = try UnlinkedTemporaryFile.open(prefix: "ndc-test-space", purpose: "a test")
      defer { try? handle.close() }
      let page = 4096
      let text = (0..<(8 * page)).map { UInt8(ascii: "a") + UInt8($0 % 26) }
      try handle.write(contentsOf: text)
      try handle.synchronize()
      let full = Self.blocks(handle)

      #expect(UnlinkedTemporaryFile.release(handle, offset: 2 * page, length: 4 * page))
      #expect(Self.blocks(handle) < full)
      try handle.seek(toOffset: 0)
      let read = Array(try handle.readToEnd() ?? Data())
      #expect(read.count == text.count)  // the size is kept
      #expect(read[..<(2 * page)] == text[..<(2 * page)])
      #expect(read[(2 * page)..<(6 * page)].allSatisfy { $0 == 0 })
      #expect(read[(6 * page)...] == text[(6 * page)...])
    }
  #endif

  @Test func releasingNothingIsNothing() throws {
    let handle = try UnlinkedTemporaryFile.open(prefix: "ndc-test-space", purpose: "a test")
    defer { try? handle.close() }
    try handle.write(contentsOf: Array("abc".utf8))
    #expect(UnlinkedTemporaryFile.release(handle, offset: 0, length: 0))
    try handle.seek(toOffset: 0)
    #expect(try handle.readToEnd() == Data("abc".utf8))
  }
}
