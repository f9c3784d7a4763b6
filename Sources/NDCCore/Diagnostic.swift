/// How bad a finding is (SUBMISSION.md, "Severities"). Ordered from least to most severe.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case info = "INFO"
  case warning = "WARNING"
  case error = "ERROR"
  case blocker = "BLOCKER"

  var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    case .blocker: 3
    }
  }
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  /// A file with a finding of this severity does not count.
  public var invalidates: Bool { self >= .error }
}

/// A line and column in a source file (1-based; columns count Unicode scalar values).
public struct SourcePosition: Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public static func < (a: SourcePosition, b: SourcePosition) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// Where a diagnostic points: the JSON Pointer into the logical document (always), and
/// line and column where the reader knows them.
public struct Location: Hashable, Sendable {
  public var pointer: JSONPointer
  public var position: SourcePosition?
  public init(pointer: JSONPointer, position: SourcePosition? = nil) {
    self.pointer = pointer
    self.position = position
  }
}

/// Another place a diagnostic concerns: a file (or `(set)`) and a pointer in it.
public struct RelatedLocation: Hashable, Sendable {
  public var path: String
  public var pointer: JSONPointer?
  public init(path: String, pointer: JSONPointer? = nil) {
    self.path = path
    self.pointer = pointer
  }
}

/// One finding: a value, like a compiler's diagnostic.
public struct Diagnostic: Hashable, Sendable {
  public var code: String
  public var severity: Severity
  public var message: String
  public var location: Location
  public var hint: String?
  public var related: [RelatedLocation]

  public init(
    code: String, severity: Severity, message: String, location: Location,
    hint: String? = nil, related: [RelatedLocation] = []
  ) {
    self.code = code
    self.severity = severity
    self.message = Self.bounded(message)
    self.location = location
    self.hint = hint
    self.related = related
  }
}

extension Diagnostic {
  /// The longest message a diagnostic carries, in characters. Messages quote what they find
  /// (names, values, paths), and the input decides how long those are.
  public static let maxMessageCharacters = 1_000

  /// The message as given when it is short enough; else every run of more than 80 characters
  /// without a space (a quoted name or value) cut to its first 64 and `…`, and what is still
  /// too long cut at the bound.
  static func bounded(_ message: String) -> String {
    guard message.utf8.count > maxMessageCharacters, message.count > maxMessageCharacters else { return message }
    let words = message.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
      word.count > 80 ? String(word.prefix(64)) + "…" : String(word)
    }
    let shortened: String = words.joined(separator: " ")
    return shortened.count > maxMessageCharacters ? String(shortened.prefix(maxMessageCharacters - 1)) + "…" : shortened
  }
}

/// One entry of the rule catalogue: code, severity, area, title and explanation in one place.
public struct RuleDescriptor: Hashable, Sendable {
  public let code: String
  public let severity: Severity
  public let area: String
  public let title: String
  /// What it checks, a failing example, and the fix.
  public let explanation: String

  public init(code: String, severity: Severity, area: String, title: String, explanation: String) {
    self.code = code
    self.severity = severity
    self.area = area
    self.title = title
    self.explanation = explanation
  }

  /// A diagnostic of this rule.
  public func diagnostic(
    _ message: String, at pointer: JSONPointer, hint: String? = nil, related: [RelatedLocation] = []
  ) -> Diagnostic {
    Diagnostic(
      code: code, severity: severity, message: message, location: Location(pointer: pointer),
      hint: hint, related: related)
  }
}
