import Foundation
import NDCCore
import NDCStorage

/// Submissions read and checked once, kept until they are needed again in their models' binary
/// form (`SubmissionCoding.binary`, made by the field lists) in a temporary file
/// (`SpilledRecords`), so that compile never reads an input file twice: what it compiles is
/// what it checked and hashed. Workers keep models concurrently; a model kept is read back (on
/// any core) by its key, without a document tree either way. When the
/// file cannot be written, `keep` says so and the caller falls back on reading the input again.
public final class SpilledSubmissions: Sendable {
  private let records: SpilledRecords

  public init() throws(InputError) {
    records = try SpilledRecords(prefix: "ndc-checked", purpose: "the checked submissions")
  }

  /// How many models are kept, and their bytes.
  public var stored: (models: Int, bytes: Int) {
    let stored = records.stored
    return (stored.records, stored.bytes)
  }

  /// Keeps a checked model under `key`; false if it cannot be kept (the file failed).
  @discardableResult
  public func keep(_ submission: Submission, key: Int) -> Bool {
    records.keep(SubmissionCoding.binary(submission), key: key)
  }

  /// The submission kept under `key`; nil if none is, or it cannot be read back.
  public func submission(_ key: Int) -> Submission? {
    records.record(key).flatMap(SubmissionCoding.decode(binary:))
  }
}
