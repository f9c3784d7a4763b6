import NDCCore

/// One pass over an XML document's bytes before libxml2 sees them: refuses what libxml2
/// must never act on (a DOCTYPE, a foreign encoding, bytes that are not UTF-8) and the breach
/// of each limit (depth, string length, children per element, attributes per element; libxml2
/// 2.9.14 is quadratic in attributes), and records every element's start position so that the
/// reader can give each element its exact line and column.
///
/// A plain byte state machine. It follows comments, processing instructions, CDATA sections
/// and quoted attribute values as XML does, so markup-like bytes inside them neither hide nor
/// fake a limit. Where the input is malformed, it reads on as best it can: libxml2 stops at
/// the first malformation, so nothing beyond it is ever parsed.
public struct XMLPrescan: Sendable {
  /// An element's start tag.
  public struct Element: Sendable, Hashable {
    public var line: Int32
    public var column: Int32
    /// The index of the enclosing element, -1 for the root.
    public var parent: Int32
    /// The qualified name's bytes in the input.
    var nameStart: Int32
    var nameLength: Int32
    public var position: SourcePosition { SourcePosition(line: Int(line), column: Int(column)) }
  }

  /// The end of a start tag, an end tag or an empty-element tag, in document order.
  struct Tag: Sendable, Hashable {
    /// The offset just past the tag's `>`.
    var end: Int32
    var element: Int32
  }

  /// The elements in document order (the order of their start tags).
  public private(set) var elements: [Element] = []
  private(set) var tags: [Tag] = []
  /// The elements still open where the bytes end, outermost first.
  public private(set) var openAtEnd: [Int32] = []
  private let bytes: [UInt8]

  /// Whether the bytes end before the document does: no root element, or the root not closed
  /// (an element left open after the root has closed is extra content, not an early end).
  public var endsEarly: Bool { elements.isEmpty || openAtEnd.first == 0 }

  /// The element's local name (the qualified name without its prefix).
  public func localName(of index: Int) -> String {
    let element = elements[index]
    let name = bytes[Int(element.nameStart)..<Int(element.nameStart + element.nameLength)]
    let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[($0 + 1)...] } ?? name
    return String(decoding: local, as: UTF8.self)
  }

  /// The element whose tag libxml2 had just read when it had consumed `offset` bytes: the first
  /// tag ending at or after the offset.
  public func element(atByteOffset offset: Int) -> Int? {
    var low = 0
    var high = tags.count
    while low < high {
      let middle = (low + high) / 2
      if Int(tags[middle].end) < offset { low = middle + 1 } else { high = middle }
    }
    return low < tags.count ? Int(tags[low].element) : nil
  }

  /// Where the attribute `name` (its qualified name, or its local name after a prefix or a
  /// `{namespace}`) of element `index` starts, for a finding about that attribute: libxml2
  /// names the element only (decision 247). Reads the start tag from its `<` on; nil where
  /// the attribute is not there.
  public func attributePosition(_ name: String, ofElement index: Int) -> SourcePosition? {
    guard index >= 0, index < elements.count else { return nil }
    let element = elements[index]
    // libxml2 names an attribute in a namespace `{namespace}local`.
    let wanted = Array((name.hasPrefix("{") ? name.split(separator: "}", maxSplits: 1).last.map(String.init) ?? name : name).utf8)
    var counter = SourcePositionCounter(at: element.position)
    var i = Int(element.nameStart) - 1
    func step() {
      counter.advance(over: bytes[i])
      i += 1
    }
    func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    while i < Int(element.nameStart + element.nameLength) { step() }
    while i < bytes.count {
      while i < bytes.count, isSpace(bytes[i]) { step() }
      guard i < bytes.count, bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") else { return nil }
      let start = counter.position, from = i
      while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "=") { step() }
      let qualified = bytes[from..<i]
      let local = qualified.lastIndex(of: UInt8(ascii: ":")).map { qualified[($0 + 1)...] } ?? qualified
      if qualified.elementsEqual(wanted) || local.elementsEqual(wanted) { return start }
      while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "'") { step() }
      guard i < bytes.count else { return nil }
      let quote = bytes[i]
      step()
      while i < bytes.count, bytes[i] != quote { step() }
      guard i < bytes.count else { return nil }
      step()
    }
    return nil
  }

  /// The diagnostic of the first breach, or the scan.
  public static func scan(_ bytes: [UInt8]) -> Result<XMLPrescan, PrescanBreach> {
    guard bytes.count <= Limits.maxFileBytes else {
      return .failure(PrescanBreach(rule: StructureRules.fileTooLarge, message: "the file is larger than 16 MiB", position: nil))
    }
    if let offset = UTF8Check.firstInvalidOffset(bytes) {
      return .failure(
        PrescanBreach(
          rule: StructureRules.encoding, message: "the file is not UTF-8 text (invalid byte sequence)",
          position: SourcePositionCounter.position(ofOffset: offset, in: bytes),
          hint: "save the file as UTF-8"))
    }
    var scanner = XMLPrescanner(bytes: bytes)
    if let breach = scanner.run() { return .failure(breach) }
    var scan = XMLPrescan(bytes: bytes)
    scan.elements = scanner.elements
    scan.tags = scanner.tags
    scan.openAtEnd = scanner.open
    return .success(scan)
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }
}

/// A limit or rule the prescan found breached: a BLOCKER.
public struct PrescanBreach: Error, Sendable, Hashable {
  public var rule: RuleDescriptor
  public var message: String
  public var position: SourcePosition?
  public var hint: String?

  public var diagnostic: Diagnostic {
    var d = rule.diagnostic(message, at: .root, hint: hint)
    d.location.position = position
    return d
  }
}
