internal import CLibXML2

/// What a schema-validation error (`XML_FROM_SCHEMASV`) says is wrong, from libxml2's code
/// and, where one code covers several causes, its message.
public enum SchemaErrorCause: Sendable, Hashable {
  /// A required child element or attribute is missing.
  case missing
  /// An element or attribute the content model does not allow here.
  case unexpected
  /// A value that is not valid for its datatype, or content of the wrong kind (text where
  /// elements belong, elements where text belongs).
  case invalidValue
  case enumeration
  /// A pattern, or the total or fraction digits of a decimal.
  case pattern
  /// A numeric bound or a length.
  case bounds
}

extension LibXMLError {
  /// The cause of a schema-validation error; nil for any other error.
  public var schemaCause: SchemaErrorCause? {
    guard isSchemaValidation else { return nil }
    switch UInt32(code) {
    case XML_SCHEMAV_ELEMENT_CONTENT.rawValue:
      return message.contains("Missing child element") ? .missing : .unexpected
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4.rawValue:
      return .missing
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1.rawValue, XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2.rawValue:
      return .unexpected
    case XML_SCHEMAV_CVC_TYPE_3_1_1.rawValue:
      // An attribute on an element of a simple type ("The attribute 'q' is not allowed"): the
      // same finding as on an element of a complex type, not a bad value.
      return .unexpected
    case XML_SCHEMAV_CVC_ENUMERATION_VALID.rawValue:
      return .enumeration
    case XML_SCHEMAV_CVC_PATTERN_VALID.rawValue, XML_SCHEMAV_CVC_TOTALDIGITS_VALID.rawValue,
      XML_SCHEMAV_CVC_FRACTIONDIGITS_VALID.rawValue:
      return .pattern
    case XML_SCHEMAV_CVC_MININCLUSIVE_VALID.rawValue, XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID.rawValue,
      XML_SCHEMAV_CVC_MINEXCLUSIVE_VALID.rawValue, XML_SCHEMAV_CVC_MAXEXCLUSIVE_VALID.rawValue,
      XML_SCHEMAV_CVC_LENGTH_VALID.rawValue, XML_SCHEMAV_CVC_MINLENGTH_VALID.rawValue,
      XML_SCHEMAV_CVC_MAXLENGTH_VALID.rawValue:
      return .bounds
    default:
      return .invalidValue
    }
  }

  /// The local name of the element the message is about (`Element '{ns}name': …`).
  public var elementLocalName: String? {
    guard let rest = message.after("Element '") else { return nil }
    var name = rest.prefix { $0 != "'" }
    if name.first == "{", let close = name.firstIndex(of: "}") { name = name[name.index(after: close)...] }
    return String(name)
  }

  /// The element names after `Expected is ( … )` / `Expected is one of ( … )`, local names.
  public var expectedElementNames: [String] {
    guard let rest = message.after("Expected is"), let paren = rest.firstIndex(of: "("),
      let close = rest[paren...].firstIndex(of: ")")
    else { return [] }
    return rest[rest.index(after: paren)..<close].split(separator: ",").map { item in
      var name = item.trimmingCharacters(in: " ")
      if name.first == "{", let end = name.firstIndex(of: "}") { name = String(name[name.index(after: end)...]) }
      return name
    }
  }

  /// The attribute the message is about (`…, attribute 'name': …`).
  public var attributeName: String? {
    guard let rest = message.after("attribute '") else { return nil }
    return String(rest.prefix { $0 != "'" })
  }
}

extension String {
  /// What follows the first occurrence of `marker`.
  fileprivate func after(_ marker: String) -> Substring? {
    var start = startIndex
    while start < endIndex {
      if self[start...].hasPrefix(marker) { return self[start...].dropFirst(marker.count) }
      start = index(after: start)
    }
    return nil
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
