import NDCCore

/// A document format ndc reads and writes: its shape and its XML identity (NDCFormats has
/// the two, `SubmissionFormat.document` and `ContributionFormat.document`).
public struct DocumentFormat: Sendable {
  public var name: String
  public var root: ObjectShape
  public var namespace: String
  public var rootElement: String
  public var version: String
  /// Names of the committed schema files in `schemas/`.
  public var xsdFileName: String
  public var jsonSchemaFileName: String
  public var jsonSchemaID: String

  public init(
    name: String, root: ObjectShape, namespace: String, rootElement: String, version: String,
    xsdFileName: String, jsonSchemaFileName: String, jsonSchemaID: String
  ) {
    self.name = name
    self.root = root
    self.namespace = namespace
    self.rootElement = rootElement
    self.version = version
    self.xsdFileName = xsdFileName
    self.jsonSchemaFileName = jsonSchemaFileName
    self.jsonSchemaID = jsonSchemaID
  }
}

/// The two input formats.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
  case xml, json

  /// Sniffs the first byte after an optional BOM and white space: `<` XML, `{` JSON.
  /// Other JSON-looking starts (`[`, `"`, digits, …) are JSON too, refused later as not a
  /// submission; anything else is nil.
  public static func sniff<C: Collection>(_ bytes: C) -> InputFormat? where C.Element == UInt8 {
    var i = bytes.startIndex
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    if bytes.starts(with: bom) { i = bytes.index(i, offsetBy: 3) }
    while i < bytes.endIndex {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D: i = bytes.index(after: i)
      case UInt8(ascii: "<"): return .xml
      case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"), 0x30...0x39,
        UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
        return .json
      default: return nil
      }
    }
    return nil
  }
}
