import ArgumentParser
import Foundation
import NDCCore
import NDCEngine

/// The `ndc` command: the compiler of Denmark's subnational contribution to the NDC.
struct NDC: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ndc",
    abstract: "Reads, checks and compiles Danish municipal and regional climate-plan submissions into the subnational contribution to the NDC.",
    version: ToolVersion.banner,
    subcommands: [
      ValidateCommand.self, CompileCommand.self, ExportCommand.self, ConvertCommand.self, TemplateCommand.self, RulesCommand.self, ExplainCommand.self,
      ServeCommand.self,
    ])
}

/// The entry point: ArgumentParser's usage errors exit 2, as CLI.md says (not 64).
@main
enum Main {
  static func main() {
    do {
      var command = try NDC.parseAsRoot()
      try command.run()
    } catch {
      let code = NDC.exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((TerminalText.shownKeepingLines(NDC.fullMessage(for: error)) + "\n").utf8))
        Foundation.exit(ExitStatus.usage.rawValue)
      }
      NDC.exit(withError: error)
    }
  }
}
