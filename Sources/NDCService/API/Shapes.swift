import Foundation
import NDCEngine
import NDCStore

/// The JSON shapes of SERVICE.md, each written from the store's records in one place.
enum Shapes {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func encode<T: Encodable>(_ value: T) -> Data { (try? encoder().encode(value)) ?? Data("{}".utf8) }

  /// `SubmissionInfo`, with the stored report when `withReport`.
  static func submissionInfo(_ row: SubmissionRecord, counting: Bool, withReport: Bool) -> Data {
    let info = encode(SubmissionInfo(row, counting: counting))
    guard withReport else { return info }
    var out = Data(info.dropLast())  // `}`
    out.append(contentsOf: Array(",\"report\":".utf8))
    out.append(row.report)
    out.append(UInt8(ascii: "}"))
    return out
  }

  struct SubmissionInfo: Encodable {
    var row: SubmissionRecord
    var counting: Bool
    init(_ row: SubmissionRecord, counting: Bool) { self.row = row; self.counting = counting }

    enum Keys: String, CodingKey {
      case id, submitter, level, cycle, version, submissionId, format, contentType, sha256, size, receivedAt, valid
      case worstSeverity, counting
    }
    func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(row.id, forKey: .id)
      try c.encode(row.submitter, forKey: .submitter)
      try c.encode(row.level, forKey: .level)
      try c.encode(row.cycle, forKey: .cycle)
      try c.encode(row.version, forKey: .version)
      try c.encode(row.submissionId, forKey: .submissionId)
      try c.encode(row.format, forKey: .format)
      try c.encode(row.contentType, forKey: .contentType)
      try c.encode(row.sha256, forKey: .sha256)
      try c.encode(row.size, forKey: .size)
      try c.encode(row.receivedAt, forKey: .receivedAt)
      try c.encode(row.valid, forKey: .valid)
      try c.encode(row.worstSeverity, forKey: .worstSeverity)
      try c.encode(counting, forKey: .counting)
    }
  }

  /// `{"submissions":[SubmissionInfo]}` without reports.
  static func submissionList(_ rows: [SubmissionRecord], counting: Set<String>) -> Data {
    var out = Data("{\"submissions\":[".utf8)
    for (i, row) in rows.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      out.append(submissionInfo(row, counting: counting.contains(row.id), withReport: false))
    }
    out.append(contentsOf: Array("]}".utf8))
    return out
  }

  /// A row of `Status`: every member named, `null` where there is no value.
  struct StatusRow: Encodable {
    var level: String
    var code: String
    var name: String
    @EncodedNull var region: String?
    var state: String
    @EncodedNull var latestId: String?
    @EncodedNull var latestVersion: Int?
    @EncodedNull var countingId: String?
    @EncodedNull var countingVersion: Int?
    @EncodedNull var worstSeverity: String?
    @EncodedNull var receivedAt: String?
  }

  struct Status: Encodable {
    var cycle: String
    var rows: [StatusRow]
    var summary: Summary
    struct Summary: Encodable { var missing: Int; var invalid: Int; var valid: Int }
  }

  struct CompilationInfo: Encodable {
    var id: String
    var cycle: String
    var asOf: String
    var compiledAt: String
    var createdAt: String
    var inputs: Int
    var counted: Int
    var excluded: [Excluded]
    var sha256: String
    struct Excluded: Encodable { var submitter: String; var id: String; var status: String; var reason: String }
  }

  struct Health: Encodable { var status: String; var store: String; var version: String }

  struct AuditList: Encodable {
    var events: [Event]
    struct Event: Encodable {
      var event: AuditEvent
      enum Keys: String, CodingKey { case at, tokenId, role, submitter, action, target, outcome, status, count }
      func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(event.at, forKey: .at)
        try c.encode(event.tokenId, forKey: .tokenId)
        try c.encode(event.role, forKey: .role)
        try c.encode(event.submitter, forKey: .submitter)
        try c.encode(event.action, forKey: .action)
        try c.encode(event.target, forKey: .target)
        try c.encode(event.outcome, forKey: .outcome)
        try c.encode(event.status, forKey: .status)
        try c.encode(event.count, forKey: .count)
      }
    }
  }
}
