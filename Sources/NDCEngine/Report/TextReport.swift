import Foundation
import NDCCore

/// The human-readable output of `ndc validate`, written as the files are checked.
public final class TextReport: ValidationReporter {
  private let formatter: DiagnosticFormatter
  private let minimumSeverity: Severity
  private let quiet: Bool

  private let output: (String) -> Void

  public init(
    colour: Bool, minimumSeverity: Severity, quiet: Bool, output: @escaping (String) -> Void = JSONReport.standardOutput
  ) {
    self.output = output
    formatter = DiagnosticFormatter(colour: colour)
    self.minimumSeverity = minimumSeverity
    self.quiet = quiet
  }

  public func report(_ file: FileOutcome) {
    let shown = file.diagnostics.filter { $0.severity >= minimumSeverity }
    guard !shown.isEmpty else { return }
    let lines = shown.contains { $0.location.position != nil } ? SourceLines(path: file.path) : nil
    var out = ""
    for d in shown.prefix(200) { out += formatter.format(d, path: file.path, sourceLines: lines) }
    if shown.count > 200 { out += "\(TerminalText.shown(file.path)): … and \(shown.count - 200) more diagnostics not shown\n" }
    write(out)
  }

  public func finish(_ summary: ValidationSummary) {
    var out = ""
    for d in summary.setDiagnostics where d.severity >= minimumSeverity {
      out += formatter.format(d, path: "(set)", sourceLines: nil)
    }
    if !quiet || !summary.valid {
      let c = summary.counts
      out += "\(summary.files) files, \(summary.validFiles) valid; "
      out += "\(c[.blocker, default: 0]) BLOCKER, \(c[.error, default: 0]) ERROR, "
      out += "\(c[.warning, default: 0]) WARNING, \(c[.info, default: 0]) INFO"
      out += summary.valid ? " — valid\n" : " — invalid\n"
    }
    write(out)
  }

  private func write(_ text: String) {
    if !text.isEmpty { output(text) }
  }
}
