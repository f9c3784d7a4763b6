import NDCCore
import NDCDocument
import NDCStorage

/// Why a contribution document could not be used: the file could not be read (exit 2), or it
/// was read but is not a valid contribution document (exit 1).
public enum ContributionReadError: Error, Sendable, CustomStringConvertible {
  case unreadable(InputError)
  case invalid(path: String, reasons: [String])

  public var description: String {
    switch self {
    case .unreadable(let error): error.description
    case .invalid(let path, let reasons): "\(path): not a valid contribution document" + (reasons.isEmpty ? "" : ": " + reasons.joined(separator: "; "))
    }
  }
}

/// Reads a compiled contribution document in either format (sniffed from its first byte), checked
/// against the contribution shape, into the model. Exports work from this model alone.
public struct ContributionReading: Sendable {
  /// Contribution documents are larger than submissions: up to 256 MiB are read.
  public static let maxFileBytes = 256 * 1024 * 1024

  public init() {}

  public func read(path: String) throws(ContributionReadError) -> ContributionDocument {
    let bytes: [UInt8]?
    do {
      bytes = try FileBytes.read(path: path, limit: Self.maxFileBytes)
    } catch {
      throw .unreadable(error)
    }
    guard let bytes else { throw .unreadable(InputError(path: path, reason: "larger than 256 MiB")) }
    return try read(bytes: bytes, path: path)
  }

  public func read(bytes: [UInt8], path: String) throws(ContributionReadError) -> ContributionDocument {
    guard let format = InputFormat.sniff(bytes) else {
      throw .invalid(path: path, reasons: ["neither XML (`<`) nor JSON (`{`)"])
    }
    let parsed: (document: DocNode?, diagnostics: [Diagnostic])
    switch format {
    case .json:
      parsed = JSONDocumentReader.read(bytes: bytes, format: ContributionFormat.document)
    case .xml:
      let schema: XMLSchemaValidator
      do {
        schema = try XMLSchemaValidator(format: ContributionFormat.document)
      } catch {
        throw .unreadable(InputError(path: path, reason: "the contribution schema could not be compiled"))
      }
      parsed = XMLDocumentReader.read(bytes: bytes, format: ContributionFormat.document, schema: schema)
    }
    let errors = parsed.diagnostics.filter { $0.severity.invalidates }
    guard errors.isEmpty, let node = parsed.document else {
      throw .invalid(path: path, reasons: errors.prefix(3).map { "\($0.code) \($0.message)" })
    }
    guard let document = ContributionCoding.decode(node) else {
      throw .invalid(path: path, reasons: ["the document could not be read into the contribution model"])
    }
    return document
  }
}
