import NDCCore

extension ContributionTargets: DocObject {
  static var shape: Shape { ContributionFormat.targets }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init()
    submitters = try r.list("submitters")
    synthesis = try r.required("synthesis")
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitters", submitters)
    w.set("synthesis", synthesis)
  }
}

extension SubmitterTargets: DocObject {
  static var shape: Shape { ContributionFormat.submitterTargets }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      level: try r.required("level"), code: try r.required("code"), region: try r.optional("region"), input: try r.required("input"),
      targets: try r.list("targets"), counting2030: try r.optional("counting2030"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("level", level)
    w.set("code", code)
    w.set("region", region)
    w.set("input", input)
    w.set("targets", targets)
    w.set("counting2030", counting2030)
  }
}

extension Counting2030Target: DocObject {
  static var shape: Shape { ContributionFormat.counting2030 }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      targetId: try r.required("targetId"), kind: try r.required("kind"), reductionPercent: try r.optional("reductionPercent"),
      implied2030: try r.optional("implied2030"), baseYear: try r.optional("baseYear"), baseYearEmissions: try r.optional("baseYearEmissions"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("targetId", targetId)
    w.set("kind", kind)
    w.set("reductionPercent", reductionPercent)
    w.set("implied2030", implied2030)
    w.set("baseYear", baseYear)
    w.set("baseYearEmissions", baseYearEmissions)
  }
}

extension TargetSynthesis: DocObject {
  static var shape: Shape { ContributionFormat.synthesis }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init()
    municipalitiesWithTarget = try r.required("municipalitiesWithTarget")
    notConvertible = try r.list("notConvertible")
    implied2030 = try r.required("implied2030")
    submitters = try r.list("submitters")
    inputs = try r.list("inputs")
    baseYears = try r.list("baseYears")
    latestCommonYear = try r.optional("latestCommonYear")
    latestCommonEmissions = try r.optional("latestCommonEmissions")
    reductionFromLatest = try r.optional("reductionFromLatest")
    reductionFromLatestPercent = try r.percent("reductionFromLatestPercent")
    atLeast70Percent = try r.required("atLeast70Percent")
    note = try r.required("note")
  }
  func encode(into w: inout MemberWriter) {
    w.set("municipalitiesWithTarget", municipalitiesWithTarget)
    w.set("notConvertible", notConvertible)
    w.set("implied2030", implied2030)
    w.set("submitters", submitters)
    w.set("inputs", inputs)
    w.set("baseYears", baseYears)
    w.set("latestCommonYear", latestCommonYear)
    w.set("latestCommonEmissions", latestCommonEmissions)
    w.set("reductionFromLatest", reductionFromLatest)
    w.setPercent("reductionFromLatestPercent", reductionFromLatestPercent)
    w.set("atLeast70Percent", atLeast70Percent)
    w.set("note", note)
  }
}

extension BaseYearGroup: DocObject {
  static var shape: Shape { ContributionFormat.baseYearGroup }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      baseYear: try r.required("baseYear"), submitters: try r.required("submitters"), baseYearEmissions: try r.required("baseYearEmissions"),
      implied2030: try r.required("implied2030"), reduction: try r.required("reduction"), reductionPercent: try r.percent("reductionPercent"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("baseYear", baseYear)
    w.set("submitters", submitters)
    w.set("baseYearEmissions", baseYearEmissions)
    w.set("implied2030", implied2030)
    w.set("reduction", reduction)
    w.setPercent("reductionPercent", reductionPercent)
  }
}
