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

// MARK: - The model's objects

extension Submission: DocObject {
  static var shape: Shape { SubmissionFormat.submission }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      schemaVersion: try r.required("schemaVersion"), submissionId: try r.required("submissionId"),
      cycle: try r.required("cycle"), version: try r.required("version"), submittedAt: try r.required("submittedAt"),
      submitter: try r.required("submitter"), contact: try r.required("contact"), language: try r.required("language"),
      plan: try r.required("plan"), dataSources: try r.list("dataSources"), inventory: try r.optional("inventory"),
      targets: try r.list("targets"), measures: try r.list("measures"), renewables: try r.list("renewables"),
      lowlandSoils: try r.list("lowlandSoils"), adaptation: try r.optional("adaptation"),
      barriers: try r.list("barriers"), engagement: try r.list("engagement"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("schemaVersion", schemaVersion)
    w.set("submissionId", submissionId)
    w.set("cycle", cycle)
    w.set("version", version)
    w.set("submittedAt", submittedAt)
    w.set("submitter", submitter)
    w.set("contact", contact)
    w.set("language", language)
    w.set("plan", plan)
    w.set("dataSources", dataSources)
    w.set("inventory", inventory)
    w.set("targets", targets)
    w.set("measures", measures)
    w.set("renewables", renewables)
    w.set("lowlandSoils", lowlandSoils)
    w.set("adaptation", adaptation)
    w.set("barriers", barriers)
    w.set("engagement", engagement)
  }
}

extension Submitter: DocObject {
  static var shape: Shape { SubmissionFormat.submitter }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(level: try r.required("level"), code: try r.required("code"), name: try r.required("name"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("level", level)
    w.set("code", code)
    w.set("name", name)
  }
}

extension Contact: DocObject {
  static var shape: Shape { SubmissionFormat.contact }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(name: try r.required("name"), email: try r.required("email"), phone: try r.optional("phone"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("name", name)
    w.set("email", email)
    w.set("phone", phone)
  }
}

extension Plan: DocObject {
  static var shape: Shape { SubmissionFormat.plan }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      title: try r.required("title"), framework: try r.required("framework"), status: try r.required("status"),
      adoptedOn: try r.optional("adoptedOn"), adoptedBy: try r.optional("adoptedBy"), url: try r.optional("url"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("title", title)
    w.set("framework", framework)
    w.set("status", status)
    w.set("adoptedOn", adoptedOn)
    w.set("adoptedBy", adoptedBy)
    w.set("url", url)
  }
}

extension DataSource: DocObject {
  static var shape: Shape { SubmissionFormat.dataSource }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      sourceId: try r.required("sourceId"), publisher: try r.required("publisher"), title: try r.required("title"),
      edition: try r.optional("edition"), url: try r.optional("url"), retrievedOn: try r.optional("retrievedOn"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("sourceId", sourceId)
    w.set("publisher", publisher)
    w.set("title", title)
    w.set("edition", edition)
    w.set("url", url)
    w.set("retrievedOn", retrievedOn)
  }
}

extension Inventory: DocObject {
  static var shape: Shape { SubmissionFormat.inventory }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      methodology: try r.required("methodology"), gwp: try r.required("gwp"), boundary: try r.required("boundary"),
      years: try r.list("years"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("methodology", methodology)
    w.set("gwp", gwp)
    w.set("boundary", boundary)
    w.set("years", years)
  }
}

extension InventoryYear: DocObject {
  static var shape: Shape { SubmissionFormat.inventoryYear }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      year: try r.required("year"), baseYear: try r.required("baseYear"), population: try r.optional("population"),
      entries: try r.list("entries"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("year", year)
    w.set("baseYear", baseYear)
    w.set("population", population)
    w.set("entries", entries)
  }
}

extension InventoryEntry: DocObject {
  static var shape: Shape { SubmissionFormat.entry }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      gpc: try r.required("gpc"), gas: try r.required("gas"), amount: try r.optional("amount"),
      notationKey: try r.optional("notationKey"), explanation: try r.optional("explanation"),
      sourceRef: try r.optional("sourceRef"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("gpc", gpc)
    w.set("gas", gas)
    w.set("amount", amount)
    w.set("notationKey", notationKey)
    w.set("explanation", explanation)
    w.set("sourceRef", sourceRef)
  }
}

extension Target: DocObject {
  static var shape: Shape { SubmissionFormat.target }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      targetId: try r.required("targetId"), kind: try r.required("kind"), baseYear: try r.optional("baseYear"),
      baseYearEmissions: try r.optional("baseYearEmissions"), targetYear: try r.required("targetYear"),
      reductionPercent: try r.optional("reductionPercent"), targetEmissions: try r.optional("targetEmissions"),
      baselineEmissions: try r.optional("baselineEmissions"), intensityUnit: try r.optional("intensityUnit"),
      targetIntensity: try r.optional("targetIntensity"), coverage: try r.required("coverage"),
      conditional: try r.required("conditional"), status: try r.required("status"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("targetId", targetId)
    w.set("kind", kind)
    w.set("baseYear", baseYear)
    w.set("baseYearEmissions", baseYearEmissions)
    w.set("targetYear", targetYear)
    w.set("reductionPercent", reductionPercent)
    w.set("targetEmissions", targetEmissions)
    w.set("baselineEmissions", baselineEmissions)
    w.set("intensityUnit", intensityUnit)
    w.set("targetIntensity", targetIntensity)
    w.set("coverage", coverage)
    w.set("conditional", conditional)
    w.set("status", status)
  }
}

extension TargetCoverage: DocObject {
  static var shape: Shape { SubmissionFormat.coverage }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(gpc: try r.list("gpc"), gases: try r.list("gases"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("gpc", gpc)
    w.set("gases", gases)
  }
}

extension Measure: DocObject {
  static var shape: Shape { SubmissionFormat.measure }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      measureId: try r.required("measureId"), title: try r.required("title"), description: try r.optional("description"),
      objective: try r.optional("objective"), gpc: try r.list("gpc"), gases: try r.list("gases"),
      instruments: try r.list("instruments"), category: try r.optional("category"), status: try r.required("status"),
      startYear: try r.required("startYear"), endYear: try r.optional("endYear"),
      implementingEntities: try r.list("implementingEntities"), effects: try r.list("effects"),
      costDKK: try r.optional("costDKK"), fundingGapDKK: try r.optional("fundingGapDKK"),
      fundingSources: try r.list("fundingSources"), nationalDependency: try r.optional("nationalDependency"),
      overlaps: try r.list("overlaps"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("measureId", measureId)
    w.set("title", title)
    w.set("description", description)
    w.set("objective", objective)
    w.set("gpc", gpc)
    w.set("gases", gases)
    w.set("instruments", instruments)
    w.set("category", category)
    w.set("status", status)
    w.set("startYear", startYear)
    w.set("endYear", endYear)
    w.set("implementingEntities", implementingEntities)
    w.set("effects", effects)
    w.set("costDKK", costDKK)
    w.set("fundingGapDKK", fundingGapDKK)
    w.set("fundingSources", fundingSources)
    w.set("nationalDependency", nationalDependency)
    w.set("overlaps", overlaps)
  }
}

extension MeasureEffect: DocObject {
  static var shape: Shape { SubmissionFormat.effect }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(year: try r.required("year"), tco2e: try r.required("tco2e"), kind: try r.required("kind"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("year", year)
    w.set("tco2e", tco2e)
    w.set("kind", kind)
  }
}

extension Overlap: DocObject {
  static var shape: Shape { SubmissionFormat.overlap }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(submitterCode: try r.required("submitterCode"), measureId: try r.required("measureId"), share: try r.required("share"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("submitterCode", submitterCode)
    w.set("measureId", measureId)
    w.set("share", share)
  }
}

extension RenewableProject: DocObject {
  static var shape: Shape { SubmissionFormat.renewable }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      projectId: try r.required("projectId"), technology: try r.required("technology"),
      capacityMW: try r.required("capacityMW"), expectedGWhPerYear: try r.optional("expectedGWhPerYear"),
      status: try r.required("status"), commissioningYear: try r.optional("commissioningYear"),
      measureRef: try r.optional("measureRef"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("projectId", projectId)
    w.set("technology", technology)
    w.set("capacityMW", capacityMW)
    w.set("expectedGWhPerYear", expectedGWhPerYear)
    w.set("status", status)
    w.set("commissioningYear", commissioningYear)
    w.set("measureRef", measureRef)
  }
}

extension LowlandSoilProject: DocObject {
  static var shape: Shape { SubmissionFormat.lowlandSoil }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      projectId: try r.required("projectId"), hectares: try r.required("hectares"),
      tco2ePerYear: try r.optional("tco2ePerYear"), status: try r.required("status"),
      completionYear: try r.optional("completionYear"), measureRef: try r.optional("measureRef"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("projectId", projectId)
    w.set("hectares", hectares)
    w.set("tco2ePerYear", tco2ePerYear)
    w.set("status", status)
    w.set("completionYear", completionYear)
    w.set("measureRef", measureRef)
  }
}

extension Adaptation: DocObject {
  static var shape: Shape { SubmissionFormat.adaptation }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(riskAssessment: try r.optional("riskAssessment"), actions: try r.list("actions"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("riskAssessment", riskAssessment)
    w.set("actions", actions)
  }
}

extension RiskAssessment: DocObject {
  static var shape: Shape { SubmissionFormat.riskAssessment }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(completedOn: try r.required("completedOn"), hazards: try r.list("hazards"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("completedOn", completedOn)
    w.set("hazards", hazards)
  }
}

extension AssessedHazard: DocObject {
  static var shape: Shape { SubmissionFormat.assessedHazard }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(hazard: try r.required("hazard"), riskLevel: try r.required("riskLevel"), horizonYear: try r.optional("horizonYear"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("hazard", hazard)
    w.set("riskLevel", riskLevel)
    w.set("horizonYear", horizonYear)
  }
}

extension AdaptationAction: DocObject {
  static var shape: Shape { SubmissionFormat.adaptationAction }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      actionId: try r.required("actionId"), title: try r.required("title"), kind: try r.optional("kind"),
      hazards: try r.list("hazards"), status: try r.required("status"), investmentDKK: try r.optional("investmentDKK"),
      fundingGapDKK: try r.optional("fundingGapDKK"), completionYear: try r.optional("completionYear"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("actionId", actionId)
    w.set("title", title)
    w.set("kind", kind)
    w.set("hazards", hazards)
    w.set("status", status)
    w.set("investmentDKK", investmentDKK)
    w.set("fundingGapDKK", fundingGapDKK)
    w.set("completionYear", completionYear)
  }
}

extension Barrier: DocObject {
  static var shape: Shape { SubmissionFormat.barrier }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      barrierId: try r.required("barrierId"), theme: try r.required("theme"), description: try r.required("description"),
      requestToNational: try r.optional("requestToNational"), measureRefs: try r.list("measureRefs"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("barrierId", barrierId)
    w.set("theme", theme)
    w.set("description", description)
    w.set("requestToNational", requestToNational)
    w.set("measureRefs", measureRefs)
  }
}

extension Engagement: DocObject {
  static var shape: Shape { SubmissionFormat.engagement }
  init(_ r: MemberReader) throws(DecodingFailure) {
    self.init(
      activityId: try r.required("activityId"), kind: try r.required("kind"), date: try r.required("date"),
      participants: try r.optional("participants"), description: try r.optional("description"),
      champCommitments: try r.list("champCommitments"))
  }
  func encode(into w: inout MemberWriter) {
    w.set("activityId", activityId)
    w.set("kind", kind)
    w.set("date", date)
    w.set("participants", participants)
    w.set("description", description)
    w.set("champCommitments", champCommitments)
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
  /// Text is taken as written (white space is content).
  init?(docValue: DocValue) {
    guard case .string(let text) = docValue else { return nil }
    self = text
  }
  var docValue: DocValue { .string(self) }
  func writeJSON(into out: inout [UInt8]) { JSONWriter.writeString(self, into: &out) }
}

extension Int: DocScalar {
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
  init?(docValue: DocValue) {
    guard let text = lexical(docValue), let value = ExactDecimal(text) else { return nil }
    self = value
  }
  var docValue: DocValue { .number(description) }
  func writeJSON(into out: inout [UInt8]) { appendDescription(to: &out) }
}

extension CalendarDate: DocScalar {
  init?(docValue: DocValue) {
    guard case .string = docValue, let text = lexical(docValue), let value = CalendarDate(text) else { return nil }
    self = value
  }
  var docValue: DocValue { .string(description) }
}

extension DateTime: DocScalar {
  init?(docValue: DocValue) {
    guard case .string = docValue, let text = lexical(docValue), let value = DateTime(String(text)) else { return nil }
    self = value
  }
  var docValue: DocValue { .string(text) }
}

/// Code lists: their raw values, as strings.
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
