import Crypto
import NDCCore
import NDCFormats

/// The small keys the set rules and the selection need from one input; nothing else of the
/// submission is kept.
public struct SetKeys: Sendable, Hashable {
  public struct MeasureKey: Sendable, Hashable {
    public var measureId: String
    /// Its index in `measures`, for pointers.
    public var index: Int
    public var overlaps: [OverlapKey]
    public init(measureId: String, index: Int, overlaps: [OverlapKey]) {
      self.measureId = measureId
      self.index = index
      self.overlaps = overlaps
    }
  }
  public struct OverlapKey: Sendable, Hashable {
    public var submitterCode: String
    public var measureId: String
    public init(submitterCode: String, measureId: String) {
      self.submitterCode = submitterCode
      self.measureId = measureId
    }
  }

  public var index: Int
  public var path: String
  /// Nil where the file could not be read that far.
  public var submitter: String?
  public var level: SubmitterLevel?
  public var cycle: String?
  public var version: Int?
  public var submissionId: String?
  /// No BLOCKER or ERROR in the file.
  public var valid: Bool
  /// SHA-256 (hex) of the canonical JSON form; nil when there is no model.
  /// Whether the file was read into the model (only then can it equal another input).
  public var hasModel: Bool
  /// SHA-256 of the canonical form, computed only when needed: for inputs that share
  /// submitter, cycle and version with another (`SetChecker.finish`). Nil otherwise.
  public var fingerprint: String?
  public var measures: [MeasureKey]

  public init(
    index: Int, path: String, submitter: String?, level: SubmitterLevel?, cycle: String?, version: Int?,
    submissionId: String?, valid: Bool, fingerprint: String?, hasModel: Bool? = nil, measures: [MeasureKey] = []
  ) {
    self.hasModel = hasModel ?? (fingerprint != nil)
    self.index = index
    self.path = path
    self.submitter = submitter
    self.level = level
    self.cycle = cycle
    self.version = version
    self.submissionId = submissionId
    self.valid = valid
    self.fingerprint = fingerprint
    self.measures = measures
  }

  /// The keys of a submission read into the model.
  public init(index: Int, path: String, submission: Submission, valid: Bool) {
    self.init(
      index: index, path: path, submitter: submission.submitter.code, level: submission.submitter.level,
      cycle: submission.cycle, version: submission.version, submissionId: submission.submissionId, valid: valid,
      fingerprint: nil, hasModel: true,
      measures: submission.measures.enumerated().map { i, m in
        MeasureKey(
          measureId: m.measureId, index: i,
          overlaps: m.overlaps.map { OverlapKey(submitterCode: $0.submitterCode, measureId: $0.measureId) })
      })
  }

  /// The keys of a file that could not be read into the model (always invalid).
  public init(index: Int, path: String, header: SubmissionHeader) {
    self.init(
      index: index, path: path, submitter: header.submitter, level: header.level.flatMap(SubmitterLevel.init(rawValue:)),
      cycle: header.cycle, version: header.version, submissionId: header.submissionId, valid: false, fingerprint: nil)
  }

  /// The keys of one read file: from its model when it has one, else from its header.
  public init(index: Int, path: String, result: ReadResult, valid: Bool) {
    if let submission = result.submission {
      self.init(index: index, path: path, submission: submission, valid: valid)
    } else {
      self.init(index: index, path: path, header: result.header)
    }
  }

  /// SHA-256 of the canonical JSON form: equal models give equal fingerprints.
  public static func fingerprint(of submission: Submission) -> String {
    let digest = SHA256.hash(data: SubmissionWriter.canonicalJSON(submission))
    return digest.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
