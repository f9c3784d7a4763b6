import Foundation
import NDCCore

/// The JSON report of `ndc validate --format json` (CLI.md; validate-report.schema.json).
struct ValidationReport: Encodable {
  var tool = "ndc"
  var version = ToolVersion.tool
  var valid: Bool
  var files: [FileEntry]
  var summary: Summary

  struct FileEntry: Encodable {
    var path: String
    var format: String?
    var submitter: String?
    var cycle: String?
    var version: Int?
    var submissionId: String?
    var rulePack: String?
    var valid: Bool
    var suppressed: Int?
    var diagnostics: [DiagnosticEntry]

    enum CodingKeys: String, CodingKey {
      case path, format, submitter, cycle, version, submissionId, rulePack, valid, suppressed, diagnostics
    }
    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(path, forKey: .path)
      // CLI.md: null where the file could not be read that far.
      try c.encode(format, forKey: .format)
      try c.encode(submitter, forKey: .submitter)
      try c.encode(cycle, forKey: .cycle)
      try c.encode(version, forKey: .version)
      try c.encode(submissionId, forKey: .submissionId)
      try c.encode(rulePack, forKey: .rulePack)
      try c.encode(valid, forKey: .valid)
      try c.encodeIfPresent(suppressed, forKey: .suppressed)
      try c.encode(diagnostics, forKey: .diagnostics)
    }
  }

  struct DiagnosticEntry: Encodable {
    var code: String
    var severity: String
    var message: String
    var location: LocationEntry
    var hint: String?
    var related: [RelatedEntry]?

    init(_ d: Diagnostic) {
      code = d.code
      severity = d.severity.rawValue
      message = d.message
      location = LocationEntry(line: d.location.position?.line, column: d.location.position?.column, pointer: d.location.pointer.text)
      hint = d.hint
      related = d.related.isEmpty ? nil : d.related.map { RelatedEntry(path: $0.path, pointer: $0.pointer?.text) }
    }
  }

  struct LocationEntry: Encodable {
    var line: Int?
    var column: Int?
    var pointer: String
  }

  struct RelatedEntry: Encodable {
    var path: String
    var pointer: String?
  }

  struct Summary: Encodable {
    var files: Int
    var valid: Int
    var BLOCKER: Int
    var ERROR: Int
    var WARNING: Int
    var INFO: Int
  }

  init(outcome: ValidationOutcome, minimumSeverity: Severity) {
    var counts: [Severity: Int] = [:]
    var entries: [FileEntry] = []
    func entry(
      path: String, format: String?, header: (String?, String?, Int?, String?), rulePack: String?, valid: Bool,
      diagnostics: [Diagnostic]
    ) -> FileEntry {
      for d in diagnostics { counts[d.severity, default: 0] += 1 }
      let shown = diagnostics.filter { $0.severity >= minimumSeverity }
      let listed = shown.prefix(200)
      return FileEntry(
        path: path, format: format, submitter: header.0, cycle: header.1, version: header.2, submissionId: header.3,
        rulePack: rulePack, valid: valid, suppressed: shown.count > listed.count ? shown.count - listed.count : nil,
        diagnostics: listed.map(DiagnosticEntry.init))
    }
    for f in outcome.files {
      entries.append(
        entry(
          path: f.path, format: f.format?.rawValue,
          header: (f.header.submitter, f.header.cycle, f.header.version, f.header.submissionId),
          rulePack: f.rulePack, valid: f.valid, diagnostics: f.diagnostics))
    }
    if !outcome.setDiagnostics.isEmpty {
      entries.append(
        entry(
          path: "(set)", format: nil, header: (nil, nil, nil, nil), rulePack: nil,
          valid: !outcome.setDiagnostics.contains { $0.severity.invalidates }, diagnostics: outcome.setDiagnostics))
    }
    valid = outcome.valid
    files = entries
    summary = Summary(
      files: outcome.files.count, valid: outcome.files.filter(\.valid).count,
      BLOCKER: counts[.blocker, default: 0], ERROR: counts[.error, default: 0],
      WARNING: counts[.warning, default: 0], INFO: counts[.info, default: 0])
  }

  func json() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
