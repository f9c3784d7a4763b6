import NDCCore
import NDCDocument

/// Between the logical document and the model. `decode` expects a document that passed the
/// schema checks (either format: XML gives every scalar as a string, possibly with surrounding
/// XML white space for non-text scalars; JSON gives numbers as `.number`); `encode` gives the
/// canonical document: members in the order of `SubmissionFormat`, empty lists and absent
/// optionals omitted, decimals in their shortest form.
public enum SubmissionCoding {
  public static func decode(_ document: DocNode) -> Submission? {
    do throws(DecodingFailure) {
      return try Submission(MemberReader(document))
    } catch {
      return nil
    }
  }

  public static func encode(_ submission: Submission) -> DocNode {
    submission.encoded()
  }

  /// The model's binary form (`ModelBinary.swift`): how compile keeps a checked model out of
  /// memory until it adds it.
  public static func binary(_ submission: Submission) -> [UInt8] {
    var writer = BinaryModelWriter()
    writer.bytes.reserveCapacity(8_192)
    submission.visit(&writer)
    return writer.bytes
  }

  /// The model whose binary form is all of `bytes`; nil if they are not one.
  public static func decode(binary bytes: [UInt8]) -> Submission? {
    BinaryModelReader.decode(Submission.self, from: bytes)
  }
}

/// Convenience: a submission written canonically in either format.
public enum SubmissionWriter {
  public static func write(_ submission: Submission, as format: InputFormat) -> String {
    let document = SubmissionCoding.encode(submission)
    switch format {
    case .xml: return XMLWriter.write(document, format: SubmissionFormat.document)
    case .json: return JSONWriter.write(document, format: SubmissionFormat.document)
    }
  }

  /// The bytes of `write(submission, as: .json)`, written straight from the model without its
  /// tree (the fingerprint of every submission the service receives is taken over them).
  public static func canonicalJSON(_ submission: Submission) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(16_384)
    submission.writeJSON(indent: 0, into: &bytes)
    bytes.append(0x0A)
    return bytes
  }
}

// MARK: - The model's objects: one field list each

extension Submission: DocObject {
  static let shape = listedShape("Submission")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("schemaVersion", &schemaVersion, .constant(SubmissionFormat.version), attribute: true)
    try v.field("submissionId", &submissionId, .identifier)
    try v.field("cycle", &cycle)
    try v.field("version", &version, .integer(min: 1))
    try v.field("submittedAt", &submittedAt)
    try v.field("submitter", &submitter)
    try v.field("contact", &contact)
    try v.field("language", &language)
    try v.field("plan", &plan)
    try v.list("dataSources", &dataSources, item: "dataSource")
    try v.field("inventory", &inventory)
    // Not required by the schema: "no target" is rule NDC-TGT-001, so that an absent and an
    // empty list mean the same (docs/decisions.md).
    try v.list("targets", &targets, item: "target")
    try v.list("measures", &measures, item: "measure")
    try v.list("renewables", &renewables, item: "renewable")
    try v.list("lowlandSoils", &lowlandSoils, item: "lowlandSoil")
    try v.field("adaptation", &adaptation)
    try v.list("barriers", &barriers, item: "barrier")
    try v.list("engagement", &engagement, item: "activity")
  }
}

extension Submitter: DocObject {
  static let shape = listedShape("Submitter")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("level", &level)
    try v.field("code", &code, .code)
    try v.field("name", &name)
  }
}

extension Contact: DocObject {
  static let shape = listedShape("Contact")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("name", &name)
    try v.field("email", &email, .email)
    try v.field("phone", &phone)
  }
}

extension Plan: DocObject {
  static let shape = listedShape("Plan")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("title", &title)
    try v.field("framework", &framework)
    try v.field("status", &status)
    try v.field("adoptedOn", &adoptedOn)
    try v.field("adoptedBy", &adoptedBy)
    try v.field("url", &url)
  }
}

extension DataSource: DocObject {
  static let shape = listedShape("DataSource")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("sourceId", &sourceId)
    try v.field("publisher", &publisher)
    try v.field("title", &title)
    try v.field("edition", &edition)
    try v.field("url", &url)
    try v.field("retrievedOn", &retrievedOn)
  }
}

extension Inventory: DocObject {
  static let shape = listedShape("Inventory")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("methodology", &methodology)
    try v.field("gwp", &gwp)
    try v.field("boundary", &boundary)
    try v.list("years", &years, item: "inventoryYear", min: 1, required: true)
  }
}

extension InventoryYear: DocObject {
  static let shape = listedShape("InventoryYear")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("year", &year, .year)
    try v.field("baseYear", &baseYear)
    try v.field("population", &population, .count)
    try v.list("entries", &entries, item: "entry", min: 1, required: true)
  }
}

extension InventoryEntry: DocObject {
  static let shape = listedShape("Entry")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("gpc", &gpc, .gpc)
    try v.field("gas", &gas)
    try v.field("amount", &amount)
    try v.field("notationKey", &notationKey)
    try v.field("explanation", &explanation)
    try v.field("sourceRef", &sourceRef)
  }
}

extension Target: DocObject {
  static let shape = listedShape("Target")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("targetId", &targetId)
    try v.field("kind", &kind)
    try v.field("baseYear", &baseYear, .year)
    try v.field("baseYearEmissions", &baseYearEmissions)
    try v.field("targetYear", &targetYear, .year)
    try v.field("reductionPercent", &reductionPercent)
    try v.field("targetEmissions", &targetEmissions)
    try v.field("baselineEmissions", &baselineEmissions)
    try v.field("intensityUnit", &intensityUnit)
    try v.field("targetIntensity", &targetIntensity)
    try v.field("coverage", &coverage)
    try v.field("conditional", &conditional)
    try v.field("status", &status)
  }
}

extension TargetCoverage: DocObject {
  static let shape = listedShape("TargetCoverage")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.gpcList(&gpc)
    try v.gases(&gases)
  }
}

extension Measure: DocObject {
  static let shape = listedShape("Measure")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("measureId", &measureId)
    try v.field("title", &title)
    try v.field("description", &description)
    try v.field("objective", &objective)
    try v.gpcList(&gpc)
    try v.gases(&gases)
    try v.list("instruments", &instruments, item: "instrument", min: 1, required: true)
    try v.field("category", &category)
    try v.field("status", &status)
    try v.field("startYear", &startYear, .year)
    try v.field("endYear", &endYear, .year)
    try v.list("implementingEntities", &implementingEntities, item: "entity", min: 1, required: true)
    try v.list("effects", &effects, item: "effect")
    try v.field("costDKK", &costDKK, .money)
    try v.field("fundingGapDKK", &fundingGapDKK, .money)
    try v.list("fundingSources", &fundingSources, item: "fundingSource")
    try v.field("nationalDependency", &nationalDependency)
    try v.list("overlaps", &overlaps, item: "overlap")
  }
}

extension MeasureEffect: DocObject {
  static let shape = listedShape("Effect")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("year", &year, .year)
    try v.field("tco2e", &tco2e)
    try v.field("kind", &kind)
  }
}

extension Overlap: DocObject {
  static let shape = listedShape("Overlap")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitterCode", &submitterCode, .code)
    try v.field("measureId", &measureId)
    try v.field("share", &share, .decimal(Bounds(minimum: .zero, maximum: .one, exclusiveMinimum: true)))
  }
}

extension RenewableProject: DocObject {
  static let shape = listedShape("RenewableProject")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("projectId", &projectId)
    try v.field("technology", &technology)
    try v.field("capacityMW", &capacityMW, .decimal(.nonNegative))
    try v.field("expectedGWhPerYear", &expectedGWhPerYear, .decimal(.nonNegative))
    try v.field("status", &status)
    try v.field("commissioningYear", &commissioningYear, .year)
    try v.field("measureRef", &measureRef)
  }
}

extension LowlandSoilProject: DocObject {
  static let shape = listedShape("LowlandSoilProject")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("projectId", &projectId)
    try v.field("hectares", &hectares, .decimal(.nonNegative))
    try v.field("tco2ePerYear", &tco2ePerYear)
    try v.field("status", &status)
    try v.field("completionYear", &completionYear, .year)
    try v.field("measureRef", &measureRef)
  }
}

extension Adaptation: DocObject {
  static let shape = listedShape("Adaptation")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("riskAssessment", &riskAssessment)
    try v.list("actions", &actions, item: "action")
  }
}

extension RiskAssessment: DocObject {
  static let shape = listedShape("RiskAssessment")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("completedOn", &completedOn)
    try v.list("hazards", &hazards, item: "assessedHazard", min: 1, required: true)
  }
}

extension AssessedHazard: DocObject {
  static let shape = listedShape("AssessedHazard")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("hazard", &hazard)
    try v.field("riskLevel", &riskLevel)
    try v.field("horizonYear", &horizonYear, .year)
  }
}

extension AdaptationAction: DocObject {
  static let shape = listedShape("AdaptationAction")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("actionId", &actionId)
    try v.field("title", &title)
    try v.field("kind", &kind)
    try v.list("hazards", &hazards, item: "hazard", min: 1, required: true)
    try v.field("status", &status)
    try v.field("investmentDKK", &investmentDKK, .money)
    try v.field("fundingGapDKK", &fundingGapDKK, .money)
    try v.field("completionYear", &completionYear, .year)
  }
}

extension Barrier: DocObject {
  static let shape = listedShape("Barrier")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("barrierId", &barrierId)
    try v.field("theme", &theme)
    try v.field("description", &description)
    try v.field("requestToNational", &requestToNational)
    try v.list("measureRefs", &measureRefs, item: "measureRef")
  }
}

extension Engagement: DocObject {
  static let shape = listedShape("Engagement")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("activityId", &activityId)
    try v.field("kind", &kind)
    try v.field("date", &date)
    try v.field("participants", &participants, .count)
    try v.field("description", &description)
    try v.list("champCommitments", &champCommitments, item: "commitment", .integer(min: 1, max: 6))
  }
}

/// The two lists targets and measures share.
extension FieldVisitor {
  fileprivate mutating func gpcList(_ gpc: inout [String]) throws(Failure) {
    try list("gpc", &gpc, item: "code", .gpc, min: 1, required: true)
  }
  fileprivate mutating func gases(_ gases: inout [Gas]) throws(Failure) {
    try list("gases", &gases, item: "gas", min: 1, required: true)
  }
}

// MARK: - Scalars

/// The lexical text of a non-text scalar: a JSON number's text, or an XML string without its
/// surrounding XML white space (the schema collapses it for these types).
private func lexical(_ value: DocValue) -> Substring? {
  switch value {
  case .number(let text): return text[...]
  case .string(let text):
    // Canonical text (every value a model writes, most values read) neither starts nor ends
    // with white space: then it is the whole text, without walking its characters. A
    // character that is white space starts and ends with a white-space byte, so the bytes at
    // the two ends decide this exactly.
    let utf8 = text.utf8
    if let first = utf8.first, let last = utf8.last, !isSpaceByte(first), !isSpaceByte(last) { return text[...] }
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return text[first...last]
  default: return nil
  }
}

private func isSpaceByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

extension String: DocScalar {
  static var shape: Shape { .text }
  /// Text is taken as written (white space is content).
  init?(docValue: DocValue) {
    guard case .string(let text) = docValue else { return nil }
    self = text
  }
  var docValue: DocValue { .string(self) }
  func writeJSON(into out: inout [UInt8]) { JSONWriter.writeString(self, into: &out) }
}

extension Int: DocScalar {
  static var shape: Shape { .integer() }
  init?(docValue: DocValue) {
    guard let text = lexical(docValue), let value = Int(text) else { return nil }
    self = value
  }
  var docValue: DocValue { .number(String(self)) }
  func writeJSON(into out: inout [UInt8]) {
    if self < 0 { out.append(UInt8(ascii: "-")) }
    ExactDecimal.appendDigits(UInt64(magnitude), to: &out)
  }
}

extension Bool: DocScalar {
  static var shape: Shape { .boolean }
  init?(docValue: DocValue) {
    switch docValue {
    case .bool(let flag): self = flag
    case .string:
      switch lexical(docValue) {
      case "true": self = true
      case "false": self = false
      default: return nil
      }
    default: return nil
    }
  }
  var docValue: DocValue { .bool(self) }
}

extension ExactDecimal: DocScalar {
  static var shape: Shape { .decimal() }
  init?(docValue: DocValue) {
    guard let text = lexical(docValue), let value = ExactDecimal(text) else { return nil }
    self = value
  }
  var docValue: DocValue { .number(description) }
  func writeJSON(into out: inout [UInt8]) { appendDescription(to: &out) }
}

extension CalendarDate: DocScalar {
  static var shape: Shape { .date }
  init?(docValue: DocValue) {
    guard case .string = docValue, let text = lexical(docValue), let value = CalendarDate(text) else { return nil }
    self = value
  }
  var docValue: DocValue { .string(description) }
}

extension DateTime: DocScalar {
  static var shape: Shape { .dateTime }
  init?(docValue: DocValue) {
    guard case .string = docValue, let text = lexical(docValue), let value = DateTime(String(text)) else { return nil }
    self = value
  }
  var docValue: DocValue { .string(text) }
}

/// Code lists: their raw values, as strings.
extension DocScalar where Self: RawRepresentable & CaseIterable, RawValue == String {
  static var shape: Shape { .enumeration(Self.self) }
}

extension DocScalar where Self: RawRepresentable, RawValue == String {
  init?(docValue: DocValue) {
    guard case .string = docValue, let text = lexical(docValue) else { return nil }
    self.init(rawValue: String(text))
  }
  var docValue: DocValue { .string(rawValue) }
  func writeJSON(into out: inout [UInt8]) { JSONWriter.writeString(rawValue, into: &out) }
}

extension SubmitterLevel: DocScalar {}
extension Language: DocScalar {}
extension PlanFramework: DocScalar {}
extension PlanStatus: DocScalar {}
extension InventoryMethodology: DocScalar {}
extension GWPSet: DocScalar {}
extension InventoryBoundary: DocScalar {}
extension Gas: DocScalar {}
extension NotationKey: DocScalar {}
extension TargetKind: DocScalar {}
extension TargetStatus: DocScalar {}
extension Instrument: DocScalar {}
extension MeasureCategory: DocScalar {}
extension MeasureStatus: DocScalar {}
extension EffectKind: DocScalar {}
extension RenewableTechnology: DocScalar {}
extension ProjectStatus: DocScalar {}
extension Hazard: DocScalar {}
extension RiskLevel: DocScalar {}
extension AdaptationActionKind: DocScalar {}
extension BarrierTheme: DocScalar {}
extension EngagementKind: DocScalar {}
