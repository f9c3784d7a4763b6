import NDCCore

/// A counted submission with the region it is attributed to.
struct CountedSubmission: Sendable {
  var input: Int
  var region: String
  var submission: Submission
  var code: String { submission.submitter.code }
}

/// Renewables, lowland soils, adaptation, finance, barriers and engagement of the counted
/// submissions, each grouped as CONTRIBUTION.md's "Sections" say, taken from one submission at
/// a time (in the document's order, so submitters are in code order): per-submitter lines are
/// made at once (`lines(of:into:)`, the detail), the rest keeps only the few fields its totals need.
struct ProjectSummaries: Sendable {
  private var risks: [String: (Hazard, RiskLevel, Set<String>)] = [:]
  private var actions: [ActionItem] = []
  private var financeItems: [FinanceItem] = []
  private var barrierItems: [BarrierItem] = []

  private struct ActionItem: Sendable {
    var hazard: Hazard
    var kind: AdaptationActionKind?
    var investment: ExactDecimal?
    var gap: ExactDecimal?
  }
  private struct FinanceItem: Sendable {
    var source: FinanceLine.Source
    var category: String
    var region: String
    var status: MeasureStatus
    var cost: ExactDecimal?
    var gap: ExactDecimal?
  }
  private struct BarrierItem: Sendable {
    var submitter: String
    var theme: BarrierTheme
    var barrierId: String
    var request: String?
  }

  /// A submitter's lines of renewables, lowland soils and engagement. Pure.
  static func lines(of c: CountedSubmission, into detail: inout SubmitterDetail) {
    let s = c.submission
    detail.renewables = Self.grouped(s.renewables) { [$0.technology.rawValue, $0.status.rawValue, $0.commissioningYear.map { String($0) } ?? ""] }
      .map { _, projects in
        let p = projects[0]
        return RenewableSummary(
          submitter: c.code, technology: p.technology, status: p.status, year: p.commissioningYear, projects: projects.count,
          capacityMW: projects.map(\.capacityMW).sum(), expectedGWhPerYear: projects.compactMap(\.expectedGWhPerYear).sum())
      }
    detail.lowlandSoils = Self.grouped(s.lowlandSoils) { [$0.status.rawValue, $0.completionYear.map { String($0) } ?? ""] }
      .map { _, projects in
        LowlandSoilSummary(
          submitter: c.code, status: projects[0].status, year: projects[0].completionYear, projects: projects.count,
          hectares: projects.map(\.hectares).sum(), tco2ePerYear: projects.compactMap(\.tco2ePerYear).sum())
      }
    engagement(of: c, into: &detail)
  }

  /// Adds what the adaptation, finance and barrier summaries need of a submitter.
  mutating func add(_ c: CountedSubmission) {
    let s = c.submission
    for h in s.adaptation?.riskAssessment?.hazards ?? [] {
      let key = "\(Hazard.allCases.firstIndex(of: h.hazard)!)-\(RiskLevel.allCases.firstIndex(of: h.riskLevel)!)"
      risks[key, default: (h.hazard, h.riskLevel, [])].2.insert(c.code)
    }
    for a in s.adaptation?.actions ?? [] {
      if let primary = a.hazards.first { actions.append(ActionItem(hazard: primary, kind: a.kind, investment: a.investmentDKK, gap: a.fundingGapDKK)) }
    }
    for m in s.measures where m.costDKK != nil || m.fundingGapDKK != nil {
      financeItems.append(FinanceItem(
        source: .measure, category: m.category?.rawValue ?? "unspecified", region: c.region, status: m.status, cost: m.costDKK, gap: m.fundingGapDKK))
    }
    for a in s.adaptation?.actions ?? [] where a.investmentDKK != nil || a.fundingGapDKK != nil {
      financeItems.append(FinanceItem(
        source: .adaptation, category: a.kind?.rawValue ?? "unspecified", region: c.region, status: a.status, cost: a.investmentDKK, gap: a.fundingGapDKK))
    }
    barrierItems += s.barriers.map { BarrierItem(submitter: c.code, theme: $0.theme, barrierId: $0.barrierId, request: $0.requestToNational) }
  }

  private static func engagement(of c: CountedSubmission, into detail: inout SubmitterDetail) {
    let activities = c.submission.engagement
    for kind in EngagementKind.allCases {
      let items = activities.filter { $0.kind == kind }
      guard !items.isEmpty else { continue }
      detail.engagementByKind.append(EngagementKindCount(submitter: c.code, kind: kind, activities: items.count, participants: items.compactMap(\.participants).reduce(0, +)))
    }
    for commitment in 1...6 {
      let n = activities.filter { $0.effectiveChampCommitments.contains(commitment) }.count
      if n > 0 { detail.engagementByCommitment.append(EngagementCommitmentCount(submitter: c.code, commitment: commitment, activities: n)) }
    }
  }

  var adaptation: AdaptationSummary {
    var summary = AdaptationSummary()
    summary.risks = risks.sorted { $0.key < $1.key }.map { HazardRiskCount(hazard: $0.value.0, riskLevel: $0.value.1, submitters: $0.value.2.count) }
    summary.actions = Self.grouped(actions) { [String(Hazard.allCases.firstIndex(of: $0.hazard)!), $0.kind.map { String(AdaptationActionKind.allCases.firstIndex(of: $0)!) } ?? "~"] }
      .map { _, items in
        AdaptationActionTotal(
          hazard: items[0].hazard, kind: items[0].kind, actions: items.count,
          investmentDKK: items.compactMap(\.investment).sum(), fundingGapDKK: items.compactMap(\.gap).sum())
      }
    return summary
  }

  var finance: [FinanceLine] {
    Self.grouped(financeItems) { [$0.source.rawValue, $0.category, $0.region, $0.status.rawValue] }
      .map { _, group in
        FinanceLine(
          source: group[0].source, category: group[0].category, region: group[0].region, status: group[0].status, items: group.count,
          costDKK: group.compactMap(\.cost).sum(), fundingGapDKK: group.compactMap(\.gap).sum())
      }
  }

  var barriers: [BarrierSummary] {
    let byTheme = Dictionary(grouping: barrierItems, by: \.theme)
    return BarrierTheme.allCases.compactMap { theme in
      guard let items = byTheme[theme] else { return nil }
      return BarrierSummary(theme: theme, count: items.count, requests: items.compactMap { b in
        b.request.map { NationalRequest(submitter: b.submitter, barrierId: b.barrierId, request: $0) }
      })
    }
  }

  /// Groups items by a composite key, in key order (keys compare part by part).
  private static func grouped<T>(_ items: [T], by key: (T) -> [String]) -> [([String], [T])] {
    var groups: [[String]: [T]] = [:]
    for item in items { groups[key(item), default: []].append(item) }
    return groups.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value) }
  }
}
