import NDCCore

// STUB — to be implemented by the JSON work (see docs/architecture.md).

/// Reads a JSON document: the parser (limits, lexical forms, duplicates, positions), the
/// schemaVersion check, then the schema-level checks mirroring the shipped JSON Schema.
public enum JSONDocumentReader {
  public static func read(bytes: [UInt8], format: DocumentFormat) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    (nil, [StructureRules.notWellFormed.diagnostic("JSON reading is not implemented yet", at: .root)])
  }
}

/// Writes a logical document as canonical JSON.
public enum JSONWriter {
  public static func write(_ document: DocNode, format: DocumentFormat) -> String { "" }
}
