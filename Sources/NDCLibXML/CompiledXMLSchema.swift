internal import CLibXML2

/// An XML Schema compiled once from XSD text in memory. Immutable after compilation, so one
/// value is shared by every parse on every thread; each parse gets its own validation context.
public final class CompiledXMLSchema: @unchecked Sendable {
  // Safety: libxml2 only reads a compiled schema while validating (notes: 48 concurrent
  // validations against one schema gave correct results); it is freed once, in deinit.
  let pointer: xmlSchemaPtr

  /// Compiles `xsd`. Throws the compiler's errors (at least one) when it does not compile.
  /// The XSD must be self-contained: imports are never fetched from the network.
  public init(xsd: String) throws(LibXMLErrors) {
    LibXML.initialize()
    let collector = LibXMLErrorCollector(limit: 100)
    var bytes = Array(xsd.utf8)
    let compiled: xmlSchemaPtr? = collector.installed {
      bytes.withUnsafeMutableBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
          guard let context = xmlSchemaNewMemParserCtxt(base, Int32(buffer.count)) else { return nil }
          defer { xmlSchemaFreeParserCtxt(context) }
          xmlSchemaSetParserStructuredErrors(context, LibXMLErrorCollector.handler, collector.context)
          return xmlSchemaParse(context)
        }
      }
    }
    guard let compiled else {
      let errors = collector.errors.isEmpty
        ? [LibXMLError(domain: Int32(XML_FROM_SCHEMASP.rawValue), code: 0, level: .fatal, message: "the schema did not compile")]
        : collector.errors
      throw LibXMLErrors(errors)
    }
    pointer = compiled
  }

  deinit { xmlSchemaFree(pointer) }
}

/// Several libxml2 errors thrown together (a schema that does not compile).
public struct LibXMLErrors: Error, Sendable, CustomStringConvertible {
  public var errors: [LibXMLError]
  public init(_ errors: [LibXMLError]) { self.errors = errors }
  public var description: String { errors.map(\.description).joined(separator: "\n") }
}
