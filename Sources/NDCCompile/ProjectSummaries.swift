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
  /// Submitters per hazard and risk level, by the pair's key in document order.
  private var risks: [String: (hazard: Hazard, level: RiskLevel, submitters: Int)] = [:]
  private var actions: [[String]: Group<ActionKey>] = [:]
  private var finance: [[String]: Group<FinanceKey>] = [:]
  private var barrierCounts: [BarrierTheme: Int] = [:]
  private var requests: [BarrierTheme: [NationalRequest]] = [:]

  /// A group's running sums: how many items, and the sums of their two optional amounts.
  private struct Group<Key: Sendable>: Sendable {
    var key: Key
    var items = 0
    var first: ExactDecimal = .zero
    var second: ExactDecimal = .zero

    mutating func add(_ a: ExactDecimal?, _ b: ExactDecimal?) {
      items += 1
      if let a { first += a }
      if let b { second += b }
    }
  }
  private struct ActionKey: Sendable {
    var hazard: Hazard
    var kind: AdaptationActionKind?
  }
  private struct FinanceKey: Sendable {
    var source: FinanceLine.Source
    var category: String
    var region: String
    var status: MeasureStatus
  }

  /// A submitter's lines of renewables, lowland soils and engagement. Pure.
  static func lines(of c: CountedSubmission, into detail: inout SubmitterDetail) {
    let s = c.submission
    detail.renewables = Self.grouped(s.renewables) { [$0.technology.rawValue, $0.status.rawValue, $0.commissioningYear.map { String($0) } ?? ""] }
      .map { _, projects in
        let p = projects[0]
        return RenewableSummary.with {
          $0.submitter = c.code
          $0.technology = p.technology
          $0.status = p.status
          $0.year = p.commissioningYear
          $0.projects = projects.count
          $0.capacityMW = projects.map(\.capacityMW).sum()
          $0.expectedGWhPerYear = projects.compactMap(\.expectedGWhPerYear).sum()
        }
      }
    detail.lowlandSoils = Self.grouped(s.lowlandSoils) { [$0.status.rawValue, $0.completionYear.map { String($0) } ?? ""] }
      .map { _, projects in
        LowlandSoilSummary.with {
          $0.submitter = c.code
          $0.status = projects[0].status
          $0.year = projects[0].completionYear
          $0.projects = projects.count
          $0.hectares = projects.map(\.hectares).sum()
          $0.tco2ePerYear = projects.compactMap(\.tco2ePerYear).sum()
        }
      }
    engagement(of: c, into: &detail)
  }

  /// Adds what the adaptation, finance and barrier summaries need of a submitter: to sums
  /// per group, so that nothing is kept per item (except the requests to the state, which the
  /// document lists).
  mutating func add(_ c: CountedSubmission) {
    let s = c.submission
    var pairs: Set<String> = []
    for h in s.adaptation?.riskAssessment?.hazards ?? [] {
      let key = "\(Hazard.allCases.firstIndex(of: h.hazard)!)-\(RiskLevel.allCases.firstIndex(of: h.riskLevel)!)"
      if pairs.insert(key).inserted { risks[key, default: (h.hazard, h.riskLevel, 0)].submitters += 1 }
    }
    for a in s.adaptation?.actions ?? [] {
      guard let primary = a.hazards.first else { continue }
      let key = [String(Hazard.allCases.firstIndex(of: primary)!), a.kind.map { String(AdaptationActionKind.allCases.firstIndex(of: $0)!) } ?? "~"]
      actions[key, default: Group(key: ActionKey(hazard: primary, kind: a.kind))].add(a.investmentDKK, a.fundingGapDKK)
    }
    func addFinance(_ key: FinanceKey, _ cost: ExactDecimal?, _ gap: ExactDecimal?) {
      finance[[key.source.rawValue, key.category, key.region, key.status.rawValue], default: Group(key: key)].add(cost, gap)
    }
    for m in s.measures where m.costDKK != nil || m.fundingGapDKK != nil {
      addFinance(FinanceKey(source: .measure, category: m.category?.rawValue ?? "unspecified", region: c.region, status: m.status), m.costDKK, m.fundingGapDKK)
    }
    for a in s.adaptation?.actions ?? [] where a.investmentDKK != nil || a.fundingGapDKK != nil {
      addFinance(FinanceKey(source: .adaptation, category: a.kind?.rawValue ?? "unspecified", region: c.region, status: a.status), a.investmentDKK, a.fundingGapDKK)
    }
    for b in s.barriers {
      barrierCounts[b.theme, default: 0] += 1
      if let request = b.requestToNational {
        requests[b.theme, default: []].append(NationalRequest.with {
          $0.submitter = c.code
          $0.barrierId = b.barrierId
          $0.request = request
        })
      }
    }
  }

  private static func engagement(of c: CountedSubmission, into detail: inout SubmitterDetail) {
    let activities = c.submission.engagement
    for kind in EngagementKind.allCases {
      let items = activities.filter { $0.kind == kind }
      guard !items.isEmpty else { continue }
      detail.engagementByKind.append(EngagementKindCount.with {
        $0.submitter = c.code
        $0.kind = kind
        $0.activities = items.count
        $0.participants = items.compactMap(\.participants).reduce(0, +)
      })
    }
    for commitment in 1...6 {
      let n = activities.filter { $0.effectiveChampCommitments.contains(commitment) }.count
      guard n > 0 else { continue }
      detail.engagementByCommitment.append(EngagementCommitmentCount.with {
        $0.submitter = c.code
        $0.commitment = commitment
        $0.activities = n
      })
    }
  }

  var adaptation: AdaptationSummary {
    var summary = AdaptationSummary.blank
    summary.risks = risks.sorted { $0.key < $1.key }.map { _, risk in
      HazardRiskCount.with { $0.hazard = risk.hazard; $0.riskLevel = risk.level; $0.submitters = risk.submitters }
    }
    summary.actions = Self.inKeyOrder(actions).map { g in
      AdaptationActionTotal.with {
        $0.hazard = g.key.hazard
        $0.kind = g.key.kind
        $0.actions = g.items
        $0.investmentDKK = g.first
        $0.fundingGapDKK = g.second
      }
    }
    return summary
  }

  var financeLines: [FinanceLine] {
    Self.inKeyOrder(finance).map { g in
      FinanceLine.with {
        $0.source = g.key.source
        $0.category = g.key.category
        $0.region = g.key.region
        $0.status = g.key.status
        $0.items = g.items
        $0.costDKK = g.first
        $0.fundingGapDKK = g.second
      }
    }
  }

  var barriers: [BarrierSummary] {
    BarrierTheme.allCases.compactMap { theme in
      barrierCounts[theme].map { count in
        BarrierSummary.with { $0.theme = theme; $0.count = count; $0.requests = requests[theme] ?? [] }
      }
    }
  }

  /// Groups in key order (keys compare part by part).
  private static func inKeyOrder<K>(_ groups: [[String]: Group<K>]) -> [Group<K>] {
    groups.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.value)
  }

  /// Groups items by a composite key, in key order (keys compare part by part).
  private static func grouped<T>(_ items: [T], by key: (T) -> [String]) -> [([String], [T])] {
    var groups: [[String]: [T]] = [:]
    for item in items { groups[key(item), default: []].append(item) }
    return groups.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { ($0.key, $0.value) }
  }
}
