import NDCCore
import NDCDocument

/// The submission format 1.0 (SUBMISSION.md) as a `Shape`, made from the model's field lists
/// (`SubmissionCoding.swift`): the single source of both schemas (`schemas/submission-1.0.xsd`,
/// `schemas/submission-1.0.schema.json`), of both readers' typing and of both writers' order.
public enum SubmissionFormat {
  public static let version = "1.0"
  public static let namespace = "urn:x-ndc:submission:1.0"
  public static let rootElement = "submission"

  public static let submission = Submission.shape
  /// Parts the contribution document carries as they are.
  public static let target = Target.shape
  public static let measure = Measure.shape

  public static let document = DocumentFormat(
    name: "submission", root: submission.objectShape!, namespace: namespace, rootElement: rootElement,
    version: version, xsdFileName: "submission-1.0.xsd", jsonSchemaFileName: "submission-1.0.schema.json",
    jsonSchemaID: "urn:x-ndc:submission:1.0:json-schema")
}
