import NDCCore
import NDCStorage

/// Writes a logical document as canonical JSON: 2-space indentation, LF, a final newline,
/// UTF-8 without BOM, members in document order as `"key": value`, one list item per line,
/// strings escaped minimally (`\"`, `\\`, `\n`, `\t`, other C0 controls as `\u00XX`; non-ASCII
/// raw; `/` as is). Numbers are written as their lexical text.
public enum JSONWriter {
  public static func write(_ document: DocNode, format: DocumentFormat) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(document.value, indent: 0, into: &out)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }

  public static func write(_ value: DocValue, indent: Int, into out: inout [UInt8]) {
    switch value {
    case .object(let members):
      guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
      out.append(UInt8(ascii: "{"))
      for (k, member) in members.enumerated() {
        newLine(indent + 1, comma: k > 0, into: &out)
        writeString(member.name, into: &out)
        out.append(contentsOf: memberSeparator)
        write(member.node.value, indent: indent + 1, into: &out)
      }
      newLine(indent, comma: false, into: &out)
      out.append(UInt8(ascii: "}"))
    case .array(let items):
      guard !items.isEmpty else { return out.append(contentsOf: "[]".utf8) }
      out.append(UInt8(ascii: "["))
      for (k, item) in items.enumerated() {
        newLine(indent + 1, comma: k > 0, into: &out)
        write(item.value, indent: indent + 1, into: &out)
      }
      newLine(indent, comma: false, into: &out)
      out.append(UInt8(ascii: "]"))
    case .string(let text): writeString(text, into: &out)
    case .number(let text): appendUTF8(text, to: &out)
    case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    }
  }

  public static func newLine(_ indent: Int, comma: Bool, into out: inout [UInt8]) {
    if comma { out.append(UInt8(ascii: ",")) }
    let width = 2 * indent
    // One copy of a prefix of a line break and spaces; deeper than that (never in a document
    // of ours: the readers refuse nesting beyond 32) space by space.
    guard width < lineBreakAndSpaces.count else {
      out.append(0x0A)
      return out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
    }
    lineBreakAndSpaces.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[...width])) }
  }

  /// A line break followed by 128 spaces (indentation of up to 64 levels).
  private static let lineBreakAndSpaces: [UInt8] = [0x0A] + Array(repeating: UInt8(ascii: " "), count: 128)

  /// `: ` between a member's name and its value.
  public static let memberSeparator: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: " ")]

  /// Appends the text's UTF-8 in one copy: a small string's UTF-8 view has no contiguous
  /// storage, so appending the view itself goes byte by byte.
  public static func appendUTF8(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { out.append(contentsOf: $0) }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  public static func writeString(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most text needs no escape: then it is copied whole.
    var text = text
    let plain = text.withUTF8 { utf8 in
      for b in utf8 where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return false }
      out.append(contentsOf: utf8)
      return true
    }
    if plain { return out.append(UInt8(ascii: "\"")) }
    for b in text.utf8 {
      switch b {
      case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
      case 0x0A: out.append(contentsOf: #"\n"#.utf8)
      case 0x09: out.append(contentsOf: #"\t"#.utf8)
      case 0x00..<0x20:
        out.append(contentsOf: #"\u00"#.utf8)
        out.append(hexDigits[Int(b >> 4)])
        out.append(hexDigits[Int(b & 0x0F)])
      default: out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}

/// `JSONWriter`'s text written as a `DocumentStream`: a member's key is written when its first
/// content comes, so a list that gets no item leaves nothing (an empty object gives `{}`).
public final class JSONStream: DocumentStream {
  private struct Frame {
    var key: String?
    var isList: Bool
    var opened: Bool
    var written = 0
  }
  private var frames: [Frame] = [Frame(key: nil, isList: false, opened: true)]
  private var buffer: StreamBuffer
  /// Items written ahead, by the path of their list (`inventory.figures`): copied in after
  /// the list's own items.
  public var spliced: [String: any SplicedItems] = [:]
  /// The first splice that failed (the text written is then incomplete).
  public private(set) var spliceFailure: InputError?

  /// `drain` gets the text in chunks as it is written; without it, `text` holds it all.
  /// `copy`, with a drain, takes the spliced text that lies in files as ranges of them.
  public init(drain: (([UInt8]) -> Void)? = nil, copy: FileRangeCopy? = nil) {
    buffer = StreamBuffer(drain: drain, copy: copy)
    buffer.bytes.append(UInt8(ascii: "{"))
  }

  /// What was written and not drained.
  public var text: String { String(decoding: buffer.bytes, as: UTF8.self) }

  public func member(_ name: String, _ node: DocNode) {
    precondition(!frames[frames.count - 1].isList, "a member of a list")
    openPending()
    let indent = frames.count
    startLine(indent)
    JSONWriter.writeString(name, into: &buffer.bytes)
    buffer.bytes.append(contentsOf: JSONWriter.memberSeparator)
    JSONWriter.write(node.value, indent: indent, into: &buffer.bytes)
    buffer.flushIfFull()
  }

  public func beginObject(_ name: String) { frames.append(Frame(key: name, isList: false, opened: false)) }
  public func beginList(_ name: String) { frames.append(Frame(key: name, isList: true, opened: false)) }

  public func item(_ node: DocNode) {
    precondition(frames[frames.count - 1].isList, "an item outside a list")
    openPending()
    let indent = frames.count
    startLine(indent)
    JSONWriter.write(node.value, indent: indent, into: &buffer.bytes)
    buffer.flushIfFull()
  }

  public func items(_ count: Int, _ node: @Sendable (Int) -> DocNode) {
    objectItems(count, node: node) { i, indent, text in JSONWriter.write(node(i).value, indent: indent, into: &text.bytes) }
  }

  public func objectItems(_ count: Int, node: @Sendable (Int) -> DocNode, json: @Sendable (Int, Int, JSONText) -> Void) {
    precondition(frames[frames.count - 1].isList, "an item outside a list")
    guard count > 0 else { return }
    openPending()
    let indent = frames.count
    let before = frames[frames.count - 1].written
    @Sendable func item(_ i: Int, _ text: JSONText) {
      JSONWriter.newLine(indent, comma: before + i > 0, into: &text.bytes)
      json(i, indent, text)
    }
    if ParallelItems.worthIt(count) {
      ParallelItems.write(count: count) { range in
        let text = JSONText()
        for i in range { item(i, text) }
        return text.bytes
      } emit: { text in
        buffer.bytes += text
        buffer.flushIfFull()
      }
    } else {
      // Few items, each possibly long (the nation's and the regions' inventory rows name
      // every input they sum): one after the other, into the buffer, handed over as it fills.
      let text = JSONText()
      for i in 0..<count {
        item(i, text)
        buffer.bytes += text.bytes
        text.bytes.removeAll(keepingCapacity: true)
        buffer.flushIfFull()
      }
    }
    frames[frames.count - 1].written += count
  }

  public func end() {
    precondition(frames.count > 1, "end without an open object or list")
    if frames[frames.count - 1].isList, !spliced.isEmpty,
      let spill = spliced[frames.dropFirst().map { $0.key! }.joined(separator: ".")], spill.count > 0
    {
      splice(spill)
    }
    let frame = frames[frames.count - 1]
    if !frame.opened {
      if frame.isList { frames.removeLast(); return }
      openPending()
    }
    frames.removeLast()
    close(frame, indent: frames.count)
  }

  public func finish() {
    precondition(frames.count == 1, "finish with an open object or list")
    close(frames[0], indent: 0)
    buffer.bytes.append(0x0A)
    buffer.flush()
  }

  /// Copies in the items written ahead for the open list; the comma before the first is
  /// dropped when the list has nothing before it.
  private func splice(_ spill: any SplicedItems) {
    openPending()
    let skipping = frames[frames.count - 1].written == 0 ? 1 : 0
    let copy: FileRangeCopy? = buffer.copy == nil ? nil : { [self] in buffer.flushAndCopy($0) }
    do throws(InputError) {
      try spill.read(skipping: skipping, copy: copy) { chunk in
        buffer.bytes += chunk
        buffer.flushIfFull()
      }
    } catch {
      if spliceFailure == nil { spliceFailure = error }
    }
    frames[frames.count - 1].written += spill.count
  }

  /// Writes the keys and openers of the objects and lists that got no content yet.
  private func openPending() {
    guard let first = frames.firstIndex(where: { !$0.opened }) else { return }
    for i in first..<frames.count {
      startLine(i, in: i - 1)
      JSONWriter.writeString(frames[i].key!, into: &buffer.bytes)
      buffer.bytes.append(contentsOf: JSONWriter.memberSeparator)
      buffer.bytes.append(frames[i].isList ? UInt8(ascii: "[") : UInt8(ascii: "{"))
      frames[i].opened = true
    }
  }

  /// A new line for the next member or item of the frame at `parent` (default: the innermost).
  private func startLine(_ indent: Int, in parent: Int? = nil) {
    let index = parent ?? frames.count - 1
    JSONWriter.newLine(indent, comma: frames[index].written > 0, into: &buffer.bytes)
    frames[index].written += 1
  }

  private func close(_ frame: Frame, indent: Int) {
    if frame.written > 0 { JSONWriter.newLine(indent, comma: false, into: &buffer.bytes) }
    buffer.bytes.append(frame.isList ? UInt8(ascii: "]") : UInt8(ascii: "}"))
  }
}
