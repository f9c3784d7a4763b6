import NDCCore

// STUB — to be implemented by the JSON work (see docs/architecture.md).

/// Between the logical document and the model. `decode` expects a document that passed the
/// schema checks (either format); `encode` gives the canonical document (spec order, lists
/// omitted when empty, decimals shortest).
public enum SubmissionCoding {
  public static func decode(_ document: DocNode) -> Submission? { nil }
  public static func encode(_ submission: Submission) -> DocNode { DocNode(.object([])) }
}

/// Convenience: a submission written canonically in either format.
public enum SubmissionWriter {
  public static func write(_ submission: Submission, as format: InputFormat) -> String {
    let document = SubmissionCoding.encode(submission)
    switch format {
    case .xml: return XMLWriter.write(document, format: SubmissionFormat.document)
    case .json: return JSONWriter.write(document, format: SubmissionFormat.document)
    }
  }
}
