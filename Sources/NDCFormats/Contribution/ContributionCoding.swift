import NDCCore
import NDCStorage

/// Between the logical document and the contribution model, in the order of
/// `ContributionFormat`. `decode` expects a document that passed the schema checks.
public enum ContributionCoding {
  public static func decode(_ document: DocNode) -> ContributionDocument? {
    do throws(DecodingFailure) {
      return try ContributionDocument(MemberReader(document))
    } catch {
      return nil
    }
  }

  public static func encode(_ document: ContributionDocument) -> DocNode { document.encoded() }
}

/// Convenience: a contribution document written canonically in either format.
public enum ContributionWriter {
  public static func write(_ document: ContributionDocument, as format: InputFormat) -> String {
    let node = ContributionCoding.encode(document)
    switch format {
    case .xml: return XMLWriter.write(node, format: ContributionFormat.document)
    case .json: return JSONWriter.write(node, format: ContributionFormat.document)
    }
  }

  /// The same text, handed to `drain` chunk by chunk as it is written: neither the document's
  /// tree nor its whole text is built.
  /// With `spilled`, each list's items written ahead are copied in after the document's own
  /// (the document holds the aggregates, the spill the per-submitter detail). Throws, once the
  /// document is written, the first spilled list that could not be read back: the text handed
  /// to `drain` is then incomplete and is to be thrown away.
  public static func write(
    _ document: ContributionDocument, as format: InputFormat, spilled: SpilledDetail? = nil,
    drain: @escaping ([UInt8]) -> Void
  ) throws(InputError) {
    precondition(spilled.map { $0.format == format } ?? true, "the detail was spilled in another format")
    switch format {
    case .xml:
      let xml = XMLStream(format: ContributionFormat.document, drain: drain)
      xml.spliced = spilled?.byPath ?? [:]
      document.write(into: xml)
      if let failure = xml.spliceFailure { throw failure }
    case .json:
      let json = JSONStream(drain: drain)
      json.spliced = spilled?.byPath ?? [:]
      document.write(into: json)
      if let failure = json.spliceFailure { throw failure }
    }
  }
}

/// Percentages and shares: written with exactly two decimal places (CONTRIBUTION.md, "Arithmetic").
struct Percent: DocScalar {
  var value: ExactDecimal
  init(_ value: ExactDecimal) { self.value = value }
  init?(docValue: DocValue) {
    guard let value = ExactDecimal(docValue: docValue) else { return nil }
    self.value = value
  }
  var docValue: DocValue { .number(value.formatted(places: 2)) }
}

extension MemberReader {
  func percent(_ name: String) throws(DecodingFailure) -> ExactDecimal? {
    let p: Percent? = try optional(name)
    return p?.value
  }
}

extension MemberWriter {
  mutating func setPercent(_ name: String, _ value: ExactDecimal?) { set(name, value.map(Percent.init)) }
}

extension InputStatus: DocScalar {}
extension AreaLevel: DocScalar {}
extension UNFCCCCategory: DocScalar {}
extension BreakdownDimension: DocScalar {}
extension OverlapDeclaration: DocScalar {}
extension FinanceLine.Source: DocScalar {}
extension Severity: DocScalar {}
extension InputFormat: DocScalar {}

extension ContributionDocument: DocObject {
  static var shape: Shape { ContributionFormat.contribution }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(header: try r.required("header"))
    schemaVersion = try r.required("schemaVersion")
    inputs = try r.list("inputs")
    coverage = try r.required("coverage")
    geography = try r.required("geography")
    inventory = try r.required("inventory")
    targets = try r.required("targets")
    measures = try r.required("measures")
    renewables = try r.list("renewables")
    lowlandSoils = try r.list("lowlandSoils")
    adaptation = try r.required("adaptation")
    finance = try r.list("finance")
    barriers = try r.list("barriers")
    engagement = try r.required("engagement")
    diagnostics = try r.list("diagnostics")
  }
  func encode(into w: inout MemberWriter) {
    w.set("schemaVersion", schemaVersion)
    w.set("header", header)
    w.set("inputs", inputs)
    w.set("coverage", coverage)
    w.set("geography", geography)
    w.set("inventory", inventory)
    w.set("targets", targets)
    w.set("measures", measures)
    w.set("renewables", renewables)
    w.set("lowlandSoils", lowlandSoils)
    w.set("adaptation", adaptation)
    w.set("finance", finance)
    w.set("barriers", barriers)
    w.set("engagement", engagement)
    w.set("diagnostics", diagnostics)
  }
}

extension ContributionHeader: DocObject {
  static var shape: Shape { ContributionFormat.header }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      cycle: try r.required("cycle"), asOf: try r.required("asOf"), compiledAt: try r.required("compiledAt"),
      toolVersion: try r.required("toolVersion"), rulePack: try r.required("rulePack"),
      referenceEdition: try r.required("referenceEdition"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("cycle", cycle)
    w.set("asOf", asOf)
    w.set("compiledAt", compiledAt)
    w.set("toolVersion", toolVersion)
    w.set("rulePack", rulePack)
    w.set("referenceEdition", referenceEdition)
  }
}

extension ContributionInput: DocObject {
  static var shape: Shape { ContributionFormat.input }
  init(_ r: MemberReader) throws(DecodingFailure) {
    let format: InputFormat? = try r.optional("format")
    self.init(
      index: try r.required("index"), path: try r.required("path"), format: format?.rawValue, sha256: try r.required("sha256"),
      submitter: try r.optional("submitter"), level: try r.optional("level"), version: try r.optional("version"),
      status: try r.required("status"), reason: try r.required("reason"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("index", index)
    w.set("path", path)
    w.set("format", format.flatMap(InputFormat.init(rawValue:)))
    w.set("sha256", sha256)
    w.set("submitter", submitter)
    w.set("level", level)
    w.set("version", version)
    w.set("status", status)
    w.set("reason", reason)
  }
}

extension ContributionCoverage: DocObject {
  static var shape: Shape { ContributionFormat.coverage }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(populationDate: try r.optional("populationDate"), areas: try r.list("areas"), missing: try r.list("missing"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("populationDate", populationDate)
    w.set("areas", areas)
    w.set("missing", missing)
  }
}

extension CoverageArea: DocObject {
  static var shape: Shape { ContributionFormat.coverageArea }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      level: try r.required("level"), code: try r.required("code"), name: try r.required("name"),
      municipalities: try r.required("municipalities"), reporting: try r.required("reporting"),
      regionReporting: try r.optional("regionReporting"), registerPopulation: try r.required("registerPopulation"),
      populationCovered: try r.required("populationCovered"), sharePercent: try r.percent("sharePercent"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("level", level)
    w.set("code", code)
    w.set("name", name)
    w.set("municipalities", municipalities)
    w.set("reporting", reporting)
    w.set("regionReporting", regionReporting)
    w.set("registerPopulation", registerPopulation)
    w.set("populationCovered", populationCovered)
    w.setPercent("sharePercent", sharePercent)
  }
}

extension MissingSubmitter: DocObject {
  static var shape: Shape { ContributionFormat.missingSubmitter }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(level: try r.required("level"), code: try r.required("code"), name: try r.required("name"), region: try r.optional("region"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("level", level)
    w.set("code", code)
    w.set("name", name)
    w.set("region", region)
  }
}

extension ContributionGeography: DocObject {
  static var shape: Shape { ContributionFormat.geography }
  init(_ r: MemberReader) throws(DecodingFailure) { self.init(regions: try r.list("regions")) }
  func encode(into w: inout MemberWriter) { w.set("regions", regions) }
}

extension GeographyRegion: DocObject {
  static var shape: Shape { ContributionFormat.geographyRegion }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      code: try r.required("code"), name: try r.required("name"), provisional: try r.required("provisional"),
      predecessors: try r.list("predecessors"), members: try r.list("members"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("code", code)
    w.set("name", name)
    w.set("provisional", provisional)
    w.set("predecessors", predecessors)
    w.set("members", members)
  }
}

extension AreaRef: DocObject {
  static var shape: Shape { ContributionFormat.areaRef }
  init(_ r: MemberReader) throws(DecodingFailure) { self.init(code: try r.required("code"), name: try r.required("name")) }
  func encode(into w: inout MemberWriter) {
    w.set("code", code)
    w.set("name", name)
  }
}

extension ContributionInventory: DocObject {
  static var shape: Shape { ContributionFormat.inventory }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init()
    figures = try r.list("figures")
    memo = try r.list("memo")
    regionComparison = try r.list("regionComparison")
    unfccc = try r.list("unfccc")
  }
  func encode(into w: inout MemberWriter) {
    w.set("figures", figures)
    w.set("memo", memo)
    w.set("regionComparison", regionComparison)
    w.set("unfccc", unfccc)
  }
}

extension InventoryFigure: DocObject {
  static var shape: Shape { ContributionFormat.inventoryFigure }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      level: try r.required("level"), code: try r.required("code"), name: try r.required("name"), year: try r.required("year"),
      gpc: try r.required("gpc"), tco2e: try r.required("tco2e"), submitters: try r.required("submitters"),
      populationCovered: try r.required("populationCovered"), methodologies: try r.list("methodologies"), inputs: try r.list("inputs"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("level", level)
    w.set("code", code)
    w.set("name", name)
    w.set("year", year)
    w.set("gpc", gpc)
    w.set("tco2e", tco2e)
    w.set("submitters", submitters)
    w.set("populationCovered", populationCovered)
    w.set("methodologies", methodologies)
    w.set("inputs", inputs)
  }
}

extension MethodologyCount: DocObject {
  static var shape: Shape { ContributionFormat.methodologyCount }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(methodology: try r.required("methodology"), submitters: try r.required("submitters"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("methodology", methodology)
    w.set("submitters", submitters)
  }
}

extension MemoFigure: DocObject {
  static var shape: Shape { ContributionFormat.memoFigure }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      level: try r.required("level"), code: try r.required("code"), year: try r.required("year"), scope: try r.required("scope"),
      gpc: try r.required("gpc"), tco2e: try r.required("tco2e"), inputs: try r.list("inputs"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("level", level)
    w.set("code", code)
    w.set("year", year)
    w.set("scope", scope)
    w.set("gpc", gpc)
    w.set("tco2e", tco2e)
    w.set("inputs", inputs)
  }
}

extension RegionInventoryComparison: DocObject {
  static var shape: Shape { ContributionFormat.regionComparison }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      region: try r.required("region"), year: try r.required("year"), regionTotal: try r.required("regionTotal"),
      membersTotal: try r.required("membersTotal"), membersReporting: try r.required("membersReporting"),
      difference: try r.required("difference"), differencePercent: try r.percent("differencePercent"), inputs: try r.list("inputs"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("region", region)
    w.set("year", year)
    w.set("regionTotal", regionTotal)
    w.set("membersTotal", membersTotal)
    w.set("membersReporting", membersReporting)
    w.set("difference", difference)
    w.setPercent("differencePercent", differencePercent)
    w.set("inputs", inputs)
  }
}

extension UNFCCCFigure: DocObject {
  static var shape: Shape { ContributionFormat.unfcccFigure }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(year: try r.required("year"), category: try r.required("category"), tco2e: try r.required("tco2e"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("year", year)
    w.set("category", category)
    w.set("title", category.title)
    w.set("tco2e", tco2e)
  }
}
