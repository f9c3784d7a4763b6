internal import CLibXML2

/// Process-wide libxml2 set-up, done once before any parse or schema compilation:
/// the parser and the XSD type table are initialised (2.9.14 builds the type table lazily
/// without a lock), external entities are never fetched from the network, and the generic
/// error channel is silenced for every thread (errors are collected per parse instead).
/// `xmlCleanupParser` is never called: other code in the process may still use libxml2.
enum LibXML {
  private static let initialized: Bool = {
    xmlInitParser()
    xmlSchemaInitTypes()
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
    ndc_silenceGenericErrorsByDefault()
    return true
  }()

  /// Runs the one-time set-up (thread-safe: a Swift `static let` is initialised once).
  static func initialize() {
    _ = initialized
  }
}
