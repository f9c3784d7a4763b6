import NDCCore
import NDCDocument

/// The contribution document 1.0 (CONTRIBUTION.md) as a `Shape`, made from the model's field
/// lists (`ContributionCoding*.swift`): the single source of its XML Schema and JSON Schema, of
/// both readers' typing and of both writers' order. Members follow CONTRIBUTION.md's
/// "Sections"; per-submitter detail reuses the submission format's field lists.
public enum ContributionFormat {
  public static let version = "1.0"
  public static let namespace = "urn:x-ndc:contribution:1.0"
  public static let rootElement = "contribution"

  public static let contribution = ContributionDocument.shape

  public static let document = DocumentFormat(
    name: "contribution", root: contribution.objectShape!, namespace: namespace, rootElement: rootElement,
    version: version, xsdFileName: "contribution-1.0.xsd", jsonSchemaFileName: "contribution-1.0.schema.json",
    jsonSchemaID: "urn:x-ndc:contribution:1.0:json-schema")
}
