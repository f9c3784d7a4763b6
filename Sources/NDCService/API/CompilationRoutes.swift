import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NDCCore
import NDCDocument
import NDCStore

/// `POST /v1/compilations`, `GET /v1/compilations/{id}[/exports/{format}]` (ministry only).
struct CompilationRoutes: Sendable {
  let service: IntakeService

  struct Body {
    var cycle: String?
    var asOf: String?
    var compiledAt: String?
    var strict: Bool?

    /// The members a body may have: another one — `"Strict": true` — is refused rather than
    /// left out, which would compile without what was asked (decision 239).
    static let members: Set<String> = ["cycle", "asOf", "compiledAt", "strict"]
    static let expected = "the body must be a JSON object {\"cycle\"?, \"asOf\"?, \"compiledAt\"?, \"strict\"?}"

    /// The body of a POST: empty (white space), or a JSON object of `members` only, each once
    /// (the service's own JSON reader refuses a member given twice), strings and a boolean, or
    /// null for "not given".
    static func read(_ bytes: [UInt8]) throws -> Body {
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return Body() }
      guard let root = JSONParser.parse(bytes).document, case .object(let given) = root.value else {
        throw Problem(.badRequest, expected)
      }
      if let unknown = given.first(where: { !members.contains($0.name) }) {
        throw Problem(.badRequest, "unknown member \"\(String(unknown.name.prefix(40)))\": \(expected)")
      }
      var body = Body()
      for member in given {
        switch (member.name, member.node.value) {
        case (_, .null): continue
        case ("cycle", .string(let text)): body.cycle = text
        case ("asOf", .string(let text)): body.asOf = text
        case ("compiledAt", .string(let text)): body.compiledAt = text
        case ("strict", .bool(let flag)): body.strict = flag
        default: throw Problem(.badRequest, expected)
        }
      }
      return body
    }
  }

  func create(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let caller = try context.requireMinistry()
    if let wait = service.postLimiter.take(caller.tokenId) { throw Problem.tooMany(retryAfter: wait) }
    let bytes = try await BodyReader.read(request, limit: 65_536)
    let body = try Body.read(bytes)
    let engine = service.engine
    let cycle = body.cycle ?? engine.cycle
    guard engine.reference.cycle(cycle) != nil else { throw Problem(.badRequest, "unknown cycle \(String(cycle.prefix(40)))") }
    if let asOf = body.asOf, CalendarDate(asOf) == nil { throw Problem(.badRequest, "asOf must be a date YYYY-MM-DD") }
    if let at = body.compiledAt, DateTime(at) == nil {
      throw Problem(.badRequest, "compiledAt must be an RFC 3339 date-time with offset")
    }
    // Every stored submission whose submitter was read from its bytes, a version or not
    // (decision 242); those stored under the token's submitter because none could be read are
    // no inputs.
    let all = try await service.store.submissions(cycle: cycle, submitter: nil)
    let rows = all.filter(Self.submitterRead)
    let versioned = rows.filter { $0.version != nil }
    if body.strict == true {
      // A submitter whose latest version is invalid; earlier invalid versions later corrected do not count.
      let latest = Dictionary(grouping: versioned, by: \.submitter).compactMap { $0.value.max { $0.version! < $1.version! } }
      let failing = latest.filter { !$0.valid }.sorted { $0.submitter < $1.submitter }
      if !failing.isEmpty {
        throw Problem(
          .conflict,
          "strict: the latest version is invalid for " + failing.map { "\($0.submitter) (version \($0.version!), submissions/\($0.id))" }.joined(separator: ", "))
      }
    }
    let ordered = rows.sorted { ($0.submitter, $0.version ?? .max, $0.id) < ($1.submitter, $1.version ?? .max, $1.id) }
    var sources: [CompileInputBytes] = []
    for row in ordered {
      guard let data = try await service.store.submissionBytes(id: row.id) else { continue }
      sources.append(CompileInputBytes(path: "submissions/\(row.id)", bytes: Array(data)))
    }
    let submitters = Dictionary(uniqueKeysWithValues: ordered.map { ("submissions/\($0.id)", $0.submitter) })
    let (asOf, compiledAt, inputs) = (body.asOf, body.compiledAt, sources)
    let result = try await service.pool.submit { engine.compile(inputs, cycle: cycle, asOf: asOf, compiledAt: compiledAt) }
    let compiled: Compiled
    switch result {
    case .success(let c): compiled = c
    case .failure(let refused): throw Problem(.conflict, "not compiled: \(refused.description)")
    }
    let id = StoreIDs.random()
    let createdAt = Timestamps.now()
    let info = Shapes.CompilationInfo(
      id: id, cycle: cycle, asOf: compiled.asOf, compiledAt: compiled.compiledAt, createdAt: createdAt,
      inputs: compiled.inputs.count, counted: compiled.inputs.filter(\.counts).count,
      excluded: compiled.inputs.filter { !$0.counts }.map {
        .init(
          submitter: $0.submitter ?? submitters[$0.path] ?? "", id: String($0.path.dropFirst("submissions/".count)),
          status: $0.status, reason: $0.reason)
      },
      sha256: StoreIDs.hex(SHA256.hash(data: compiled.json)))
    let infoBytes = Shapes.encode(info)
    try await service.store.insertCompilation(CompilationRecord(
      id: id, cycle: cycle, asOf: compiled.asOf, compiledAt: compiled.compiledAt, createdAt: createdAt, info: infoBytes,
      documentJSON: compiled.json, documentXML: compiled.xml))
    return Reply.json(infoBytes, status: .created, headers: [.location: "/v1/compilations/\(id)"])
  }

  /// Whether the submitter of a stored row was read from its bytes: always for a row with a
  /// version; for one without, as its report says (`submitter` null: stored under the token's).
  static func submitterRead(_ row: SubmissionRecord) -> Bool {
    if row.version != nil { return true }
    guard let document = JSONParser.parse(Array(row.report)).document, case .object(let members) = document.value else {
      return false
    }
    return members.contains { member in
      if member.name == "submitter", case .string = member.node.value { return true }
      return false
    }
  }

  private func compilation(_ context: ServiceContext) async throws -> CompilationRecord {
    _ = try context.requireMinistry()
    let id = try context.pathParameter("id")
    // (Two steps: the release compiler crashed on the `guard let … = try await` form here.)
    let found: CompilationRecord? = id.utf8.count <= 64 ? try await service.store.compilation(id: id) : nil
    guard let found else { throw Problem.notFound("no compilation \(String(id.prefix(64)))") }
    return found
  }

  func show(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let record = try await compilation(context)
    let accept = request.headers[.accept] ?? ""
    if Self.prefersXML(accept) { return Reply.bytes(record.documentXML, contentType: "application/xml") }
    return Reply.json(record.documentJSON)
  }

  /// `application/xml` (or `text/xml`) named before any JSON type in `Accept`.
  static func prefersXML(_ accept: String) -> Bool {
    for part in accept.split(separator: ",") {
      let type = part.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
      if type == "application/xml" || type == "text/xml" { return true }
      if type == "application/json" || type == "*/*" || type == "application/*" { return false }
    }
    return false
  }

  static let exportTypes: [String: String] = [
    "pams-json": "application/json", "planning-json": "application/json", "pams-csv": "text/csv; charset=utf-8",
    "inventory-csv": "text/csv; charset=utf-8", "html": "text/html; charset=utf-8",
  ]

  func export(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let record = try await compilation(context)
    let format = try context.pathParameter("format")
    guard let type = Self.exportTypes[format] else {
      throw Problem.notFound("no export \(String(format.prefix(40))); the exports are \(Self.exportTypes.keys.sorted().joined(separator: ", "))")
    }
    let lang = try request.query("lang") ?? "en"
    guard lang == "da" || lang == "en" else { throw Problem(.badRequest, "lang must be da or en") }
    let engine = service.engine
    let document = record.documentJSON
    guard let bytes = try await service.pool.submit({ engine.export(documentJSON: document, format: format, language: lang) }) else {
      throw Problem.internalError()
    }
    var headers: HTTPFields = [:]
    if format == "html" { headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }
    return Reply.bytes(bytes, contentType: type, headers: headers)
  }
}
