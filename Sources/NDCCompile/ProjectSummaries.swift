import NDCCore

/// A counted submission with the region it is attributed to.
struct CountedSubmission: Sendable {
  var input: Int
  var region: String
  var submission: Submission
  var code: String { submission.submitter.code }
}

/// Renewables, lowland soils, adaptation, finance, barriers and engagement of the counted
/// submissions, each grouped as CONTRIBUTION.md's "Sections" say. Submitters are in code order.
enum ProjectSummaries {
  static func renewables(_ counted: [CountedSubmission]) -> [RenewableSummary] {
    counted.flatMap { c in
      grouped(c.submission.renewables) { [$0.technology.rawValue, $0.status.rawValue, $0.commissioningYear.map { String($0) } ?? ""] }
        .map { _, projects in
          let p = projects[0]
          return RenewableSummary(
            submitter: c.code, technology: p.technology, status: p.status, year: p.commissioningYear, projects: projects.count,
            capacityMW: projects.map(\.capacityMW).sum(), expectedGWhPerYear: projects.compactMap(\.expectedGWhPerYear).sum())
        }
    }
  }

  static func lowlandSoils(_ counted: [CountedSubmission]) -> [LowlandSoilSummary] {
    counted.flatMap { c in
      grouped(c.submission.lowlandSoils) { [$0.status.rawValue, $0.completionYear.map { String($0) } ?? ""] }
        .map { _, projects in
          LowlandSoilSummary(
            submitter: c.code, status: projects[0].status, year: projects[0].completionYear, projects: projects.count,
            hectares: projects.map(\.hectares).sum(), tco2ePerYear: projects.compactMap(\.tco2ePerYear).sum())
        }
    }
  }

  static func adaptation(_ counted: [CountedSubmission]) -> AdaptationSummary {
    var summary = AdaptationSummary()
    var risks: [String: (Hazard, RiskLevel, Set<String>)] = [:]
    var actions: [(Hazard, AdaptationAction)] = []
    for c in counted {
      for h in c.submission.adaptation?.riskAssessment?.hazards ?? [] {
        let key = "\(Hazard.allCases.firstIndex(of: h.hazard)!)-\(RiskLevel.allCases.firstIndex(of: h.riskLevel)!)"
        risks[key, default: (h.hazard, h.riskLevel, [])].2.insert(c.code)
      }
      for a in c.submission.adaptation?.actions ?? [] { if let primary = a.hazards.first { actions.append((primary, a)) } }
    }
    summary.risks = risks.sorted { $0.key < $1.key }.map { HazardRiskCount(hazard: $0.value.0, riskLevel: $0.value.1, submitters: $0.value.2.count) }
    summary.actions = grouped(actions) { [String(Hazard.allCases.firstIndex(of: $0.0)!), $0.1.kind.map { String(AdaptationActionKind.allCases.firstIndex(of: $0)!) } ?? "~"] }
      .map { _, items in
        AdaptationActionTotal(
          hazard: items[0].0, kind: items[0].1.kind, actions: items.count,
          investmentDKK: items.compactMap(\.1.investmentDKK).sum(), fundingGapDKK: items.compactMap(\.1.fundingGapDKK).sum())
      }
    return summary
  }

  static func finance(_ counted: [CountedSubmission]) -> [FinanceLine] {
    struct Item { var source: FinanceLine.Source; var category: String; var region: String; var status: MeasureStatus; var cost: ExactDecimal?; var gap: ExactDecimal? }
    var items: [Item] = []
    for c in counted {
      for m in c.submission.measures {
        items.append(Item(source: .measure, category: m.category?.rawValue ?? "unspecified", region: c.region, status: m.status, cost: m.costDKK, gap: m.fundingGapDKK))
      }
      for a in c.submission.adaptation?.actions ?? [] {
        items.append(Item(source: .adaptation, category: a.kind?.rawValue ?? "unspecified", region: c.region, status: a.status, cost: a.investmentDKK, gap: a.fundingGapDKK))
      }
    }
    return grouped(items.filter { $0.cost != nil || $0.gap != nil }) { [$0.source.rawValue, $0.category, $0.region, $0.status.rawValue] }
      .map { _, group in
        FinanceLine(
          source: group[0].source, category: group[0].category, region: group[0].region, status: group[0].status, items: group.count,
          costDKK: group.compactMap(\.cost).sum(), fundingGapDKK: group.compactMap(\.gap).sum())
      }
  }

  static func barriers(_ counted: [CountedSubmission]) -> [BarrierSummary] {
    let all = counted.flatMap { c in c.submission.barriers.map { (c.code, $0) } }
    return BarrierTheme.allCases.compactMap { theme in
      let items = all.filter { $0.1.theme == theme }
      guard !items.isEmpty else { return nil }
      return BarrierSummary(theme: theme, count: items.count, requests: items.compactMap { code, b in
        b.requestToNational.map { NationalRequest(submitter: code, barrierId: b.barrierId, request: $0) }
      })
    }
  }

  static func engagement(_ counted: [CountedSubmission]) -> EngagementSummary {
    var summary = EngagementSummary()
    for c in counted {
      for kind in EngagementKind.allCases {
        let items = c.submission.engagement.filter { $0.kind == kind }
        guard !items.isEmpty else { continue }
        summary.byKind.append(EngagementKindCount(submitter: c.code, kind: kind, activities: items.count, participants: items.compactMap(\.participants).reduce(0, +)))
      }
      for commitment in 1...6 {
        let n = c.submission.engagement.filter { $0.effectiveChampCommitments.contains(commitment) }.count
        if n > 0 { summary.byCommitment.append(EngagementCommitmentCount(submitter: c.code, commitment: commitment, activities: n)) }
      }
    }
    return summary
  }

  /// Groups items by a composite key, in key order (keys compare part by part).
  private static func grouped<T>(_ items: [T], by key: (T) -> [String]) -> [([String], [T])] {
    var groups: [[String]: [T]] = [:]
    for item in items { groups[key(item), default: []].append(item) }
    return groups.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value) }
  }
}
