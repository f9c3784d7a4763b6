import NDCCore

extension RenewableSummary: DocObject {
  static var shape: Shape { ContributionFormat.renewable }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      submitter: try r.required("submitter"), technology: try r.required("technology"), status: try r.required("status"),
      year: try r.optional("year"), projects: try r.required("projects"), capacityMW: try r.required("capacityMW"),
      expectedGWhPerYear: try r.required("expectedGWhPerYear"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitter", submitter)
    w.set("technology", technology)
    w.set("status", status)
    w.set("year", year)
    w.set("projects", projects)
    w.set("capacityMW", capacityMW)
    w.set("expectedGWhPerYear", expectedGWhPerYear)
  }
}

extension LowlandSoilSummary: DocObject {
  static var shape: Shape { ContributionFormat.lowlandSoil }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      submitter: try r.required("submitter"), status: try r.required("status"), year: try r.optional("year"),
      projects: try r.required("projects"), hectares: try r.required("hectares"), tco2ePerYear: try r.required("tco2ePerYear"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitter", submitter)
    w.set("status", status)
    w.set("year", year)
    w.set("projects", projects)
    w.set("hectares", hectares)
    w.set("tco2ePerYear", tco2ePerYear)
  }
}

extension AdaptationSummary: DocObject {
  static var shape: Shape { ContributionFormat.adaptation }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init()
    risks = try r.list("risks")
    actions = try r.list("actions")
  }
  func encode(into w: inout MemberWriter) {
    w.set("risks", risks)
    w.set("actions", actions)
  }
}

extension HazardRiskCount: DocObject {
  static var shape: Shape { ContributionFormat.hazardRisk }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(hazard: try r.required("hazard"), riskLevel: try r.required("riskLevel"), submitters: try r.required("submitters"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("hazard", hazard)
    w.set("riskLevel", riskLevel)
    w.set("submitters", submitters)
  }
}

extension AdaptationActionTotal: DocObject {
  static var shape: Shape { ContributionFormat.actionTotal }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      hazard: try r.required("hazard"), kind: try r.optional("kind"), actions: try r.required("actions"),
      investmentDKK: try r.required("investmentDKK"), fundingGapDKK: try r.required("fundingGapDKK"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("hazard", hazard)
    w.set("kind", kind)
    w.set("actions", actions)
    w.set("investmentDKK", investmentDKK)
    w.set("fundingGapDKK", fundingGapDKK)
  }
}

extension FinanceLine: DocObject {
  static var shape: Shape { ContributionFormat.financeLine }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      source: try r.required("source"), category: try r.required("category"), region: try r.required("region"),
      status: try r.required("status"), items: try r.required("items"), costDKK: try r.required("costDKK"),
      fundingGapDKK: try r.required("fundingGapDKK"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("source", source)
    w.set("category", category)
    w.set("region", region)
    w.set("status", status)
    w.set("items", items)
    w.set("costDKK", costDKK)
    w.set("fundingGapDKK", fundingGapDKK)
  }
}

extension BarrierSummary: DocObject {
  static var shape: Shape { ContributionFormat.barrier }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(theme: try r.required("theme"), count: try r.required("count"), requests: try r.list("requests"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("theme", theme)
    w.set("count", count)
    w.set("requests", requests)
  }
}

extension NationalRequest: DocObject {
  static var shape: Shape { ContributionFormat.nationalRequest }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(submitter: try r.required("submitter"), barrierId: try r.required("barrierId"), request: try r.required("request"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitter", submitter)
    w.set("barrierId", barrierId)
    w.set("request", request)
  }
}

extension EngagementSummary: DocObject {
  static var shape: Shape { ContributionFormat.engagement }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init()
    byKind = try r.list("byKind")
    byCommitment = try r.list("byCommitment")
  }
  func encode(into w: inout MemberWriter) {
    w.set("byKind", byKind)
    w.set("byCommitment", byCommitment)
  }
}

extension EngagementKindCount: DocObject {
  static var shape: Shape { ContributionFormat.engagementKind }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      submitter: try r.required("submitter"), kind: try r.required("kind"), activities: try r.required("activities"),
      participants: try r.required("participants"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitter", submitter)
    w.set("kind", kind)
    w.set("activities", activities)
    w.set("participants", participants)
  }
}

extension EngagementCommitmentCount: DocObject {
  static var shape: Shape { ContributionFormat.engagementCommitment }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(submitter: try r.required("submitter"), commitment: try r.required("commitment"), activities: try r.required("activities"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitter", submitter)
    w.set("commitment", commitment)
    w.set("activities", activities)
  }
}

extension DiagnosticCount: DocObject {
  static var shape: Shape { ContributionFormat.diagnosticCount }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(code: try r.required("code"), severity: try r.required("severity"), count: try r.required("count"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("code", code)
    w.set("severity", severity)
    w.set("count", count)
  }
}
