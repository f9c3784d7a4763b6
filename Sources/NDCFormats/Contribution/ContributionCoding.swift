import NDCCore
import NDCDocument
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
  /// to `drain` is then incomplete and is to be thrown away. With `copy` (a drain that is a
  /// file: `StreamedFile.copy`), the spilled text is copied from file to file in the kernel
  /// rather than read into memory and written again.
  public static func write(
    _ document: ContributionDocument, as format: InputFormat, spilled: SpilledDetail? = nil,
    drain: @escaping ([UInt8]) -> Void, copy: FileRangeCopy? = nil
  ) throws(InputError) {
    precondition(spilled.map { $0.format == format } ?? true, "the detail was spilled in another format")
    switch format {
    case .xml:
      let xml = XMLStream(format: ContributionFormat.document, drain: drain, copy: copy)
      xml.spliced = spilled?.byPath ?? [:]
      document.write(into: xml)
      if let failure = xml.spliceFailure { throw failure }
    case .json:
      let json = JSONStream(drain: drain, copy: copy)
      json.spliced = spilled?.byPath ?? [:]
      document.write(into: json)
      if let failure = json.spliceFailure { throw failure }
    }
  }
}

/// Percentages and shares: written with exactly two decimal places (CONTRIBUTION.md, "Arithmetic").
struct Percent: DocScalar {
  static var shape: Shape { .decimal() }
  var value: ExactDecimal
  init(_ value: ExactDecimal) { self.value = value }
  init?(docValue: DocValue) {
    guard let value = ExactDecimal(docValue: docValue) else { return nil }
    self.value = value
  }
  var docValue: DocValue { .number(value.formatted(places: 2)) }
}

extension Shape {
  /// The years of aggregates (bounded below only, unlike a submission's `year`).
  static let yearNumber = integer(min: 0)
  /// An input's index in the document's `inputs` (from 1).
  static let inputIndex = integer(min: 1)
}

/// The forms the contribution's field lists share.
extension FieldVisitor {
  mutating func percent(_ name: String, _ value: inout ExactDecimal?) throws(Failure) {
    var percent = value.map(Percent.init)
    try field(name, &percent)
    value = percent?.value
  }

  /// The indices of the inputs a figure comes from.
  mutating func inputs(_ value: inout [Int]) throws(Failure) {
    try list("inputs", &value, item: "input", .inputIndex)
  }

  /// The member `year` of an aggregate: `Shape.yearNumber`, not a submission's bounded `Shape.year`.
  mutating func year(_ value: inout Int) throws(Failure) { try field("year", &value, .yearNumber) }
  mutating func year(_ value: inout Int?) throws(Failure) { try field("year", &value, .yearNumber) }
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
  static let shape = listedShape("Contribution")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("schemaVersion", &schemaVersion, .constant(ContributionFormat.version), attribute: true)
    try v.field("header", &header)
    try v.list("inputs", &inputs, item: "input")
    try v.field("coverage", &coverage)
    try v.field("geography", &geography)
    try v.field("inventory", &inventory)
    try v.field("targets", &targets)
    try v.field("measures", &measures)
    try v.list("renewables", &renewables, item: "line")
    try v.list("lowlandSoils", &lowlandSoils, item: "line")
    try v.field("adaptation", &adaptation)
    try v.list("finance", &finance, item: "line")
    try v.list("barriers", &barriers, item: "theme")
    try v.field("engagement", &engagement)
    try v.list("diagnostics", &diagnostics, item: "rule")
  }
}

extension ContributionHeader: DocObject {
  static let shape = listedShape("ContributionHeader")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("cycle", &cycle)
    try v.field("asOf", &asOf)
    try v.field("compiledAt", &compiledAt)
    try v.field("toolVersion", &toolVersion)
    try v.field("rulePack", &rulePack)
    try v.field("referenceEdition", &referenceEdition)
  }
}

extension ContributionInput: DocObject {
  static let shape = listedShape("ContributionInput")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("index", &index, .inputIndex)
    try v.field("path", &path)
    var inputFormat = format.flatMap(InputFormat.init(rawValue:))
    try v.field("format", &inputFormat)
    format = inputFormat?.rawValue
    try v.field("sha256", &sha256)
    try v.field("submitter", &submitter)
    try v.field("level", &level)
    try v.field("version", &version, .integer(min: 1))
    try v.field("status", &status)
    try v.field("reason", &reason)
  }
}

extension ContributionCoverage: DocObject {
  static let shape = listedShape("ContributionCoverage")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("populationDate", &populationDate)
    try v.list("areas", &areas, item: "area")
    try v.list("missing", &missing, item: "submitter")
  }
}

extension CoverageArea: DocObject {
  static let shape = listedShape("CoverageArea")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("level", &level)
    try v.field("code", &code)
    try v.field("name", &name)
    try v.field("municipalities", &municipalities, .count)
    try v.field("reporting", &reporting, .count)
    try v.field("regionReporting", &regionReporting)
    try v.field("registerPopulation", &registerPopulation, .count)
    try v.field("populationCovered", &populationCovered, .count)
    try v.percent("sharePercent", &sharePercent)
  }
}

extension MissingSubmitter: DocObject {
  static let shape = listedShape("MissingSubmitter")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("level", &level)
    try v.field("code", &code)
    try v.field("name", &name)
    try v.field("region", &region)
  }
}

extension ContributionGeography: DocObject {
  static let shape = listedShape("ContributionGeography")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.list("regions", &regions, item: "region")
  }
}

extension GeographyRegion: DocObject {
  static let shape = listedShape("GeographyRegion")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("code", &code)
    try v.field("name", &name)
    try v.field("provisional", &provisional)
    try v.list("predecessors", &predecessors, item: "region")
    try v.list("members", &members, item: "municipality")
  }
}

extension AreaRef: DocObject {
  static let shape = listedShape("AreaRef")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("code", &code)
    try v.field("name", &name)
  }
}

extension ContributionInventory: DocObject {
  static let shape = listedShape("ContributionInventory")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.list("figures", &figures, item: "figure")
    try v.list("memo", &memo, item: "figure")
    try v.list("regionComparison", &regionComparison, item: "comparison")
    try v.list("unfccc", &unfccc, item: "figure")
  }
}

extension InventoryFigure: DocObject {
  static let shape = listedShape("InventoryFigure")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("level", &level)
    try v.field("code", &code)
    try v.field("name", &name)
    try v.year(&year)
    try v.field("gpc", &gpc)
    try v.field("tco2e", &tco2e)
    try v.field("submitters", &submitters, .count)
    try v.field("populationCovered", &populationCovered, .count)
    try v.list("methodologies", &methodologies, item: "methodology")
    try v.inputs(&inputs)
  }
}

extension MethodologyCount: DocObject {
  static let shape = listedShape("MethodologyCount")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("methodology", &methodology)
    try v.field("submitters", &submitters, .count)
  }
}

extension MemoFigure: DocObject {
  static let shape = listedShape("MemoFigure")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("level", &level)
    try v.field("code", &code)
    try v.year(&year)
    try v.field("scope", &scope, .integer(min: 1, max: 3))
    try v.field("gpc", &gpc)
    try v.field("tco2e", &tco2e)
    try v.inputs(&inputs)
  }
}

extension RegionInventoryComparison: DocObject {
  static let shape = listedShape("RegionInventoryComparison")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("region", &region)
    try v.year(&year)
    try v.field("regionTotal", &regionTotal)
    try v.field("membersTotal", &membersTotal)
    try v.field("membersReporting", &membersReporting, .count)
    try v.field("difference", &difference)
    try v.percent("differencePercent", &differencePercent)
    try v.inputs(&inputs)
  }
}

extension UNFCCCFigure: DocObject {
  static let shape = listedShape("UNFCCCFigure")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.year(&year)
    try v.field("category", &category)
    // The category's title, written for readers; read back and left, as it follows from the category.
    var title = category.title
    try v.field("title", &title)
    try v.field("tco2e", &tco2e)
  }
}
