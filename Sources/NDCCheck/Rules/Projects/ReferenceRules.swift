import NDCCore

/// References between parts of a submission, and the uniqueness of the ids they use.
enum ReferenceRules {
  static let all = [danglingMeasureRef, otherIdTwice, operationalInFuture]

  static let danglingMeasureRef = SubmissionRule(
    RuleDescriptor(
      "NDC-PRJ-001", .error, .projects, "measureRef names no measure",
      """
      A renewable or lowland-soil project's `measureRef`, and a barrier's `measureRefs`, name \
      a `measureId` of the same submission. Example: `"measureRef": "M9"` with measures M1–M4. \
      Fix: correct the reference, or add the measure.
      """)
  ) { ctx, rule in
    let s = ctx.submission
    let ids = Set(s.measures.map(\.measureId))
    var found: [Diagnostic] = []
    func check(_ ref: String?, _ pointer: JSONPointer) {
      guard let ref, !ids.contains(ref) else { return }
      found.append(rule.diagnostic("\"\(ref)\" names no measure of this submission", at: pointer))
    }
    for (i, p) in s.renewables.enumerated() { check(p.measureRef, JSONPointer.root / "renewables" / i / "measureRef") }
    for (i, p) in s.lowlandSoils.enumerated() { check(p.measureRef, JSONPointer.root / "lowlandSoils" / i / "measureRef") }
    for (i, b) in s.barriers.enumerated() {
      for (k, ref) in b.measureRefs.enumerated() { check(ref, JSONPointer.root / "barriers" / i / "measureRefs" / k) }
    }
    return found
  }

  static let otherIdTwice = SubmissionRule(
    RuleDescriptor(
      "NDC-PRJ-002", .error, .projects, "Project, source, action, barrier or activity id twice",
      """
      The ids other lists use are unique within their list: `sourceId` of data sources \
      (`sourceRef` names them), `projectId` across renewables and lowland soils, `actionId`, \
      `barrierId`, `activityId`. Example: two renewables `"projectId": "VE1"`. Fix: give the \
      second its own id.
      """)
  ) { ctx, rule in
    let s = ctx.submission
    let root = JSONPointer.root
    let projects = s.renewables.indices.map { (s.renewables[$0].projectId, root / "renewables" / $0 / "projectId") }
      + s.lowlandSoils.indices.map { (s.lowlandSoils[$0].projectId, root / "lowlandSoils" / $0 / "projectId") }
    let lists: [[(String, JSONPointer)]] = [
      s.dataSources.indices.map { (s.dataSources[$0].sourceId, root / "dataSources" / $0 / "sourceId") },
      projects,
      (s.adaptation?.actions ?? []).indices.map { (s.adaptation!.actions[$0].actionId, root / "adaptation" / "actions" / $0 / "actionId") },
      s.barriers.indices.map { (s.barriers[$0].barrierId, root / "barriers" / $0 / "barrierId") },
      s.engagement.indices.map { (s.engagement[$0].activityId, root / "engagement" / $0 / "activityId") },
    ]
    return lists.flatMap { list in
      DuplicateIds.find(list.map(\.0)).map {
        rule.diagnostic("id \"\($0.id)\" is used again (first at \(list[$0.first].1))", at: list[$0.index].1)
      }
    }
  }

  static let operationalInFuture = SubmissionRule(
    RuleDescriptor(
      "NDC-PRJ-003", .warning, .projects, "Operational project commissioned after submittedAt",
      """
      A project with `status` `operational` has its `commissioningYear` (renewables) or \
      `completionYear` (lowland soils) no later than the year of `submittedAt`. Example: \
      `"status": "operational", "commissioningYear": 2028` in a 2026 submission. Fix: set the \
      status it has now (`construction`, `approved`), or correct the year.
      """)
  ) { ctx, rule in
    let s = ctx.submission
    var found: [Diagnostic] = []
    func check(_ id: String, _ status: ProjectStatus, _ year: Int?, _ pointer: JSONPointer) {
      guard status == .operational, let year, year > ctx.submittedYear else { return }
      found.append(rule.diagnostic("project \(id) is operational but dated \(year), after \(ctx.submittedYear)", at: pointer))
    }
    for (i, p) in s.renewables.enumerated() {
      check(p.projectId, p.status, p.commissioningYear, JSONPointer.root / "renewables" / i / "commissioningYear")
    }
    for (i, p) in s.lowlandSoils.enumerated() {
      check(p.projectId, p.status, p.completionYear, JSONPointer.root / "lowlandSoils" / i / "completionYear")
    }
    return found
  }
}
