import ArgumentParser
import Foundation
import NDCEngine

/// `ndc rules`: the rule catalogue.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the rule catalogue (codes, severities, titles).")

  @Option(name: .long, help: "text or json (rules.schema.json).")
  var format: ValidateCommand.OutputFormat = .text

  @OptionGroup var common: CommonOptions

  func run() throws {
    try common.handleVersion()
    switch format {
    case .json: FileHandle.standardOutput.write(RuleCatalogueReport.json())
    case .text: FileHandle.standardOutput.write(Data(RuleCatalogueReport.text().utf8))
    }
  }
}
