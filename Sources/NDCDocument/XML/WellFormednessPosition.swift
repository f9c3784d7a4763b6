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
      return at > 0 && bytes[at - 1] == .ampersand ? at - 1 : nil
    case .referenceBefore:
      // `&name;` or `&#…;` ends just before the position: back over its name to the `&`.
      guard at > 1, bytes[at - 1] == .semicolon else { return nil }
      var i = at - 2
      while i >= floor {
        switch bytes[i] {
        case .ampersand: return i
        case .lessThan, .greaterThan, .semicolon, .space, .tab, .lineFeed, .carriageReturn: return nil
        default: i -= 1
        }
      }
      return nil
    case .endTagBefore:
      // The end tag's `>` is the last byte read: its `</` is the last `<` before it.
      var i = at - 1
      while i >= floor {
        if bytes[i] == .lessThan { return i + 1 < bytes.count && bytes[i + 1] == .slash ? i : nil }
        i -= 1
      }
      return nil
    case .repeatedAttribute(let name):
      return repeatedAttribute(Array(name.utf8), before: at, floor: floor, in: bytes)
    case .cdataEndAfter:
      var i = at
      let end = min(bytes.count - 2, at + reach)
      while i < end {
        if bytes[i] == .lessThan { return nil }
        if bytes[i] == .closingBracket, bytes[i + 1] == .closingBracket, bytes[i + 2] == .greaterThan { return i }
        i += 1
      }
      return nil
    }
  }

  /// The second `name=` of the start tag libxml2 has read up to `at`: the tag starts at the
  /// last `<` before it (a `<` cannot stand in the attribute values libxml2 has accepted).
  private static func repeatedAttribute(_ name: [UInt8], before at: Int, floor: Int, in bytes: [UInt8]) -> Int? {
    var start = min(at, bytes.count) - 1
    while start >= floor, bytes[start] != .lessThan { start -= 1 }
    guard start >= floor else { return nil }
    let end = min(at + 1, bytes.count)
    func isSpace(_ b: UInt8) -> Bool { b == .space || b == .tab || b == .lineFeed || b == .carriageReturn }
    func isNameEnd(_ b: UInt8) -> Bool { isSpace(b) || b == .equals || b == .greaterThan || b == .slash }
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
      guard i < end, bytes[i] == .equals else { return nil }
      i += 1
      while i < end, isSpace(bytes[i]) { i += 1 }
      guard i < end, bytes[i] == .quote || bytes[i] == .apostrophe else { return nil }
      let quote = bytes[i]
      i += 1
      while i < end, bytes[i] != quote { i += 1 }
      i += 1
    }
    return nil
  }
}

extension UInt8 {
  fileprivate static let ampersand = UInt8(ascii: "&")
  fileprivate static let semicolon = UInt8(ascii: ";")
  fileprivate static let lessThan = UInt8(ascii: "<")
  fileprivate static let greaterThan = UInt8(ascii: ">")
  fileprivate static let slash = UInt8(ascii: "/")
  fileprivate static let equals = UInt8(ascii: "=")
  fileprivate static let quote = UInt8(ascii: "\"")
  fileprivate static let apostrophe = UInt8(ascii: "'")
  fileprivate static let closingBracket = UInt8(ascii: "]")
  fileprivate static let space = UInt8(ascii: " ")
  fileprivate static let tab = UInt8(ascii: "\t")
  fileprivate static let lineFeed = UInt8(ascii: "\n")
  fileprivate static let carriageReturn = UInt8(ascii: "\r")
}
