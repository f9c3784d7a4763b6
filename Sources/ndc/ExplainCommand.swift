import ArgumentParser
import Foundation
import NDCCheck
import NDCCore

/// `ndc explain CODE`: one rule in full.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain one rule: what it checks, a failing example, the fix.")

  @OptionGroup var common: CommonOptions

  @Argument(help: "A rule code, e.g. NDC-INV-004.")
  var code: String

  func run() throws {
    try common.handleVersion()
    guard let rule = RuleCatalogue.rule(code.uppercased()) else {
      Terminal.error("unknown rule code \(code) (see `ndc rules`)")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    let text = """
      \(rule.code) — \(rule.title)
      severity: \(rule.severity.rawValue)    area: \(rule.area)    rule pack: \(ToolVersion.rulePack)

      \(rule.explanation)

      """
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
