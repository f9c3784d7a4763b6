/// An RFC 6901 JSON Pointer into the logical document (the same for XML and JSON input).
public struct JSONPointer: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
  /// The escaped text, `""` for the whole document.
  public private(set) var text: String

  public static let root = JSONPointer(escaped: "")

  public init(escaped text: String) { self.text = text }
  public init(stringLiteral value: String) { self.text = value }
  public init(tokens: [String]) {
    text = ""
    for t in tokens { self = self.appending(t) }
  }

  public func appending(_ key: String) -> JSONPointer {
    var copy = self
    copy.text.append("/")
    if key.utf8.contains(where: { $0 == 0x7E || $0 == 0x2F }) {
      copy.text.append(key.replacingAll("~", with: "~0").replacingAll("/", with: "~1"))
    } else {
      copy.text.append(key)
    }
    return copy
  }

  public func appending(_ index: Int) -> JSONPointer {
    var copy = self
    copy.text.append("/")
    copy.text.append(String(index))
    return copy
  }

  public static func / (pointer: JSONPointer, key: String) -> JSONPointer { pointer.appending(key) }
  public static func / (pointer: JSONPointer, index: Int) -> JSONPointer { pointer.appending(index) }

  /// The unescaped reference tokens.
  public var tokens: [String] {
    guard !text.isEmpty else { return [] }
    return text.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
      String($0).replacingAll("~1", with: "/").replacingAll("~0", with: "~")
    }
  }

  /// The pointer of the containing member or item; the root's parent is the root.
  public var parent: JSONPointer {
    guard let slash = text.lastIndex(of: "/") else { return .root }
    return JSONPointer(escaped: String(text[..<slash]))
  }

  public var description: String { text }
  public static func < (a: JSONPointer, b: JSONPointer) -> Bool { a.text < b.text }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}

extension Substring {
  func range(of target: String) -> Range<Index>? {
    let t = Array(target.utf8)
    guard let first = t.first else { return nil }
    var i = startIndex
    while i < endIndex {
      if utf8[i] == first {
        var j = i
        var k = 0
        while k < t.count, j < endIndex, utf8[j] == t[k] { j = utf8.index(after: j); k += 1 }
        if k == t.count { return i..<j }
      }
      i = utf8.index(after: i)
    }
    return nil
  }
}
