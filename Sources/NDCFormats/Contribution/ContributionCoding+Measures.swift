import NDCCore

extension ContributionMeasures: DocObject {
  static var shape: Shape { ContributionFormat.measures }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init()
    submitters = try r.list("submitters")
    totals = try r.list("totals")
    breakdowns = try r.list("breakdowns")
    nationalDependency = try r.list("nationalDependency")
    ledger = try r.list("ledger")
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitters", submitters)
    w.set("totals", totals)
    w.set("breakdowns", breakdowns)
    w.set("nationalDependency", nationalDependency)
    w.set("ledger", ledger)
  }
}

extension SubmitterMeasures: DocObject {
  static var shape: Shape { ContributionFormat.submitterMeasures }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      level: try r.required("level"), code: try r.required("code"), region: try r.optional("region"), input: try r.required("input"),
      measures: try r.list("measures"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("level", level)
    w.set("code", code)
    w.set("region", region)
    w.set("input", input)
    w.set("measures", measures)
  }
}

extension CountedMeasure: DocObject {
  static var shape: Shape { ContributionFormat.countedMeasure }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(measure: try r.required("measure"), settled: try r.list("settled"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("measure", measure)
    w.set("settled", settled)
  }
}

extension SettledEffect: DocObject {
  static var shape: Shape { ContributionFormat.settledEffect }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      year: try r.required("year"), kind: try r.required("kind"), gross: try r.required("gross"), removed: try r.required("removed"),
      net: try r.required("net"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("year", year)
    w.set("kind", kind)
    w.set("gross", gross)
    w.set("removed", removed)
    w.set("net", net)
  }
}

extension EffectTotal: DocObject {
  static var shape: Shape { ContributionFormat.effectTotal }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      year: try r.required("year"), kind: try r.required("kind"), gross: try r.required("gross"), removed: try r.required("removed"),
      net: try r.required("net"), measures: try r.required("measures"), inputs: try r.list("inputs"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("year", year)
    w.set("kind", kind)
    w.set("gross", gross)
    w.set("removed", removed)
    w.set("net", net)
    w.set("measures", measures)
    w.set("inputs", inputs)
  }
}

extension EffectBreakdown: DocObject {
  static var shape: Shape { ContributionFormat.effectBreakdown }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      dimension: try r.required("dimension"), key: try r.required("key"), year: try r.required("year"), kind: try r.required("kind"),
      gross: try r.required("gross"), net: try r.required("net"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("dimension", dimension)
    w.set("key", key)
    w.set("year", year)
    w.set("kind", kind)
    w.set("gross", gross)
    w.set("net", net)
  }
}

extension MeasureRef: DocObject {
  static var shape: Shape { ContributionFormat.measureRef }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(submitter: try r.required("submitter"), measureId: try r.required("measureId"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitter", submitter)
    w.set("measureId", measureId)
  }
}

extension OverlapSettlement: DocObject {
  static var shape: Shape { ContributionFormat.settlement }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      first: try r.required("first"), second: try r.required("second"), year: try r.required("year"), kind: try r.required("kind"),
      declaration: try r.required("declaration"), computed: try r.required("computed"), tco2e: try r.required("tco2e"),
      attributedTo: try r.required("attributedTo"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("first", first)
    w.set("second", second)
    w.set("year", year)
    w.set("kind", kind)
    w.set("declaration", declaration)
    w.set("computed", computed)
    w.set("tco2e", tco2e)
    w.set("attributedTo", attributedTo)
  }
}
