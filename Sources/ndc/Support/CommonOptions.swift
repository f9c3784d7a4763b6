import ArgumentParser
import Foundation
import NDCEngine

/// Options every command takes (CLI.md: `--version`, `--quiet`).
struct CommonOptions: ParsableArguments {
  @Flag(name: .long, help: "Only diagnostics of WARNING and worse, and no progress.")
  var quiet = false

  @Flag(name: .long, help: "Print the tool's version and the rule pack's, and exit.")
  var version = false

  /// Prints the version and stops when `--version` was given.
  func handleVersion() throws {
    if version {
      print(ToolVersion.banner)
      throw ExitCode.success
    }
  }
}

/// Where text goes, and whether it may be coloured.
struct Terminal {
  static let standardErrorIsTerminal = isatty(STDERR_FILENO) == 1
  static let standardOutputIsTerminal = isatty(STDOUT_FILENO) == 1
  /// Colour only on a terminal and never when NO_COLOR is set (to anything).
  static func useColour(forStandardOutput: Bool = true) -> Bool {
    if ProcessInfo.processInfo.environment["NO_COLOR"] != nil { return false }
    return forStandardOutput ? standardOutputIsTerminal : standardErrorIsTerminal
  }

  /// `message` on standard error, as one line a terminal shows as it reads (it may quote a
  /// path or an argument: `TerminalText`, decision 247).
  static func error(_ message: String) {
    FileHandle.standardError.write(Data(("ndc: " + TerminalText.shown(message) + "\n").utf8))
  }
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
