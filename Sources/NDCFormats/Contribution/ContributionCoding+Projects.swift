import NDCCore

extension RenewableSummary: DocObject {
  static let shape = listedShape("RenewableSummary")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitter", &submitter)
    try v.field("technology", &technology)
    try v.field("status", &status)
    try v.year(&year)
    try v.field("projects", &projects, .count)
    try v.field("capacityMW", &capacityMW, .decimal(.nonNegative))
    try v.field("expectedGWhPerYear", &expectedGWhPerYear, .decimal(.nonNegative))
  }
}

extension LowlandSoilSummary: DocObject {
  static let shape = listedShape("LowlandSoilSummary")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitter", &submitter)
    try v.field("status", &status)
    try v.year(&year)
    try v.field("projects", &projects, .count)
    try v.field("hectares", &hectares, .decimal(.nonNegative))
    try v.field("tco2ePerYear", &tco2ePerYear)
  }
}

extension AdaptationSummary: DocObject {
  static let shape = listedShape("AdaptationSummary")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.list("risks", &risks, item: "risk")
    try v.list("actions", &actions, item: "total")
  }
}

extension HazardRiskCount: DocObject {
  static let shape = listedShape("HazardRiskCount")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("hazard", &hazard)
    try v.field("riskLevel", &riskLevel)
    try v.field("submitters", &submitters, .count)
  }
}

extension AdaptationActionTotal: DocObject {
  static let shape = listedShape("AdaptationActionTotal")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("hazard", &hazard)
    try v.field("kind", &kind)
    try v.field("actions", &actions, .count)
    try v.field("investmentDKK", &investmentDKK, .money)
    try v.field("fundingGapDKK", &fundingGapDKK, .money)
  }
}

extension FinanceLine: DocObject {
  static let shape = listedShape("FinanceLine")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("source", &source)
    try v.field("category", &category)
    try v.field("region", &region)
    try v.field("status", &status)
    try v.field("items", &items, .count)
    try v.field("costDKK", &costDKK, .money)
    try v.field("fundingGapDKK", &fundingGapDKK, .money)
  }
}

extension BarrierSummary: DocObject {
  static let shape = listedShape("BarrierSummary")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("theme", &theme)
    try v.field("count", &count, .count)
    try v.list("requests", &requests, item: "request")
  }
}

extension NationalRequest: DocObject {
  static let shape = listedShape("NationalRequest")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitter", &submitter)
    try v.field("barrierId", &barrierId)
    try v.field("request", &request)
  }
}

extension EngagementSummary: DocObject {
  static let shape = listedShape("EngagementSummary")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.list("byKind", &byKind, item: "count")
    try v.list("byCommitment", &byCommitment, item: "count")
  }
}

extension EngagementKindCount: DocObject {
  static let shape = listedShape("EngagementKindCount")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitter", &submitter)
    try v.field("kind", &kind)
    try v.field("activities", &activities, .count)
    try v.field("participants", &participants, .count)
  }
}

extension EngagementCommitmentCount: DocObject {
  static let shape = listedShape("EngagementCommitmentCount")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitter", &submitter)
    try v.field("commitment", &commitment, .integer(min: 1, max: 6))
    try v.field("activities", &activities, .count)
  }
}

extension DiagnosticCount: DocObject {
  static let shape = listedShape("DiagnosticCount")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("code", &code)
    try v.field("severity", &severity)
    try v.field("count", &count, .count)
  }
}
