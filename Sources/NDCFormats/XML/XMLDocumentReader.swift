import NDCCore

// STUB — to be implemented by the XML work (see docs/architecture.md).

/// A compiled XML Schema for one document format, shared by every parse.
public final class XMLSchemaValidator: Sendable {
  public init(format: DocumentFormat) throws {}
}

/// Reads an XML document: limits pre-scanned on the bytes, then libxml2's streaming reader
/// with the compiled schema attached, building the logical document.
public enum XMLDocumentReader {
  public static func read(bytes: [UInt8], format: DocumentFormat, schema: XMLSchemaValidator) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    (nil, [StructureRules.notWellFormed.diagnostic("XML reading is not implemented yet", at: .root)])
  }
}

/// Writes a logical document as canonical XML.
public enum XMLWriter {
  public static func write(_ document: DocNode, format: DocumentFormat) -> String { "" }
}
