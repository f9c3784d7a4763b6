import Dispatch
import NDCStorage

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
  /// `count` items of the open list, the i-th made by `node(i)`: the same text as `item` for
  /// each in turn, but a stream may make and write long lists on all cores.
  func items(_ count: Int, _ node: @Sendable (Int) -> DocNode)
  /// `count` object items of the open list: the same text as `items(count, node)`, but a JSON
  /// stream has `json(i, indent, text)` append the i-th item's text straight from its model
  /// (`DocObject.writeJSON`), without its tree.
  func objectItems(_ count: Int, node: @Sendable (Int) -> DocNode, json: @Sendable (Int, Int, JSONText) -> Void)
  /// Closes the innermost open object or list.
  func end()
  /// Closes the root and hands over the rest of the text.
  func finish()
}

extension DocumentStream {
  public func items(_ count: Int, _ node: @Sendable (Int) -> DocNode) {
    for i in 0..<count { item(node(i)) }
  }

  public func objectItems(_ count: Int, node: @Sendable (Int) -> DocNode, json: @Sendable (Int, Int, JSONText) -> Void) {
    items(count, node)
  }
}

/// The text of the items of a long list, made on all cores a window at a time and handed over
/// in order: each item's text depends only on the item and its depth, so chunks of items are
/// written independently. Only one window's text is held at once.
enum ParallelItems {
  /// Items per task, and tasks per window.
  static let chunk = 256
  static let window = 32

  /// Whether a list is long enough to be worth spreading over the cores.
  static func worthIt(_ count: Int) -> Bool { count >= 2 * chunk }

  /// `write(range)` makes the text of the items in `range`; `emit` gets the texts in order.
  static func write(count: Int, _ write: @Sendable (Range<Int>) -> [UInt8], emit: ([UInt8]) -> Void) {
    var start = 0
    while start < count {
      let ranges = stride(from: start, to: min(count, start + chunk * window), by: chunk).map { $0..<min($0 + chunk, count) }
      let texts = Slots<[UInt8]>(count: ranges.count)
      DispatchQueue.concurrentPerform(iterations: ranges.count) { k in texts[k] = write(ranges[k]) }
      for k in ranges.indices { emit(texts[k]!) }
      start = ranges[ranges.count - 1].upperBound
    }
  }
}

/// The text a stream has written and not yet handed over; handed to `drain` once it exceeds
/// `chunkSize` (never, when `drain` is nil: then the caller takes `bytes` at the end).
struct StreamBuffer {
  static let chunkSize = 1 << 20
  var bytes: [UInt8] = []
  let drain: (([UInt8]) -> Void)?
  /// Where the drain is a file that can take ranges of another file after what it was given
  /// (`StreamedFile.copy`): spliced text is copied there without passing through memory.
  let copy: FileRangeCopy?

  init(drain: (([UInt8]) -> Void)?, copy: FileRangeCopy? = nil) {
    self.drain = drain
    self.copy = drain == nil ? nil : copy
    bytes.reserveCapacity(drain == nil ? 4096 : Self.chunkSize + 64 * 1024)
  }

  mutating func flushIfFull() {
    guard let drain, bytes.count >= Self.chunkSize else { return }
    drain(bytes)
    bytes.removeAll(keepingCapacity: true)
  }

  /// Hands over what the buffer holds, then has `range` copied after it (only with `copy`).
  mutating func flushAndCopy(_ range: FileRange) -> Int {
    flush()
    return copy!(range)
  }

  mutating func flush() {
    guard let drain, !bytes.isEmpty else { return }
    drain(bytes)
    bytes.removeAll(keepingCapacity: true)
  }
}
