/// A compact binary form of a document tree, without source positions: how compile keeps the
/// documents it has read and checked once (in a temporary file) until it adds them, instead of
/// reading their files again. Member names of the format's shape are written as small numbers,
/// others in full; lengths and counts as LEB128 varints. Decoding checks every length against
/// the bytes, so a damaged record gives nil, never a crash.
public struct DocBinary: Sendable {
  private let names: [String]
  private let ids: [String: Int]

  private enum Tag: UInt8 {
    case object = 0, array, string, number, yes, no, null
  }

  /// A codec whose name table is every member name of `format`'s shape.
  public init(format: DocumentFormat) {
    var names: [String] = []
    var seen: Set<String> = []
    func collect(_ shape: Shape) {
      switch shape {
      case .object(let object):
        for field in object.fields {
          if seen.insert(field.name).inserted { names.append(field.name) }
          collect(field.shape)
        }
      case .list(let list): collect(list.item)
      case .scalar: break
      }
    }
    collect(.object(format.root))
    self.names = names
    ids = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0 + 1) })
  }

  /// Appends the node (its value and everything below; no positions) to `out`.
  public func encode(_ node: DocNode, into out: inout [UInt8]) {
    switch node.value {
    case .object(let members):
      out.append(Tag.object.rawValue)
      Self.varint(members.count, into: &out)
      for member in members {
        // A known name as its number; another as 0 followed by its text.
        if let id = ids[member.name] {
          Self.varint(id, into: &out)
        } else {
          out.append(0)
          Self.text(member.name, into: &out)
        }
        encode(member.node, into: &out)
      }
    case .array(let items):
      out.append(Tag.array.rawValue)
      Self.varint(items.count, into: &out)
      for item in items { encode(item, into: &out) }
    case .string(let s):
      out.append(Tag.string.rawValue)
      Self.text(s, into: &out)
    case .number(let n):
      out.append(Tag.number.rawValue)
      Self.text(n, into: &out)
    case .bool(let b): out.append(b ? Tag.yes.rawValue : Tag.no.rawValue)
    case .null: out.append(Tag.null.rawValue)
    }
  }

  /// The node encoded in `bytes` (all of them), or nil if they are not one whole node.
  public func decode(_ bytes: [UInt8]) -> DocNode? {
    bytes.withUnsafeBufferPointer { buffer in
      var reader = Reader(bytes: buffer)
      guard let node = node(&reader, depth: 0), reader.offset == buffer.count else { return nil }
      return node
    }
  }

  /// Deeper than any document the readers accept (their nesting limit is far lower).
  private static let maxDepth = 512

  private func node(_ r: inout Reader, depth: Int) -> DocNode? {
    guard depth < Self.maxDepth, let byte = r.byte(), let tag = Tag(rawValue: byte) else { return nil }
    switch tag {
    case .object:
      guard let count = r.count() else { return nil }
      var members: [DocMember] = []
      members.reserveCapacity(count)
      for _ in 0..<count {
        guard let id = r.varint() else { return nil }
        let name: String
        if id == 0 {
          guard let text = r.text() else { return nil }
          name = text
        } else {
          guard id <= names.count else { return nil }
          name = names[id - 1]
        }
        guard let value = node(&r, depth: depth + 1) else { return nil }
        members.append(DocMember(name, value))
      }
      return DocNode(.object(members))
    case .array:
      guard let count = r.count() else { return nil }
      var items: [DocNode] = []
      items.reserveCapacity(count)
      for _ in 0..<count {
        guard let item = node(&r, depth: depth + 1) else { return nil }
        items.append(item)
      }
      return DocNode(.array(items))
    case .string: return r.text().map { DocNode(.string($0)) }
    case .number: return r.text().map { DocNode(.number($0)) }
    case .yes: return DocNode(.bool(true))
    case .no: return DocNode(.bool(false))
    case .null: return DocNode(.null)
    }
  }

  private static func varint(_ value: Int, into out: inout [UInt8]) {
    var v = UInt(value)
    while v >= 0x80 {
      out.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  private static func text(_ s: String, into out: inout [UInt8]) {
    var s = s
    s.withUTF8 { utf8 in
      varint(utf8.count, into: &out)
      out.append(contentsOf: utf8)
    }
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0

    mutating func byte() -> UInt8? {
      guard offset < bytes.count else { return nil }
      defer { offset += 1 }
      return bytes[offset]
    }

    mutating func varint() -> Int? {
      var value: UInt = 0
      var shift: UInt = 0
      while let b = byte() {
        value |= UInt(b & 0x7F) << shift
        if b < 0x80 { return value <= UInt(Int.max) ? Int(value) : nil }
        shift += 7
        if shift > 56 { return nil }
      }
      return nil
    }

    /// A count of items still to come: each takes at least a byte, so no more than remain.
    mutating func count() -> Int? {
      guard let n = varint(), n <= bytes.count - offset else { return nil }
      return n
    }

    mutating func text() -> String? {
      guard let n = count() else { return nil }
      let slice = UnsafeBufferPointer(rebasing: bytes[offset..<offset + n])
      offset += n
      // `String(validating:as:)` is not specialised by the standard library: a generic call
      // looking up type metadata each time. Decoding (which repairs invalid UTF-8) gives back
      // the same bytes exactly when they were valid; they are compared as two buffers, not
      // through the string's UTF-8 view one element at a time.
      var text = String(decoding: slice, as: UTF8.self)
      return text.withUTF8 { $0.elementsEqual(slice) } ? text : nil
    }
  }
}
