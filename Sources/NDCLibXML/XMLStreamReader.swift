internal import CLibXML2

/// An attribute of an element (namespace declarations are not reported).
public struct XMLAttribute: Sendable, Hashable {
  public var localName: String
  /// Empty for an attribute without a prefix.
  public var namespaceURI: String
  public var value: String
}

/// A start tag. An empty element (`<a/>`) is reported as a start followed by an end.
public struct XMLStartElement: Sendable, Hashable {
  public var localName: String
  /// Empty for an element in no namespace.
  public var namespaceURI: String
  public var attributes: [XMLAttribute]

  public func attribute(_ localName: String, namespaceURI: String = "") -> String? {
    attributes.first { $0.localName == localName && $0.namespaceURI == namespaceURI }?.value
  }
}

/// What the streaming reader reports, in order. Errors are reported as soon as libxml2 raises
/// them, which is while it parses ahead of the nodes reported so far.
public enum XMLStreamEvent: Sendable {
  case startElement(XMLStartElement)
  /// Character data (CDATA sections arrive as text; white space between elements too).
  case text(String)
  case endElement(localName: String)
  case error(LibXMLError)
}

/// libxml2's streaming reader (`xmlTextReader`) over a memory buffer, optionally validating
/// against a compiled schema in the same pass.
public enum XMLStreamReader {
  /// Never NOENT (entity expansion), DTDLOAD, HUGE or XINCLUDE. Not NOCDATA either: with a
  /// schema attached, libxml2 2.9.14 then drops CDATA content from the reader's nodes while
  /// the validator still sees it (the schema's SAX plug forwards CDATA only to a CDATA
  /// handler, which NOCDATA removes), so a value would be validated but read as empty.
  /// CDATA nodes are reported as text instead.
  static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

  public struct Outcome: Sendable {
    /// Every error and warning, in the order libxml2 raised them (at most `maxErrors`).
    public var errors: [LibXMLError]
    /// Errors beyond `maxErrors`, counted only.
    public var droppedErrors: Int
    /// True when the document was read to its end (not stopped by the visitor or an error).
    public var completed: Bool
  }

  /// Reads `bytes` (UTF-8; the encoding is forced) and reports each event to `visit`, which
  /// returns false to stop. Text is reported only while `wantsText` says so (making a string
  /// of every run of indentation costs more than the rest of an element). Synchronous:
  /// libxml2's thread-local error handler is installed for the duration of the call, so
  /// `visit` must not suspend or start another parse.
  public static func read(
    _ bytes: [UInt8], schema: CompiledXMLSchema?, maxErrors: Int = 1000, wantsText: () -> Bool = { true },
    _ visit: (XMLStreamEvent) -> Bool
  ) -> Outcome {
    LibXML.initialize()
    let collector = LibXMLErrorCollector(limit: maxErrors)
    guard bytes.count < Int(Int32.max) else {
      let error = LibXMLError(domain: Int32(XML_FROM_PARSER.rawValue), code: Int32(XML_ERR_NO_MEMORY.rawValue), level: .fatal, message: "input too large")
      _ = visit(.error(error))
      return Outcome(errors: [error], droppedErrors: 0, completed: false)
    }
    let completed = collector.installed {
      bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
          guard let reader = xmlReaderForMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options) else {
            return false
          }
          defer { xmlFreeTextReader(reader) }
          // The handler first, then the schema: the reverse order crashes libxml2 2.9.14 on
          // the first malformed input.
          xmlTextReaderSetStructuredErrorHandler(reader, LibXMLErrorCollector.handler, collector.context)
          collector.reader = reader
          defer { collector.reader = nil }
          if let schema {
            guard xmlTextReaderSetSchema(reader, schema.pointer) == 0 else {
              collector.record(schemaAttachFailure)
              return false
            }
          }
          return withExtendedLifetime(schema) { loop(reader, collector, wantsText, visit) }
        }
      }
    }
    return Outcome(errors: collector.errors, droppedErrors: collector.dropped, completed: completed)
  }

  private static var schemaAttachFailure: xmlError {
    var error = xmlError()
    error.domain = Int32(XML_FROM_SCHEMASV.rawValue)
    error.level = XML_ERR_FATAL
    return error
  }

  private static func loop(
    _ reader: xmlTextReaderPtr, _ collector: LibXMLErrorCollector, _ wantsText: () -> Bool,
    _ visit: (XMLStreamEvent) -> Bool
  ) -> Bool {
    var namespace = LastNamespace()
    func flushErrors() -> Bool {
      for error in collector.takeNew() where !visit(.error(error)) { return false }
      return true
    }
    while true {
      let status = xmlTextReaderRead(reader)
      guard flushErrors() else { return false }
      guard status == 1 else { return status == 0 && !collector.errors.contains { $0.level == .fatal } }
      let keepGoing: Bool
      switch xmlTextReaderNodeType(reader) {
      case Int32(XML_READER_TYPE_ELEMENT.rawValue):
        let element = startElement(reader, &namespace)
        keepGoing = visit(.startElement(element))
          && (xmlTextReaderIsEmptyElement(reader) != 1 || visit(.endElement(localName: element.localName)))
      case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
        keepGoing = visit(.endElement(localName: borrowed(xmlTextReaderConstLocalName(reader))))
      case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
        Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
        keepGoing = !wantsText() || visit(.text(borrowed(xmlTextReaderConstValue(reader))))
      default:
        keepGoing = true
      }
      guard keepGoing else { return false }
    }
  }

  private static func startElement(_ reader: xmlTextReaderPtr, _ namespace: inout LastNamespace) -> XMLStartElement {
    var element = XMLStartElement(
      localName: borrowed(xmlTextReaderConstLocalName(reader)),
      namespaceURI: namespace.string(at: xmlTextReaderConstNamespaceUri(reader)), attributes: [])
    if xmlTextReaderHasAttributes(reader) == 1 {
      while xmlTextReaderMoveToNextAttribute(reader) == 1 {
        guard xmlTextReaderIsNamespaceDecl(reader) != 1 else { continue }
        element.attributes.append(
          XMLAttribute(
            localName: borrowed(xmlTextReaderConstLocalName(reader)),
            namespaceURI: borrowed(xmlTextReaderConstNamespaceUri(reader)),
            value: borrowed(xmlTextReaderConstValue(reader))))
      }
      xmlTextReaderMoveToElement(reader)
    }
    return element
  }

  /// Copies a string libxml2 lends until the next read (never freed here).
  fileprivate static func borrowed(_ pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }
}

/// The namespace URI of the elements of one read: almost always the same one, so the String
/// of the last one is reused while the reader's bytes still equal it (a URI is too long for
/// a small string: making it anew would allocate for every element).
private struct LastNamespace {
  private var string = ""

  mutating func string(at pointer: UnsafePointer<xmlChar>?) -> String {
    guard let pointer else { return "" }
    if !Self.equal(string, pointer) { string = XMLStreamReader.borrowed(pointer) }
    return string
  }

  private static func equal(_ string: String, _ pointer: UnsafePointer<xmlChar>) -> Bool {
    var string = string
    return string.withUTF8 { utf8 in
      var i = 0
      while i < utf8.count {
        guard pointer[i] == utf8[i] else { return false }
        i += 1
      }
      return pointer[i] == 0
    }
  }
}
