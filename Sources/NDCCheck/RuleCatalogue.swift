import NDCCore
import NDCDocument
import NDCFormats

/// Every rule of `ndc`, grouped by area: the structure rules of NDCFormats, the per-file
/// rules and the set rules. Codes are unique.
public enum RuleCatalogue {
  public static let all: [RuleDescriptor] = {
    let rules = StructureRules.all + SubmissionRules.all.map(\.descriptor) + [IdentityRules.otherCycle] + SetRules.all
    let order = Dictionary(uniqueKeysWithValues: RuleArea.allCases.enumerated().map { ($1.rawValue, $0) })
    return rules.enumerated().sorted { a, b in
      let (x, y) = (order[a.element.area] ?? order.count, order[b.element.area] ?? order.count)
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }()

  private static let index: [String: RuleDescriptor] = Dictionary(all.map { ($0.code, $0) }) { first, _ in first }

  public static func rule(_ code: String) -> RuleDescriptor? { index[code] }
}
