import NDCCore
import NDCLibXML

/// The compiled XML Schema of a document format, generated from its `Shape`. Compiled once,
/// shared by every parse on every thread.
public final class XMLSchemaValidator: Sendable {
  let compiled: CompiledXMLSchema

  public convenience init(format: DocumentFormat) throws {
    try self.init(xsd: XSDGenerator.generate(format))
  }

  /// Compiles XSD text (self-contained: nothing is fetched).
  public init(xsd: String) throws {
    compiled = try CompiledXMLSchema(xsd: xsd)
  }
}
