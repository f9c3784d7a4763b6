import NDCCore

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
    let text = JSONText()
    text.bytes.reserveCapacity(16_384)
    submission.writeJSON(indent: 0, into: text)
    text.bytes.append(0x0A)
    return text.bytes
  }
}

// MARK: - The model's objects: one field list each

extension Submission: FieldListed {
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

extension Submitter: FieldListed {
  static let shape = listedShape("Submitter")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("level", &level)
    try v.field("code", &code, .code)
    try v.field("name", &name)
  }
}

extension Contact: FieldListed {
  static let shape = listedShape("Contact")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("name", &name)
    try v.field("email", &email, .email)
    try v.field("phone", &phone)
  }
}

extension Plan: FieldListed {
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

extension DataSource: FieldListed {
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

extension Inventory: FieldListed {
  static let shape = listedShape("Inventory")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("methodology", &methodology)
    try v.field("gwp", &gwp)
    try v.field("boundary", &boundary)
    try v.list("years", &years, item: "inventoryYear", min: 1, required: true)
  }
}

extension InventoryYear: FieldListed {
  static let shape = listedShape("InventoryYear")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("year", &year, .year)
    try v.field("baseYear", &baseYear)
    try v.field("population", &population, .count)
    try v.list("entries", &entries, item: "entry", min: 1, required: true)
  }
}

extension InventoryEntry: FieldListed {
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

extension Target: FieldListed {
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

extension TargetCoverage: FieldListed {
  static let shape = listedShape("TargetCoverage")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.gpcList(&gpc)
    try v.gases(&gases)
  }
}

extension Measure: FieldListed {
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

extension MeasureEffect: FieldListed {
  static let shape = listedShape("Effect")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("year", &year, .year)
    try v.field("tco2e", &tco2e)
    try v.field("kind", &kind)
  }
}

extension Overlap: FieldListed {
  static let shape = listedShape("Overlap")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("submitterCode", &submitterCode, .code)
    try v.field("measureId", &measureId)
    try v.field("share", &share, .decimal(Bounds(minimum: .zero, maximum: .one, exclusiveMinimum: true)))
  }
}

extension RenewableProject: FieldListed {
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

extension LowlandSoilProject: FieldListed {
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

extension Adaptation: FieldListed {
  static let shape = listedShape("Adaptation")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("riskAssessment", &riskAssessment)
    try v.list("actions", &actions, item: "action")
  }
}

extension RiskAssessment: FieldListed {
  static let shape = listedShape("RiskAssessment")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("completedOn", &completedOn)
    try v.list("hazards", &hazards, item: "assessedHazard", min: 1, required: true)
  }
}

extension AssessedHazard: FieldListed {
  static let shape = listedShape("AssessedHazard")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("hazard", &hazard)
    try v.field("riskLevel", &riskLevel)
    try v.field("horizonYear", &horizonYear, .year)
  }
}

extension AdaptationAction: FieldListed {
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

extension Barrier: FieldListed {
  static let shape = listedShape("Barrier")
  mutating func fields<V: FieldVisitor>(_ v: inout V) throws(V.Failure) {
    try v.field("barrierId", &barrierId)
    try v.field("theme", &theme)
    try v.field("description", &description)
    try v.field("requestToNational", &requestToNational)
    try v.list("measureRefs", &measureRefs, item: "measureRef")
  }
}

extension Engagement: FieldListed {
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

// MARK: - Machinery

/// A model object: its shape, and how it reads from and writes to a document object.
protocol DocObject: Sendable {
  static var shape: Shape { get }
  init(_ r: MemberReader) throws(DecodingFailure)
  func encode(into w: inout MemberWriter)
}

extension DocObject {
  func encoded() -> DocNode {
    var w = MemberWriter(Self.shape)
    encode(into: &w)
    return w.node
  }

  /// Appends this object's canonical JSON text at `indent` (the text `JSONWriter` gives for
  /// `encoded()`), without making its tree: members must be set in the shape's order.
  func writeJSON(indent: Int, into text: JSONText) {
    text.bytes.append(UInt8(ascii: "{"))
    var w = MemberWriter(Self.shape, json: text, indent: indent)
    encode(into: &w)
    w.closeJSON()
  }

  /// Writes this object as the stream's root, then finishes the stream.
  func write(into stream: any DocumentStream) {
    var w = MemberWriter(Self.shape, stream: stream)
    encode(into: &w)
    stream.finish()
  }
}

/// A model scalar: how it reads from a document value (of either format) and how it is
/// written canonically.
protocol DocScalar {
  /// The member's shape where the field list names none.
  static var shape: Shape { get }
  init?(docValue: DocValue)
  var docValue: DocValue { get }
  /// Appends the JSON text of `docValue` (the scalars documents are made of write it
  /// straight from the value).
  func writeJSON(into out: inout [UInt8])
}

extension DocScalar {
  func writeJSON(into out: inout [UInt8]) { JSONWriter.write(docValue, indent: 0, into: &out) }
}

/// The document is not of the model's shape (it did not pass the schema checks).
struct DecodingFailure: Error {}

/// Reads the members of one document object.
struct MemberReader {
  private let members: [DocMember]

  init(_ node: DocNode) throws(DecodingFailure) {
    guard case .object(let members) = node.value else { throw DecodingFailure() }
    self.members = members
  }

  private func node(_ name: String) -> DocNode? { members.first { $0.name == name }?.node }

  func optional<T: DocScalar>(_ name: String) throws(DecodingFailure) -> T? {
    guard let node = node(name) else { return nil }
    guard let value = T(docValue: node.value) else { throw DecodingFailure() }
    return value
  }

  func required<T: DocScalar>(_ name: String) throws(DecodingFailure) -> T {
    guard let value: T = try optional(name) else { throw DecodingFailure() }
    return value
  }

  func optional<T: DocObject>(_ name: String) throws(DecodingFailure) -> T? {
    guard let node = node(name) else { return nil }
    return try T(MemberReader(node))
  }

  func required<T: DocObject>(_ name: String) throws(DecodingFailure) -> T {
    guard let value: T = try optional(name) else { throw DecodingFailure() }
    return value
  }

  /// An absent list is an empty list.
  func list<T: DocScalar>(_ name: String) throws(DecodingFailure) -> [T] {
    try items(name).map { (item) throws(DecodingFailure) -> T in
      guard let value = T(docValue: item.value) else { throw DecodingFailure() }
      return value
    }
  }

  func list<T: DocObject>(_ name: String) throws(DecodingFailure) -> [T] {
    try items(name).map { (item) throws(DecodingFailure) -> T in try T(MemberReader(item)) }
  }

  private func items(_ name: String) throws(DecodingFailure) -> [DocNode] {
    guard let node = node(name) else { return [] }
    guard case .array(let items) = node.value else { throw DecodingFailure() }
    return items
  }
}

/// JSON text written by objects straight from the model (`DocObject.writeJSON`).
public final class JSONText {
  public var bytes: [UInt8] = []
  public init() {}
}

/// Collects the members of one document object and gives them in the order of its shape, so
/// the canonical order is the format's and cannot drift from it. Writing into a
/// `DocumentStream` instead, it passes each member on at once (objects member by member,
/// lists item by item), and requires them in the shape's order.
struct MemberWriter {
  private let shape: ObjectShape
  /// By the shape's field index.
  private var values: [DocValue?]
  private let stream: (any DocumentStream)?
  /// The shape's index of the last member passed to `stream` or to `json`.
  private var lastStreamed = -1
  /// Writing JSON text directly: the text, the object's indentation, members written.
  private let json: JSONText?
  private var indent = 0
  private var written = 0

  init(_ shape: Shape, json: JSONText, indent: Int) {
    guard let object = shape.objectShape else { preconditionFailure("not an object shape") }
    self.shape = object
    stream = nil
    values = []
    self.json = json
    self.indent = indent
  }

  init(_ shape: Shape, stream: (any DocumentStream)? = nil) {
    guard let object = shape.objectShape else { preconditionFailure("not an object shape") }
    self.shape = object
    self.stream = stream
    json = nil
    values = Array(repeating: nil, count: stream == nil ? object.fields.count : 0)
  }

  /// Omitted when nil.
  mutating func set<T: DocScalar>(_ name: String, _ value: T?) {
    if let json {
      guard let value else { return }
      startJSONMember(name, json)
      value.writeJSON(into: &json.bytes)
      return
    }
    if let stream = streamed(name) {
      if let value { stream.member(name, DocNode(value.docValue)) }
      return
    }
    put(name, value?.docValue)
  }

  mutating func set<T: DocObject>(_ name: String, _ value: T?) {
    if let json {
      guard let value else { return }
      startJSONMember(name, json)
      value.writeJSON(indent: indent + 1, into: json)
      return
    }
    if let stream = streamed(name) {
      guard let value else { return }
      stream.beginObject(name)
      var members = MemberWriter(T.shape, stream: stream)
      value.encode(into: &members)
      stream.end()
      return
    }
    put(name, value?.encoded().value)
  }

  /// Omitted when empty.
  mutating func set<T: DocScalar>(_ name: String, _ items: [T]) {
    if let json {
      return setJSONList(name, items, json) { item, _ in item.writeJSON(into: &json.bytes) }
    }
    if let stream = streamed(name) {
      stream.beginList(name)
      for item in items { stream.item(DocNode(item.docValue)) }
      stream.end()
      return
    }
    put(name, items.isEmpty ? nil : .array(items.map { DocNode($0.docValue) }))
  }

  mutating func set<T: DocObject>(_ name: String, _ items: [T]) {
    if let json {
      return setJSONList(name, items, json) { $0.writeJSON(indent: $1, into: json) }
    }
    if let stream = streamed(name) {
      stream.beginList(name)
      stream.objectItems(items.count, node: { items[$0].encoded() }, json: { items[$0].writeJSON(indent: $1, into: $2) })
      stream.end()
      return
    }
    put(name, items.isEmpty ? nil : .array(items.map { $0.encoded() }))
  }

  /// Starts a member of the object written as JSON text: its line and key.
  private mutating func startJSONMember(_ name: String, _ json: JSONText) {
    let index = fieldIndex(name)
    precondition(index > lastStreamed, "\(shape.typeName).\(name) is set out of the shape's order")
    lastStreamed = index
    JSONWriter.newLine(indent + 1, comma: written > 0, into: &json.bytes)
    JSONWriter.writeString(name, into: &json.bytes)
    json.bytes.append(contentsOf: ": ".utf8)
    written += 1
  }

  /// A list member of the object written as JSON text (left out when empty); `item` writes one
  /// item at the indentation given.
  private mutating func setJSONList<T>(_ name: String, _ items: [T], _ json: JSONText, item: (T, Int) -> Void) {
    guard !items.isEmpty else { return }
    startJSONMember(name, json)
    json.bytes.append(UInt8(ascii: "["))
    for (k, element) in items.enumerated() {
      JSONWriter.newLine(indent + 2, comma: k > 0, into: &json.bytes)
      item(element, indent + 2)
    }
    JSONWriter.newLine(indent + 1, comma: false, into: &json.bytes)
    json.bytes.append(UInt8(ascii: "]"))
  }

  /// Closes the object written as JSON text (`{}` when it got no member).
  func closeJSON() {
    guard let json else { return }
    if written > 0 { JSONWriter.newLine(indent, comma: false, into: &json.bytes) }
    json.bytes.append(UInt8(ascii: "}"))
  }

  /// The stream, if writing into one, after checking that `name` comes after the members
  /// already passed on.
  private mutating func streamed(_ name: String) -> (any DocumentStream)? {
    guard let stream else { return nil }
    let index = fieldIndex(name)
    precondition(index > lastStreamed, "\(shape.typeName).\(name) is set out of the shape's order")
    lastStreamed = index
    return stream
  }

  private mutating func put(_ name: String, _ value: DocValue?) {
    values[fieldIndex(name)] = value
  }

  /// The field's index in the shape; members passed on in order are looked for after the last.
  private func fieldIndex(_ name: String) -> Int {
    let fields = shape.fields
    if lastStreamed + 1 < fields.count, let index = fields[(lastStreamed + 1)...].firstIndex(where: { $0.name == name }) {
      return index
    }
    guard let index = fields.firstIndex(where: { $0.name == name }) else {
      preconditionFailure("\(shape.typeName) has no member \(name)")
    }
    return index
  }

  var node: DocNode {
    DocNode(.object(zip(shape.fields, values).compactMap { field, value in value.map { DocMember(field.name, DocNode($0)) } }))
  }
}

// MARK: - Scalars

/// The lexical text of a non-text scalar: a JSON number's text, or an XML string without its
/// surrounding XML white space (the schema collapses it for these types).
private func lexical(_ value: DocValue) -> Substring? {
  switch value {
  case .number(let text): return text[...]
  case .string(let text):
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return text[first...last]
  default: return nil
  }
}

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
