import NDCCore

/// The catalogue as Markdown (`docs/rules.md`; a test keeps the committed file current).
public enum RuleCatalogueDocument {
  public static func markdown(_ rules: [RuleDescriptor] = RuleCatalogue.all) -> String {
    var text = """
      # Rule catalogue

      Generated from `RuleCatalogue.all` (NDCCheck); `swift test --filter docsRulesIsCurrent` \
      with `NDC_UPDATE_DOCS=1` rewrites it. Rule pack of cycle NDC2025: `NDC2025-1`.
      `ndc explain CODE` prints one rule in full.

      | code | severity | area | title | explanation |
      |---|---|---|---|---|

      """
    for r in rules {
      let cells = [r.code, r.severity.rawValue, r.area, r.title, r.explanation].map {
        $0.replacingAll("|", with: "\\|").replacingAll("\n", with: " ")
      }
      text += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return text
  }
}

extension String {
  fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
