import ArgumentParser
import Foundation
import NDCEngine

/// `ndc explain CODE`: one rule, with an example and the fix.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain one rule: what it checks, a failing example, the fix.")

  @OptionGroup var common: CommonOptions

  @Argument(help: "A rule code, e.g. NDC-INV-004.")
  var code: String

  func run() throws {
    try common.handleVersion()
    guard let text = RuleCatalogueReport.explain(code) else {
      Terminal.error("unknown rule code \(code) (see `ndc rules`)")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
