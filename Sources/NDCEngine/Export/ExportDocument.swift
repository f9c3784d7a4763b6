import NDCCore
import NDCExport
import NDCDocument
import NDCFormats

extension Engine {
  /// A compiled contribution document read from a file (XML or JSON, sniffed).
  public static func readDocument(path: String) throws(ContributionReadError) -> ContributionDocument {
    try ContributionReading().read(path: path)
  }

  /// A compiled contribution document read from bytes, named `path` in messages.
  public static func readDocument(bytes: [UInt8], path: String) throws(ContributionReadError) -> ContributionDocument {
    try ContributionReading().read(bytes: bytes, path: path)
  }

  /// `ndc export`: one export of a document, as text (a file) or as a folder's files.
  public static func export(_ document: ContributionDocument, as format: ExportFormat, language: Language) -> ExportOutput {
    Exporter.export(document, as: format, language: language)
  }
}

/// What `ndc convert` makes of one input.
public enum Conversion: Sendable {
  /// The canonical text in the other format.
  case converted(String)
  /// A submission that could not be read into the model: its invalidating diagnostics, located.
  case invalidSubmission([Diagnostic])
  /// A contribution document that could not be read.
  case invalidContribution(ContributionReadError)

  /// Converts a submission or a contribution document (told apart by its root) to `format`.
  public static func convert(bytes: [UInt8], path: String, to format: InputFormat) throws -> Conversion {
    if DocumentKind.detect(bytes) == .contribution {
      return convertContribution(bytes: bytes, path: path, to: format)
    }
    let result = try SubmissionReader().read(bytes: bytes, path: path)
    guard let submission = result.submission else {
      return .invalidSubmission(result.diagnostics.filter { $0.severity.invalidates }.map(result.located))
    }
    return .converted(SubmissionWriter.write(submission, as: format))
  }

  private static func convertContribution(bytes: [UInt8], path: String, to format: InputFormat) -> Conversion {
    let document: ContributionDocument
    do throws(ContributionReadError) {
      document = try ContributionReading().read(bytes: bytes, path: path)
    } catch {
      return .invalidContribution(error)
    }
    return .converted(ContributionWriter.write(document, as: format))
  }
}
