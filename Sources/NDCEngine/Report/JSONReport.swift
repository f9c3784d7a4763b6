import Foundation
import NDCCore
import NDCDocument
import NDCFormats

/// The JSON report of `ndc validate --format json` (CLI.md; validate-report.schema.json),
/// written as the files are checked: `tool`, `version`, then each file entry as it comes, the
/// `(set)` entry, and `valid` and `summary` last (member order is not significant, CLI.md).
public final class JSONReport: ValidationReporter {
  private let minimumSeverity: Severity
  private let output: (String) -> Void
  private var first = true
  private let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// `output` receives the report's text piece by piece (standard output by default).
  public init(minimumSeverity: Severity, output: @escaping (String) -> Void = JSONReport.standardOutput) {
    self.minimumSeverity = minimumSeverity
    self.output = output
    write("{\n  \"tool\" : \"ndc\",\n  \"version\" : \"\(ToolVersion.tool)\",\n  \"files\" : [")
  }

  public func report(_ file: FileOutcome) {
    entry(FileEntry(file, minimumSeverity: minimumSeverity))
  }

  /// One file entry of the report (validate-report.schema.json `files[i]`) as JSON text,
  /// as `validate --format json` writes it (pretty, sorted keys), without indentation.
  public static func fileEntry(_ file: FileOutcome, minimumSeverity: Severity = .info) -> String {
    FileEntryText.write(FileEntry(file, minimumSeverity: minimumSeverity))
  }

  /// The same text through Foundation's encoder: what `FileEntryText` is checked against.
  static func encodedFileEntry(_ entry: FileEntry, prefix: String = "") -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let text = String(decoding: (try? encoder.encode(entry)) ?? Data("{}".utf8), as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + prefix)
  }

  public static func standardOutput(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }

  public func finish(_ summary: ValidationSummary) {
    if !summary.setDiagnostics.isEmpty {
      entry(FileEntry(
        path: "(set)", format: nil, header: SubmissionHeader(), rulePack: nil,
        valid: !summary.setDiagnostics.contains { $0.severity.invalidates }, diagnostics: summary.setDiagnostics,
        minimumSeverity: minimumSeverity))
    }
    let c = summary.counts
    let totals = Summary(
      files: summary.files, valid: summary.validFiles, BLOCKER: c[.blocker, default: 0], ERROR: c[.error, default: 0],
      WARNING: c[.warning, default: 0], INFO: c[.info, default: 0])
    write((first ? "]" : "\n  ]") + ",\n  \"valid\" : \(summary.valid),\n  \"summary\" : " + indented(totals) + "\n}\n")
  }

  private func entry(_ entry: FileEntry) {
    write((first ? "\n    " : ",\n    ") + FileEntryText.write(entry, prefix: "    "))
    first = false
  }

  private func indented<T: Encodable>(_ value: T, by indent: String = "  ") -> String {
    let text = String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
  }

  private func write(_ text: String) { output(text) }

  struct FileEntry: Encodable {
    var path: String
    // CLI.md: null where the file could not be read that far.
    @EncodedNull var format: String?
    @EncodedNull var submitter: String?
    @EncodedNull var cycle: String?
    @EncodedNull var version: Int?
    @EncodedNull var submissionId: String?
    @EncodedNull var rulePack: String?
    var valid: Bool
    var suppressed: Int?
    var diagnostics: [DiagnosticEntry]

    init(_ file: FileOutcome, minimumSeverity: Severity) {
      self.init(
        path: file.path, format: file.format?.rawValue, header: file.header, rulePack: file.rulePack, valid: file.valid,
        diagnostics: file.diagnostics, minimumSeverity: minimumSeverity)
    }

    init(
      path: String, format: String?, header: SubmissionHeader, rulePack: String?, valid: Bool, diagnostics: [Diagnostic],
      minimumSeverity: Severity
    ) {
      self.path = path
      self.format = format
      submitter = header.submitter
      cycle = header.cycle
      version = header.version
      submissionId = header.submissionId
      self.rulePack = rulePack
      self.valid = valid
      let shown = diagnostics.filter { $0.severity >= minimumSeverity }
      let listed = shown.prefix(Limits.maxDiagnosticsPerFile)
      suppressed = shown.count > listed.count ? shown.count - listed.count : nil
      self.diagnostics = listed.map(DiagnosticEntry.init)
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
}
