import ArgumentParser
import Foundation
import NDCCheck
import NDCCore

/// `ndc rules`: the catalogue.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the rule catalogue (codes, severities, titles).")

  @Option(name: .long, help: "text or json (rules.schema.json).")
  var format: ValidateCommand.OutputFormat = .text

  @OptionGroup var common: CommonOptions

  struct Catalogue: Encodable {
    var rulePack: String
    var rules: [Rule]
    struct Rule: Encodable {
      var code, severity, area, title, explanation: String
    }
  }

  func run() throws {
    try common.handleVersion()
    let rules = RuleCatalogue.all
    switch format {
    case .json:
      let catalogue = Catalogue(
        rulePack: ToolVersion.rulePack,
        rules: rules.map { .init(code: $0.code, severity: $0.severity.rawValue, area: $0.area, title: $0.title, explanation: $0.explanation) })
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      FileHandle.standardOutput.write(try encoder.encode(catalogue) + Data("\n".utf8))
    case .text:
      var out = "rule pack \(ToolVersion.rulePack): \(rules.count) rules\n"
      var area = ""
      for rule in rules {
        if rule.area != area {
          area = rule.area
          out += "\n\(area)\n"
        }
        let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        out += "  \(rule.code)  \(severity)  \(rule.title)\n"
      }
      FileHandle.standardOutput.write(Data(out.utf8))
    }
  }
}
