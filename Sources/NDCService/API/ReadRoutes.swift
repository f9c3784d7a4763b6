import Foundation
import HTTPTypes
import Hummingbird
import NDCStore

/// `GET /v1/health`, `/v1/status`, `/v1/rules`, `/v1/audit`, `/openapi.json`.
struct ReadRoutes: Sendable {
  let service: IntakeService

  func health(_ request: Request, _ context: ServiceContext) async throws -> Response {
    Reply.json(Shapes.encode(Shapes.Health(status: "ok", store: service.store.kind, version: service.version)))
  }

  func status(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let caller = try context.requireCaller()
    let cycle = try request.query("cycle") ?? service.engine.cycle
    return Reply.json(Shapes.encode(try await coverage(cycle: cycle, caller: caller)))
  }

  /// The cycle's coverage as the caller may see it (the status route and the web pages): the
  /// roster on that cycle's reference date. A cycle the reference data does not have is a 400,
  /// as for `POST /v1/compilations` — not a roster of some other date with everyone missing.
  func coverage(cycle: String, caller: Identity) async throws -> Shapes.Status {
    guard let roster = service.engine.roster(cycle: cycle) else {
      throw Problem(.badRequest, "unknown cycle \(String(cycle.prefix(40)))")
    }
    let rows = try await service.store.submissions(cycle: cycle, submitter: caller.isMinistry ? nil : caller.submitter)
    let counting = Counting.ids(rows)
    let bySubmitter = Dictionary(grouping: rows, by: \.submitter)
    var out: [Shapes.StatusRow] = []
    for entry in roster where caller.mayRead(submitter: entry.code) {
      let received = bySubmitter[entry.code] ?? []
      // Latest: the highest version received; rows without a version only when nothing else is.
      let latest =
        received.filter { $0.version != nil }.max { ($0.version!, $0.receivedAt) < ($1.version!, $1.receivedAt) }
        ?? received.max { $0.receivedAt < $1.receivedAt }
      let counted = received.first { counting.contains($0.id) }
      let state = counted != nil ? "valid" : received.isEmpty ? "missing" : "invalid"
      out.append(Shapes.StatusRow(
        level: entry.level, code: entry.code, name: entry.name, region: entry.region, state: state, latestId: latest?.id,
        latestVersion: latest?.version, countingId: counted?.id, countingVersion: counted?.version,
        worstSeverity: latest?.worstSeverity, receivedAt: latest?.receivedAt))
    }
    let summary = Shapes.Status.Summary(
      missing: out.filter { $0.state == "missing" }.count, invalid: out.filter { $0.state == "invalid" }.count,
      valid: out.filter { $0.state == "valid" }.count)
    return Shapes.Status(cycle: cycle, rows: out, summary: summary)
  }

  func rules(_ request: Request, _ context: ServiceContext) async throws -> Response {
    _ = try context.requireCaller()
    return Reply.json(service.engine.rulesJSON())
  }

  func audit(_ request: Request, _ context: ServiceContext) async throws -> Response {
    _ = try context.requireMinistry()
    let since = try request.query("since")
    if let since, Timestamps.parse(since) == nil {
      throw Problem(.badRequest, "since must be an RFC 3339 date-time")
    }
    // The store compares its own text form: normalise to it.
    let events = try await service.store.audit(since: since.flatMap(Timestamps.parse).map(Timestamps.format))
    return Reply.json(Shapes.encode(Shapes.AuditList(events: events.map { .init(event: $0) })))
  }

  func openAPI(_ request: Request, _ context: ServiceContext) async throws -> Response {
    Reply.json(OpenAPIDocument.bytes)
  }
}

/// The OpenAPI 3.1 document shipped as a resource.
enum OpenAPIDocument {
  static let bytes: Data = {
    guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"), let data = try? Data(contentsOf: url) else {
      return Data("{}".utf8)
    }
    return data
  }()
}
