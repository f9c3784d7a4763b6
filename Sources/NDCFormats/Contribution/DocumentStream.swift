/// Receives a document member by member, in its shape's order, and writes it canonically as
/// it goes: objects and lists are opened and closed around their members, everything below
/// comes as whole nodes. The text written so far is handed to `drain` in chunks, so neither
/// the document's tree nor its text is ever held whole. Writes the same bytes as `JSONWriter`
/// and `XMLWriter` give for the whole document.
public protocol DocumentStream: AnyObject {
  /// A member of the open object (an absent member is simply not given).
  func member(_ name: String, _ node: DocNode)
  /// Opens an object member of the open object.
  func beginObject(_ name: String)
  /// Opens a list member of the open object; a list that gets no item is not written.
  func beginList(_ name: String)
  /// An item of the open list.
  func item(_ node: DocNode)
  /// Closes the innermost open object or list.
  func end()
  /// Closes the root and hands over the rest of the text.
  func finish()
}

/// The text a stream has written and not yet handed over; handed to `drain` once it exceeds
/// `chunkSize` (never, when `drain` is nil: then the caller takes `bytes` at the end).
struct StreamBuffer {
  static let chunkSize = 1 << 20
  var bytes: [UInt8] = []
  let drain: (([UInt8]) -> Void)?

  init(drain: (([UInt8]) -> Void)?) {
    self.drain = drain
    bytes.reserveCapacity(drain == nil ? 4096 : Self.chunkSize + 64 * 1024)
  }

  mutating func flushIfFull() {
    guard let drain, bytes.count >= Self.chunkSize else { return }
    drain(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  mutating func flush() {
    guard let drain, !bytes.isEmpty else { return }
    drain(bytes)
    bytes.removeAll(keepingCapacity: true)
  }
}
