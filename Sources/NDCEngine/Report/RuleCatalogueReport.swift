import Foundation
import NDCCheck
import NDCCore

/// The rule catalogue as `ndc rules` prints it (rules.schema.json; text).
public enum RuleCatalogueReport {
  struct Catalogue: Encodable {
    var rulePack: String
    var rules: [Rule]
    struct Rule: Encodable {
      var code, severity, area, title, explanation: String
    }
  }

  /// `ndc rules --format json`, with its final newline.
  public static func json() -> Data {
    let catalogue = Catalogue(
      rulePack: ToolVersion.rulePack,
      rules: RuleCatalogue.all.map {
        .init(code: $0.code, severity: $0.severity.rawValue, area: $0.area, title: $0.title, explanation: $0.explanation)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return ((try? encoder.encode(catalogue)) ?? Data("{}".utf8)) + Data("\n".utf8)
  }

  /// `ndc rules`: the rules by area.
  public static func text() -> String {
    let rules = RuleCatalogue.all
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
    return out
  }

  /// `ndc explain CODE`; nil for an unknown code.
  public static func explain(_ code: String) -> String? {
    guard let rule = RuleCatalogue.rule(code.uppercased()) else { return nil }
    return """
      \(rule.code) — \(rule.title)
      severity: \(rule.severity.rawValue)    area: \(rule.area)    rule pack: \(ToolVersion.rulePack)

      \(rule.explanation)

      """
  }
}
