import NDCCore

extension ContributionTargets: DocObject {
  static let shape = listedShape("ContributionTargets")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.list("submitters", &submitters, item: "submitter")
    try v.field("synthesis", &synthesis)
  }
}

extension SubmitterTargets: DocObject {
  static let shape = listedShape("SubmitterTargets")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.submitterKey(&level, &code, &region, &input)
    try v.list("targets", &targets, item: "target")
    try v.field("counting2030", &counting2030)
  }
}

extension Counting2030Target: DocObject {
  static let shape = listedShape("Counting2030Target")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("targetId", &targetId)
    try v.field("kind", &kind)
    try v.field("reductionPercent", &reductionPercent)
    try v.field("implied2030", &implied2030)
    try v.field("baseYear", &baseYear, .yearNumber)
    try v.field("baseYearEmissions", &baseYearEmissions)
  }
}

extension TargetSynthesis: DocObject {
  static let shape = listedShape("TargetSynthesis")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("municipalitiesWithTarget", &municipalitiesWithTarget, .count)
    try v.list("notConvertible", &notConvertible, item: "submitter")
    try v.field("implied2030", &implied2030)
    try v.list("submitters", &submitters, item: "submitter")
    try v.inputs(&inputs)
    try v.list("baseYears", &baseYears, item: "group")
    try v.field("latestCommonYear", &latestCommonYear, .yearNumber)
    try v.field("latestCommonEmissions", &latestCommonEmissions)
    try v.field("reductionFromLatest", &reductionFromLatest)
    try v.percent("reductionFromLatestPercent", &reductionFromLatestPercent)
    try v.field("atLeast70Percent", &atLeast70Percent, .count)
    try v.field("note", &note)
  }
}

extension BaseYearGroup: DocObject {
  static let shape = listedShape("BaseYearGroup")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("baseYear", &baseYear, .yearNumber)
    try v.field("submitters", &submitters, .count)
    try v.field("baseYearEmissions", &baseYearEmissions)
    try v.field("implied2030", &implied2030)
    try v.field("reduction", &reduction)
    try v.percent("reductionPercent", &reductionPercent)
  }
}

extension FieldVisitor {
  /// The submitter a section's per-submitter part belongs to, and its input's index.
  mutating func submitterKey(_ level: inout SubmitterLevel, _ code: inout String, _ region: inout String?, _ input: inout Int)
    throws(Failure)
  {
    try field("level", &level)
    try field("code", &code)
    try field("region", &region)
    try field("input", &input, .inputIndex)
  }
}
