import NDCLibXML

/// The byte a well-formedness diagnostic points at: libxml2's position, or for the errors it
/// raises only once past the mistake (`WellFormednessAnchor`) the start of the mistake, found
/// in the bytes near that position (decision 255). A scan goes at most `reach` bytes; what it
/// does not find there keeps libxml2's position.
enum WellFormednessPosition {
  static let reach = 4096

  static func offset(of error: LibXMLError, in bytes: [UInt8]) -> Int {
    let at = error.byteOffset
    guard at >= 0, at <= bytes.count, let anchor = error.wellFormednessAnchor else { return at }
    return anchored(anchor, at: at, in: bytes) ?? at
  }

  static func anchored(_ anchor: WellFormednessAnchor, at: Int, in bytes: [UInt8]) -> Int? {
    let floor = max(0, at - reach)
    switch anchor {
    case .ampersandBefore:
      return at > 0 && bytes[at - 1] == UInt8(ascii: "&") ? at - 1 : nil
    case .referenceBefore:
      // `&name;` or `&#…;` ends just before the position: back over its name to the `&`.
      guard at > 1, bytes[at - 1] == UInt8(ascii: ";") else { return nil }
      var i = at - 2
      while i >= floor {
        switch bytes[i] {
        case UInt8(ascii: "&"): return i
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ";"): return nil
        case let b where isSpace(b): return nil
        default: i -= 1
        }
      }
      return nil
    case .endTagBefore:
      // The end tag's `>` is the last byte read: its `</` is the last `<` before it.
      var i = at - 1
      while i >= floor {
        if bytes[i] == UInt8(ascii: "<") { return i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/") ? i : nil }
        i -= 1
      }
      return nil
    case .repeatedAttribute(let name):
      return repeatedAttribute(Array(name.utf8), before: at, floor: floor, in: bytes)
    case .cdataEndAfter:
      var i = at
      let end = min(bytes.count - 2, at + reach)
      while i < end {
        if bytes[i] == UInt8(ascii: "<") { return nil }
        if bytes[i] == UInt8(ascii: "]"), bytes[i + 1] == UInt8(ascii: "]"), bytes[i + 2] == UInt8(ascii: ">") { return i }
        i += 1
      }
      return nil
    }
  }

  /// The second `name=` of the start tag libxml2 has read up to `at`: the tag starts at the
  /// last `<` before it (a `<` cannot stand in the attribute values libxml2 has accepted).
  private static func repeatedAttribute(_ name: [UInt8], before at: Int, floor: Int, in bytes: [UInt8]) -> Int? {
    var start = min(at, bytes.count) - 1
    while start >= floor, bytes[start] != UInt8(ascii: "<") { start -= 1 }
    guard start >= floor else { return nil }
    let end = min(at + 1, bytes.count)
    func isNameEnd(_ b: UInt8) -> Bool {
      isSpace(b) || b == UInt8(ascii: "=") || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
    }
    var i = start + 1
    while i < end, !isNameEnd(bytes[i]) { i += 1 }  // the element's name
    var seen = 0
    while i < end {
      while i < end, isSpace(bytes[i]) { i += 1 }
      let nameStart = i
      while i < end, !isNameEnd(bytes[i]) { i += 1 }
      guard i > nameStart else { return nil }
      if bytes[nameStart..<i].elementsEqual(name) {
        seen += 1
        if seen == 2 { return nameStart }
      }
      while i < end, isSpace(bytes[i]) { i += 1 }
      guard i < end, bytes[i] == UInt8(ascii: "=") else { return nil }
      i += 1
      while i < end, isSpace(bytes[i]) { i += 1 }
      guard i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else { return nil }
      let quote = bytes[i]
      i += 1
      while i < end, bytes[i] != quote { i += 1 }
      i += 1
    }
    return nil
  }

  /// XML's white space (S): space, tab, line feed, carriage return.
  private static func isSpace(_ b: UInt8) -> Bool {
    b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r")
  }
}
