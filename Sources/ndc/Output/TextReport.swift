import Foundation
import NDCCore

/// The human-readable output of `ndc validate`.
struct TextReport {
  var colour: Bool
  var minimumSeverity: Severity
  var quiet: Bool

  func print(_ outcome: ValidationOutcome) {
    let formatter = DiagnosticFormatter(colour: colour)
    var out = ""
    var counts: [Severity: Int] = [:]
    for file in outcome.files {
      for d in file.diagnostics { counts[d.severity, default: 0] += 1 }
      let shown = file.diagnostics.filter { $0.severity >= minimumSeverity }
      guard !shown.isEmpty else { continue }
      let lines = shown.contains { $0.location.position != nil } ? SourceLines(path: file.path) : nil
      for d in shown.prefix(200) { out += formatter.format(d, path: file.path, sourceLines: lines) }
      if shown.count > 200 { out += "\(file.path): … and \(shown.count - 200) more diagnostics not shown\n" }
      flush(&out)
    }
    for d in outcome.setDiagnostics {
      counts[d.severity, default: 0] += 1
      if d.severity >= minimumSeverity { out += formatter.format(d, path: "(set)", sourceLines: nil) }
    }
    let validFiles = outcome.files.filter(\.valid).count
    if !quiet || !outcome.valid {
      out += "\(outcome.files.count) files, \(validFiles) valid; "
      out += "\(counts[.blocker, default: 0]) BLOCKER, \(counts[.error, default: 0]) ERROR, "
      out += "\(counts[.warning, default: 0]) WARNING, \(counts[.info, default: 0]) INFO"
      out += outcome.valid ? " — valid\n" : " — invalid\n"
    }
    flush(&out)
  }

  private func flush(_ out: inout String) {
    if !out.isEmpty { FileHandle.standardOutput.write(Data(out.utf8)) }
    out = ""
  }
}
