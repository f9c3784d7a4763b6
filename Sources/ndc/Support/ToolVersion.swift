/// The tool's version and the rule pack it applies.
enum ToolVersion {
  static let tool = "0.1.0"
  static let rulePack = "NDC2025-1"
  static var banner: String { "ndc \(tool) (rule pack \(rulePack))" }
}

/// The exit codes of CLI.md.
enum ExitStatus: Int32 {
  /// Success (warnings allowed).
  case success = 0
  /// An input is invalid (validate), or the compile was refused.
  case invalid = 1
  /// Usage error, unknown rule code, or a file or folder could not be read or written.
  case usage = 2
}
