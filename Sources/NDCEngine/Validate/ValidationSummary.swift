import NDCCore

/// What a whole validation run found, for the report's closing lines and the exit code.
public struct ValidationSummary: Sendable {
  public var files = 0
  public var validFiles = 0
  public var counts: [Severity: Int] = [:]
  public var setDiagnostics: [Diagnostic] = []
  /// Files that could not be opened: path and why.
  public var unreadable: [(path: String, reason: String)] = []

  public init() {}

  public var valid: Bool { validFiles == files && !setDiagnostics.contains { $0.severity.invalidates } }

  mutating func add(_ file: FileOutcome) {
    files += 1
    if file.valid { validFiles += 1 }
    if !file.readable { unreadable.append((file.path, file.diagnostics.first?.message ?? "cannot be read")) }
    for d in file.diagnostics { counts[d.severity, default: 0] += 1 }
  }

  mutating func addSet(_ diagnostics: [Diagnostic]) {
    setDiagnostics = diagnostics
    for d in diagnostics { counts[d.severity, default: 0] += 1 }
  }
}

/// Receives each file's outcome in input order as soon as it and every earlier file are
/// checked — so a run keeps no per-file detail once it is reported — then the set-level
/// findings and the totals.
public protocol ValidationReporter: AnyObject {
  func report(_ file: FileOutcome)
  func finish(_ summary: ValidationSummary)
}
