import Foundation
import NDCCore
import NDCDocument
import NDCStorage

/// Submissions read and checked once, kept until they are needed again as their documents'
/// binary form (`DocBinary`) in a temporary file (`SpilledRecords`), so that compile never
/// reads an input file twice: what it compiles is what it checked and hashed. Workers keep
/// documents concurrently; a document kept is read back (on any core) by its key. When the
/// file cannot be written, `keep` says so and the caller falls back on reading the input again.
public final class SpilledSubmissions: Sendable {
  private let records: SpilledRecords

  public init() throws(InputError) {
    records = try SpilledRecords(prefix: "ndc-checked", purpose: "the checked submissions")
  }

  /// How many documents are kept, and their bytes.
  public var stored: (documents: Int, bytes: Int) {
    let stored = records.stored
    return (stored.records, stored.bytes)
  }

  /// Keeps a checked document under `key`; false if it cannot be kept (the file failed).
  @discardableResult
  public func keep(_ document: DocNode, key: Int) -> Bool {
    var bytes: [UInt8] = []
    DocBinary.submission.encode(document, into: &bytes)
    return records.keep(bytes, key: key)
  }

  /// The submission kept under `key`; nil if none is, or it cannot be read back.
  public func submission(_ key: Int) -> Submission? {
    guard let bytes = records.record(key), let document = DocBinary.submission.decode(bytes) else { return nil }
    return SubmissionCoding.decode(document)
  }
}
