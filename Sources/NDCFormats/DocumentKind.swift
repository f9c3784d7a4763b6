import NDCDocument

/// Which document a file holds, told apart by content (CLI.md, `convert`): an XML root named
/// `contribution`, or a JSON object with a `header` and no `submitter`, is a contribution
/// document; anything else is read as a submission (and refused as one if it is not).
public enum DocumentKind: Sendable {
  case submission, contribution

  public static func detect(_ bytes: [UInt8]) -> DocumentKind {
    switch InputFormat.sniff(bytes) {
    case .xml?: return xmlRootName(bytes) == ContributionFormat.rootElement ? .contribution : .submission
    case .json?:
      guard let root = JSONParser.parse(bytes).document else { return .submission }
      return root[member: "header"] != nil && root[member: "submitter"] == nil ? .contribution : .submission
    case nil: return .submission
    }
  }

  /// The local name of the first element, skipping the prolog (declaration, comments, PIs).
  static func xmlRootName(_ bytes: [UInt8]) -> String? {
    var i = 0
    while i < bytes.count {
      guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else { i += 1; continue }
      let next = bytes[i + 1]
      if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") { i += 2; continue }
      var end = i + 1
      while end < bytes.count, !" \t\r\n/>".utf8.contains(bytes[end]) { end += 1 }
      let name = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
      return name.split(separator: ":").last.map(String.init)
    }
    return nil
  }
}
