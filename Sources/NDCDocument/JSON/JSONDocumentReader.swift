import NDCCore

/// Reads a JSON document: the parser (limits, lexical forms, duplicates, positions), the root
/// and `schemaVersion` checks, then the schema-level checks mirroring the shipped JSON Schema
/// (`ShapeValidator`). Diagnostics come in document order.
public enum JSONDocumentReader {
  public static func read(bytes: [UInt8], format: DocumentFormat) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    let parsed = JSONParser.parse(bytes)
    guard let document = parsed.document else { return (nil, parsed.diagnostics) }
    if let refusal = rootRefusal(document, format: format) { return (document, [refusal]) }
    let diagnostics = parsed.diagnostics + ShapeValidator.validate(document, against: format.root)
    return (document, inDocumentOrder(diagnostics))
  }

  /// The BLOCKER for a root that is not an object or has not this format's `schemaVersion`.
  private static func rootRefusal(_ document: DocNode, format: DocumentFormat) -> Diagnostic? {
    guard case .object = document.value else {
      return located(
        StructureRules.notASubmission.diagnostic(
          "the root is \(document.value.typeDescription), not a \(format.name) object", at: .root,
          hint: "one \(format.name) per file, as a JSON object `{ … }`"), document.position)
    }
    let member = "schemaVersion"
    let hint = "write `\"\(member)\": \"\(format.version)\"` and the \(format.name) in format \(format.version)"
    switch document[member: member] {
    case nil:
      return located(StructureRules.unknownSchemaVersion.diagnostic("`\(member)` is missing", at: .root, hint: hint), document.position)
    case let node? where node.value != .string(format.version):
      let found = if case .string(let s) = node.value { "\"\(s)\"" } else { node.value.typeDescription }
      return located(
        StructureRules.unknownSchemaVersion.diagnostic(
          "`\(member)` is \(found); this tool reads \"\(format.version)\"", at: JSONPointer.root.appending(member), hint: hint),
        node.position)
    default:
      return nil
    }
  }

  private static func located(_ diagnostic: Diagnostic, _ position: SourcePosition?) -> Diagnostic {
    var d = diagnostic
    d.location.position = position
    return d
  }

  /// Stable order by position (diagnostics without one last).
  static func inDocumentOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      switch (a.element.location.position, b.element.location.position) {
      case (let p?, let q?): p != q ? p < q : a.offset < b.offset
      case (nil, nil): a.offset < b.offset
      case (nil, _): false
      case (_, nil): true
      }
    }.map(\.element)
  }
}
