internal import CLibXML2

/// Where the mistake a well-formedness error names begins, for the errors libxml2 raises only
/// once it has read past the mistake: its position is then the parser's, after the mistake (an
/// end tag's `>`, an entity reference's `;`), where a reader looks for the mistake itself.
/// Errors not listed are placed where libxml2 places them, which for them is the mistake
/// (a character that may not stand there, a missing `=` or quote).
public enum WellFormednessAnchor: Sendable, Hashable {
  /// The `&` just before the position (`&` followed by no name).
  case ampersandBefore
  /// The `&` of the entity or character reference that ends just before the position.
  case referenceBefore
  /// The `</` of the end tag that ends at the position.
  case endTagBefore
  /// The second occurrence of the attribute `name` in the start tag that ends at the position.
  case repeatedAttribute(name: String)
  /// The `]]>` in the text that starts at the position.
  case cdataEndAfter
}

extension LibXMLError {
  /// The anchor of a well-formedness error libxml2 places after its mistake (decision 255).
  public var wellFormednessAnchor: WellFormednessAnchor? {
    guard domain == Int32(XML_FROM_PARSER.rawValue) else { return nil }
    switch code {
    case Int32(XML_ERR_NAME_REQUIRED.rawValue) where message.hasPrefix("xmlParseEntityRef"):
      return .ampersandBefore
    case Int32(XML_ERR_UNDECLARED_ENTITY.rawValue), Int32(XML_WAR_UNDECLARED_ENTITY.rawValue):
      return .referenceBefore
    case Int32(XML_ERR_INVALID_CHAR.rawValue) where message.hasPrefix("xmlParseCharRef"):
      return .referenceBefore
    case Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue):
      return .endTagBefore
    case Int32(XML_ERR_ATTRIBUTE_REDEFINED.rawValue):
      // "Attribute NAME redefined"
      guard message.hasPrefix("Attribute "), message.hasSuffix(" redefined") else { return nil }
      let name = message.dropFirst("Attribute ".count).dropLast(" redefined".count)
      return name.isEmpty || name.contains(" ") ? nil : .repeatedAttribute(name: String(name))
    case Int32(XML_ERR_MISPLACED_CDATA_END.rawValue):
      return .cdataEndAfter
    default:
      return nil
    }
  }
}
