internal import CLibXML2

/// One error or warning reported by libxml2: the C error's domain and code with its
/// context, like a database library's error carries the SQLite code.
public struct LibXMLError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Level: Int, Sendable, Hashable, Comparable {
    case warning = 1, error = 2, fatal = 3
    public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
  }

  /// `xmlErrorDomain` (1 parser, 3 namespace, 16 schema parser, 17 schema validation, …).
  public var domain: Int32
  /// `xmlParserErrors` (e.g. 1871 `XML_SCHEMAV_ELEMENT_CONTENT`).
  public var code: Int32
  public var level: Level
  /// libxml2's message, without the trailing newline.
  public var message: String
  /// libxml2's line and column (the column is 0 for most schema errors).
  public var line: Int
  public var column: Int
  /// The reader's current node depth when the error was reported (-1 when no reader).
  /// libxml2 parses ahead of the reader, so this may lag behind the error's element.
  public var depth: Int
  /// How many bytes of the input the parser had consumed when it reported the error: for
  /// a schema error, the end of the start or end tag it concerns (-1 when unknown).
  public var byteOffset: Int

  public init(
    domain: Int32, code: Int32, level: Level, message: String, line: Int = 0, column: Int = 0, depth: Int = -1,
    byteOffset: Int = -1
  ) {
    self.domain = domain
    self.code = code
    self.level = level
    self.message = message
    self.line = line
    self.column = column
    self.depth = depth
    self.byteOffset = byteOffset
  }

  /// Errors of schema validation (`XML_FROM_SCHEMASV`), as opposed to well-formedness.
  public var isSchemaValidation: Bool { domain == Int32(XML_FROM_SCHEMASV.rawValue) }

  /// libxml2's "Extra content at the end of the document", which its streaming reader (2.9.14)
  /// also raises when the input ends before the root element does.
  public var isDocumentEnd: Bool { domain == Int32(XML_FROM_PARSER.rawValue) && code == Int32(XML_ERR_DOCUMENT_END.rawValue) }

  public var description: String { "libxml2 \(domain)/\(code) at \(line):\(column): \(message)" }
}

extension LibXMLError {
  /// Copies a C error (borrowed for the duration of the callback).
  init(_ error: xmlError, depth: Int, byteOffset: Int) {
    var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    while message.last == "\n" || message.last == " " { message.removeLast() }
    self.init(
      domain: Int32(error.domain), code: Int32(error.code),
      level: Level(rawValue: Int(error.level.rawValue)) ?? .error,
      message: message, line: Int(error.line), column: Int(error.int2), depth: depth, byteOffset: byteOffset)
  }
}

/// Collects the errors of one parse or compilation. Reached from libxml2's callbacks through
/// the `void *` context; lives exactly as long as the operation it serves.
final class LibXMLErrorCollector {
  private(set) var errors: [LibXMLError] = []
  /// Errors beyond `limit` are counted, not kept: a hostile file cannot exhaust memory.
  private(set) var dropped = 0
  private let limit: Int
  /// The reader being run, for its depth and byte position; nil while compiling a schema.
  var reader: xmlTextReaderPtr?
  private var delivered = 0

  init(limit: Int) { self.limit = limit }

  func record(_ error: xmlError) {
    guard errors.count < limit else {
      dropped += 1
      return
    }
    let depth = reader.map { Int(xmlTextReaderDepth($0)) } ?? -1
    let offset = reader.map { Int(xmlTextReaderByteConsumed($0)) } ?? -1
    errors.append(LibXMLError(error, depth: depth, byteOffset: offset))
  }

  /// The errors recorded since the last call.
  func takeNew() -> ArraySlice<LibXMLError> {
    defer { delivered = errors.count }
    return errors[delivered...]
  }

  var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

  /// The structured error handler: the context is a collector kept alive by its caller.
  static let handler: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<LibXMLErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
  }

  /// Runs `body` with this collector as the thread's structured error handler and the
  /// generic channel silenced, restoring the previous handlers afterwards. `body` must not
  /// suspend (the handlers are thread-local).
  func installed<T>(_ body: () throws -> T) rethrows -> T {
    let saved = ndc_installErrorHandlers(context, Self.handler)
    defer { ndc_restoreErrorHandlers(saved) }
    return try withExtendedLifetime(self) { try body() }
  }
}
