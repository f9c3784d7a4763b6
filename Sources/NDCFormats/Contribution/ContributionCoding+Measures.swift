import NDCCore

extension ContributionMeasures: DocObject {
  static let shape = listedShape("ContributionMeasures")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.list("submitters", &submitters, item: "submitter")
    try v.list("totals", &totals, item: "total")
    try v.list("breakdowns", &breakdowns, item: "line")
    try v.list("nationalDependency", &nationalDependency, item: "total")
    try v.list("ledger", &ledger, item: "pair")
  }
}

extension SubmitterMeasures: DocObject {
  static let shape = listedShape("SubmitterMeasures")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.submitterKey(&level, &code, &region, &input)
    try v.list("measures", &measures, item: "measure")
  }
}

extension CountedMeasure: DocObject {
  static let shape = listedShape("CountedMeasure")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("measure", &measure)
    try v.list("settled", &settled, item: "effect")
  }
}

extension SettledEffect: DocObject {
  static let shape = listedShape("SettledEffect")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.effect(&year, &kind, &gross, &removed, &net)
  }
}

extension EffectTotal: DocObject {
  static let shape = listedShape("EffectTotal")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.effect(&year, &kind, &gross, &removed, &net)
    try v.field("measures", &measures, .count)
    try v.inputs(&inputs)
  }
}

extension EffectBreakdown: DocObject {
  static let shape = listedShape("EffectBreakdown")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("dimension", &dimension)
    try v.field("key", &key)
    try v.year(&year)
    try v.field("kind", &kind)
    try v.field("gross", &gross)
    try v.field("net", &net)
  }
}

extension MeasureRef: DocObject {
  static let shape = listedShape("MeasureRef")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitter", &submitter)
    try v.field("measureId", &measureId)
  }
}

extension OverlapSettlement: DocObject {
  static let shape = listedShape("OverlapSettlement")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("first", &first)
    try v.field("second", &second)
    try v.year(&year)
    try v.field("kind", &kind)
    try v.field("declaration", &declaration)
    try v.field("computed", &computed)
    try v.field("tco2e", &tco2e)
    try v.field("attributedTo", &attributedTo)
  }
}

extension FieldVisitor {
  /// An effect of one year and kind: gross, removed by overlap settlement, and net (tCO2e).
  fileprivate mutating func effect(
    _ year: inout Int, _ kind: inout EffectKind, _ gross: inout ExactDecimal, _ removed: inout ExactDecimal,
    _ net: inout ExactDecimal
  ) throws(Failure) {
    try self.year(&year)
    try field("kind", &kind)
    try field("gross", &gross)
    try field("removed", &removed)
    try field("net", &net)
  }
}
