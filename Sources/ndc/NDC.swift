import ArgumentParser
import Foundation
import NDCCore
import NDCEngine
import NDCStorage

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
    // ArgumentParser reads `-dash.json` as short flags bundled; one of them `h` printed the
    // help and exited 0 with nothing validated (decision 254). No option of ndc is spelled
    // with a `.` or a `/`: such an argument is a path, refused with the way to write it.
    let arguments = CommandLine.arguments.dropFirst().prefix { $0 != "--" }
    if let path = arguments.first(where: { $0.count > 2 && $0.hasPrefix("-") && !$0.hasPrefix("--") && ($0.contains(".") || $0.contains("/")) }) {
      Terminal.error("\(path) is not an option; write a path that starts with `-` as ./\(path), or after --")
      Foundation.exit(ExitStatus.usage.rawValue)
    }
    do {
      var command = try NDC.parseAsRoot()
      // The service stops gracefully on its own signals; every other command, interrupted,
      // leaves no temporary output behind (decision 254).
      if !(command is ServeCommand) { Interruption.undoOutputsOnSignals() }
      try command.run()
      InterruptedOutputs.waitIfInterrupted()
    } catch {
      InterruptedOutputs.waitIfInterrupted()
      let code = NDC.exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((TerminalText.shownKeepingLines(NDC.fullMessage(for: error)) + "\n").utf8))
        Foundation.exit(ExitStatus.usage.rawValue)
      }
      NDC.exit(withError: error)
    }
  }
}

/// SIGINT and SIGTERM, for the commands that write outputs: the temporary files and folders
/// are removed and an output moved aside is put back (`InterruptedOutputs`), then the process
/// exits as the signal would have ended it (130, 143).
enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  static func undoOutputsOnSignals() {
    for signalNumber in [SIGINT, SIGTERM] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        InterruptedOutputs.undo()
        Foundation.exit(128 + signalNumber)
      }
      source.resume()
      sources.append(source)
    }
  }
}
