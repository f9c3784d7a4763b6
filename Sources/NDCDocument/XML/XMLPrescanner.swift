import NDCCore

/// The state machine behind `XMLPrescan` (one pass, stops at the first breach).
struct XMLPrescanner {
  private(set) var elements: [XMLPrescan.Element] = []
  private(set) var tags: [XMLPrescan.Tag] = []
  private let bytes: [UInt8]
  private var i = 0
  private var counter = SourcePositionCounter()
  /// The indexes of the open elements, outermost first (at the end: those never closed).
  private(set) var open: [Int32] = []
  /// Child elements seen so far, per open element (index 0: the document itself).
  private var childCounts: [Int] = [0]
  /// Bytes of character data (text and CDATA, references expanded) in the current run
  /// between two tags of the innermost open element; comments and PIs do not end a run.
  private var textBytes = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  mutating func run() -> PrescanBreach? {
    skipByteOrderMark()
    if let breach = checkXMLDeclaration() { return breach }
    while i < bytes.count {
      switch bytes[i] {
      case UInt8(ascii: "<"):
        if let breach = markup() { return breach }
      case UInt8(ascii: "&"):
        if let breach = reference() { return breach }
      default:
        if let breach = textRun() { return breach }
      }
    }
    return nil
  }

  /// Character data up to the next markup or reference.
  private mutating func textRun() -> PrescanBreach? {
    let start = i
    while i < bytes.count, bytes[i] != UInt8(ascii: "<"), bytes[i] != UInt8(ascii: "&") { step() }
    return addText(i - start)
  }

  // MARK: - Moving

  @inline(__always)
  private mutating func step() {
    counter.advance(over: bytes[i])
    i += 1
  }

  private mutating func step(_ count: Int) {
    for _ in 0..<count where i < bytes.count { step() }
  }

  private func matches(_ literal: String, caseInsensitive: Bool = false) -> Bool {
    var j = i
    for expected in literal.utf8 {
      guard j < bytes.count else { return false }
      let actual = bytes[j]
      let same = caseInsensitive ? lowercased(actual) == lowercased(expected) : actual == expected
      guard same else { return false }
      j += 1
    }
    return true
  }

  /// True when the input ends before `literal` could be completed and what is there agrees.
  private func isTruncatedPrefix(of literal: String) -> Bool {
    let rest = bytes.count - i
    let utf8 = Array(literal.utf8)
    return rest < utf8.count && bytes[i...].elementsEqual(utf8.prefix(rest))
  }

  /// Moves past the first occurrence of `terminator` (to the end when there is none),
  /// calling `each` for every byte before it.
  private mutating func skip(past terminator: String, each: (inout XMLPrescanner) -> PrescanBreach? = { _ in nil })
    -> PrescanBreach?
  {
    let first = terminator.utf8.first!
    while i < bytes.count {
      if bytes[i] == first, matches(terminator) {
        step(terminator.utf8.count)
        return nil
      }
      if let breach = each(&self) { return breach }
      step()
    }
    return nil
  }

  private mutating func skipByteOrderMark() {
    // The BOM takes no column: the counter does not see it.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
  }

  // MARK: - Declarations, references, text

  /// `<?xml … encoding="…"?>` at the start must name UTF-8.
  private mutating func checkXMLDeclaration() -> PrescanBreach? {
    guard matches("<?xml"), i + 5 < bytes.count, isSpace(bytes[i + 5]) else { return nil }
    var end = i
    while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) { end += 1 }
    let declaration = String(decoding: bytes[i..<end], as: UTF8.self)
    guard let encoding = Self.pseudoAttribute("encoding", in: declaration), encoding.lowercased() != "utf-8" else {
      return nil
    }
    return PrescanBreach(
      rule: StructureRules.encoding, message: "the XML declaration names the encoding `\(encoding)`; submissions are UTF-8",
      position: counter.position, hint: "save the file as UTF-8 and write encoding=\"UTF-8\" (or no encoding)")
  }

  /// The value of `name="…"` (or `'…'`) in an XML declaration.
  static func pseudoAttribute(_ name: String, in declaration: String) -> String? {
    guard let range = declaration.range(of: name) else { return nil }
    var rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  /// Character data inside an element counts against the string limit.
  private mutating func addText(_ count: Int) -> PrescanBreach? {
    guard let current = open.last else { return nil }
    textBytes += count
    guard textBytes > Limits.maxStringBytes else { return nil }
    return PrescanBreach(
      rule: StructureRules.stringTooLong,
      message: "the text of `\(name(of: current))` is longer than 64 KiB (\(Limits.maxStringBytes) bytes)",
      position: elements[Int(current)].position, hint: "shorten it; link long documents by URL")
  }

  /// `&…;` counts as the bytes it stands for (at most its own length).
  private mutating func reference() -> PrescanBreach? {
    var end = i + 1
    while end < bytes.count, end - i <= 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
    guard end < bytes.count, bytes[end] == UInt8(ascii: ";") else {
      let breach = addText(1)
      step()
      return breach
    }
    let breach = addText(Self.expansionLength(bytes[(i + 1)..<end]))
    step(end + 1 - i)
    return breach
  }

  /// The UTF-8 length of what a reference's body (`amp`, `#233`, `#xE9`) stands for.
  static func expansionLength(_ body: ArraySlice<UInt8>) -> Int {
    guard body.first == UInt8(ascii: "#") else { return 1 }
    let digits = body.dropFirst()
    let scalar: UInt32?
    if digits.first == UInt8(ascii: "x") {
      scalar = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
    } else {
      scalar = UInt32(String(decoding: digits, as: UTF8.self), radix: 10)
    }
    guard let scalar, let unicode = Unicode.Scalar(scalar) else { return 1 }
    return String(Character(unicode)).utf8.count
  }

  // MARK: - Markup

  private mutating func markup() -> PrescanBreach? {
    // Most markup is a start tag: `<` and a name.
    if i + 1 < bytes.count, !Self.beginsOtherMarkup(bytes[i + 1]) { return startTag() }
    if matches("</") { return endTag() }
    if matches("<!--") {
      step(4)
      return skip(past: "-->")
    }
    if matches("<![CDATA[") {
      step(9)
      return skip(past: "]]>") { $0.addText(1) }
    }
    if matches("<!DOCTYPE", caseInsensitive: true) {
      return PrescanBreach(
        rule: StructureRules.doctype, message: "the document has a DOCTYPE; submissions may not declare one",
        position: counter.position, hint: "remove the DOCTYPE and any entity references")
    }
    if matches("<?") {
      step(2)
      return skip(past: "?>")
    }
    if matches("<!") {
      if ["<!--", "<![CDATA[", "<!DOCTYPE"].contains(where: isTruncatedPrefix) {
        i = bytes.count
        return nil
      }
      return PrescanBreach(
        rule: StructureRules.notWellFormed, message: "`<!` begins neither a comment nor a CDATA section",
        position: counter.position)
    }
    return startTag()
  }

  private mutating func endTag() -> PrescanBreach? {
    textBytes = 0
    while i < bytes.count, bytes[i] != UInt8(ascii: ">") { step() }
    guard i < bytes.count else { return nil }
    step()
    if let element = open.popLast() {
      childCounts.removeLast()
      tags.append(XMLPrescan.Tag(end: Int32(i), element: element))
    }
    return nil
  }

  private mutating func startTag() -> PrescanBreach? {
    let position = counter.position
    let index = Int32(elements.count)
    step()  // <
    let nameStart = i
    while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { step() }
    elements.append(
      XMLPrescan.Element(
        line: Int32(position.line), column: Int32(position.column), parent: open.last ?? -1,
        nameStart: Int32(nameStart), nameLength: Int32(i - nameStart)))
    if open.count + 1 > Limits.maxDepth {
      return PrescanBreach(
        rule: StructureRules.tooDeep, message: "elements nest deeper than \(Limits.maxDepth) levels (`\(name(of: index))`)",
        position: position, hint: "follow the schema; no submission needs more than 8 levels")
    }
    childCounts[open.count] += 1
    if childCounts[open.count] > Limits.maxListItems {
      let parent = open.last.map { "`\(name(of: $0))`" } ?? "the document"
      return PrescanBreach(
        rule: StructureRules.listTooLong, message: "\(parent) has more than \(Limits.maxListItems) child elements",
        position: position)
    }
    textBytes = 0
    var attributes = 0
    while i < bytes.count {
      switch bytes[i] {
      case UInt8(ascii: ">"):
        step()
        tags.append(XMLPrescan.Tag(end: Int32(i), element: index))
        open.append(index)
        childCounts.append(0)
        return nil
      case UInt8(ascii: "/") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ">"):
        step(2)
        tags.append(XMLPrescan.Tag(end: Int32(i), element: index))
        return nil
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        attributes += 1
        if attributes > Limits.maxAttributes {
          return PrescanBreach(
            rule: StructureRules.tooManyAttributes,
            message: "`\(name(of: index))` has more than \(Limits.maxAttributes) attributes", position: position,
            hint: "the format uses elements; only the root has `schemaVersion`")
        }
        if let breach = attributeValue(of: index) { return breach }
      default:
        step()
      }
    }
    return nil
  }

  private mutating func attributeValue(of element: Int32) -> PrescanBreach? {
    let quote = bytes[i]
    step()
    var length = 0
    while i < bytes.count, bytes[i] != quote {
      length += 1
      if length > Limits.maxStringBytes {
        return PrescanBreach(
          rule: StructureRules.stringTooLong,
          message: "an attribute of `\(name(of: element))` is longer than 64 KiB (\(Limits.maxStringBytes) bytes)",
          position: elements[Int(element)].position)
      }
      step()
    }
    if i < bytes.count { step() }
    return nil
  }

  // MARK: - Bytes

  private func name(of element: Int32) -> String {
    let e = elements[Int(element)]
    let start = Int(e.nameStart)
    return String(decoding: bytes[start..<(start + Int(min(e.nameLength, 200)))], as: UTF8.self)
  }

  /// `/`, `!` and `?` after `<` begin an end tag, a declaration or comment, or a PI.
  @inline(__always)
  private static func beginsOtherMarkup(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
  }

  @inline(__always)
  private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

  private func lowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
  }
}
