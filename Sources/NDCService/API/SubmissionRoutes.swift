import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NDCCheck
import NDCCore
import NDCDocument
import NDCStore
import Synchronization

/// `POST /v1/submissions`, `GET /v1/submissions[/{id}[/raw]]`.
struct SubmissionRoutes: Sendable {
  let service: IntakeService
  var engine: ServiceEngine { service.engine }
  var store: any SubmissionStore { service.store }

  // MARK: POST

  func create(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let caller = try context.requireCaller()
    guard caller.role == .submitter, let submitter = caller.submitter else {
      throw Problem(.forbidden, "only a submitter token may send a submission", page: PageMessage("onlySubmitter"))
    }
    if let wait = service.postLimiter.take(caller.tokenId) { throw Problem.tooMany(retryAfter: wait) }
    let contentType = StoreText.storable(request.headers[.contentType])
    return try await BodyReader.withBody(request, limit: ServiceLimits.maxBodyBytes, budget: service.bodies) { bytes in
      try await accept(bytes, contentType: contentType, submitter: submitter, caller: caller, context: context)
    }
  }

  /// A body read (and counted against the body budget until this returns), the caller's rate
  /// taken: checked on a worker, then stored. The web page's upload comes here too.
  func accept(_ bytes: [UInt8], contentType: String?, submitter: String, caller: Identity, context: ServiceContext)
    async throws -> Response
  {
    let id = StoreIDs.random()
    let path = "submissions/\(id)"
    let engine = self.engine
    let checked = try await service.pool.submit { engine.check(bytes: bytes, path: path) }
    if let claimed = checked.submitter, claimed != submitter {
      throw Problem(
        .forbidden, "the submission's submitter is \(claimed); this token sends for \(submitter) only; nothing stored",
        page: PageMessage("otherSubmitter", .text(claimed), .text(submitter)))
    }
    let received = Received(
      id: id, path: path, submitter: submitter, bytes: bytes, checked: checked, contentType: contentType, caller: caller)
    // One submission of a submitter at a time: the set rules of each see the versions before it.
    return try await service.submitterLocks.withLock(submitter) { try await store(received, trace: context.trace) }
  }

  struct Received: Sendable {
    var id: String
    var path: String
    var submitter: String
    var bytes: [UInt8]
    var checked: CheckedBody
    var contentType: String?
    var caller: Identity
    /// nil when the submitter (or the version) cannot be read: no version checks.
    var version: Int? { checked.submitter == nil ? nil : checked.version }
  }

  private func store(_ received: Received, trace: RequestTrace) async throws -> Response {
    let checked = received.checked
    let cycle = received.version == nil ? engine.cycle : (checked.cycle ?? engine.cycle)
    let sha256 = StoreIDs.hex(SHA256.hash(data: received.bytes))
    let (mine, counting) = try await reads(received, cycle: cycle)
    if let version = received.version, let existing = mine.first(where: { $0.version == version }) {
      let full = try await store.submission(id: existing.id) ?? existing
      return try await sameOrConflict(full, sha256: sha256, canonical: checked.canonical, versions: mine)
    }
    let others = try await setContext(submitter: received.submitter, mine: mine, counting: counting)
    let engine = self.engine
    // The set rules run here: their work is bounded by the roster (one key per submitter and a
    // few of this one's versions), not by the body. The report is the one the check made on a
    // worker unless they find something; then it is made again there, as it grows with the body.
    let findings = engine.setFindings(for: checked, others: others)
    let report =
      findings.isEmpty
      ? engine.report(for: checked, setFindings: [])
      : try await service.pool.submit { engine.report(for: checked, setFindings: findings) }
    let (entry, valid, worst) = (report.entry, report.valid, report.worst)
    let row = SubmissionRecord(
      id: received.id, submitter: received.submitter, level: engine.level(ofSubmitter: received.submitter) ?? "municipality",
      cycle: cycle, version: received.version, submissionId: received.version == nil ? nil : checked.submissionId,
      format: checked.format, contentType: received.contentType, sha256: sha256,
      canonicalSHA256: received.version == nil ? nil : checked.canonical, size: received.bytes.count,
      receivedAt: Timestamps.now(), submittedAt: checked.submittedAt, valid: valid, worstSeverity: worst, report: entry)
    // The audit event commits with the row (one durable commit per POST); the audit middleware
    // then leaves this request alone.
    let status: HTTPResponse.Status = valid ? .created : .unprocessableContent
    let event = AuditEvent(
      at: row.receivedAt, by: received.caller, action: AuditMiddleware.action(method: .post, route: "/v1/submissions"),
      target: "submissions/\(row.id)", outcome: AuditMiddleware.outcome(status.code), status: status.code)
    // The keys go into the cache before the row is committed: a POST of another submitter that
    // sees the row (from the commit on) finds them there, instead of reading and checking the
    // stored bytes again because this task had not resumed yet. Nothing else knows the new id,
    // so an entry whose row is not stored is never asked for; it is dropped all the same.
    if let keys = checked.keys { service.keys.put(row.id, StoredKeys(keys: keys, canonical: checked.canonical)) }
    let outcome: InsertOutcome
    do {
      outcome = try await store.insertSubmission(row, bytes: Data(received.bytes), audit: event)
    } catch {
      service.keys.remove(row.id)
      throw error
    }
    switch outcome {
    case .inserted:
      trace.audited = true
      let countsNow = Counting.ids(mine + [row]).contains(row.id)
      return Reply.json(
        Shapes.submissionInfo(row, counting: countsNow, withReport: true), status: status,
        headers: [.location: "/v1/submissions/\(row.id)"])
    case .conflict(let existing):
      // Another instance stored this version first.
      service.keys.remove(row.id)
      let now = try await reads(received, cycle: cycle).mine
      return try await sameOrConflict(existing, sha256: sha256, canonical: checked.canonical, versions: now)
    }
  }

  /// What a POST reads, without reports: the submitter's stored versions it needs (for a
  /// readable version those `VersionsAsked` names, as a submitter may have sent hundreds; else
  /// all of them) and every submitter's counting version, in one read where the store can.
  private func reads(_ received: Received, cycle: String) async throws -> (mine: [SubmissionRecord], counting: [CountingHead]) {
    guard let version = received.version else {
      return (
        try await store.submissionVersions(cycle: cycle, submitter: received.submitter),
        try await store.countingSubmissionHeads(cycle: cycle).map { CountingHead(id: $0.id, submitter: $0.submitter) }
      )
    }
    let ask = VersionsAsked(version: version, submissionId: received.checked.submissionId)
    let both = try await store.postReads(cycle: cycle, submitter: received.submitter, for: ask)
    return (both.mine, both.counting)
  }

  /// The same version again: 200 with the stored info when its content is the same (bytes
  /// or canonical form), else 409.
  private func sameOrConflict(_ existing: SubmissionRecord, sha256: String, canonical: String?, versions: [SubmissionRecord])
    async throws -> Response
  {
    if existing.sha256 == sha256 || (canonical != nil && existing.canonicalSHA256 == canonical) {
      let counting = Counting.ids(versions).contains(existing.id)
      return Reply.json(
        Shapes.submissionInfo(existing, counting: counting, withReport: true), headers: [.location: "/v1/submissions/\(existing.id)"])
    }
    let next = (versions.compactMap(\.version).max() ?? existing.version ?? 0) + 1
    let version = existing.version ?? 0
    throw Problem(
      .conflict,
      "version \(version) of \(existing.submitter) in \(existing.cycle) was received on \(existing.receivedAt); send version \(next)",
      page: PageMessage(
        "versionTaken", .number(version), .text(existing.submitter), .text(existing.cycle), .time(existing.receivedAt), .number(next)))
  }

  /// The set rules' other inputs: this submitter's stored readable versions of the cycle that
  /// matter to the posted one (`VersionsAsked`) and every other submitter's counting version.
  ///
  /// Of the submitter's own versions the rules that can name the new body (SET-002 a reused
  /// submissionId, SET-003 a fallback) need only the stored columns (version, validity,
  /// submissionId), so those keys are made from the rows. Only the other submitters' counting
  /// versions need their measures and overlaps: their keys are cached, and read again from the
  /// stored bytes once after a restart. So a POST costs one row per submitter and a few of its
  /// own, however many versions the cycle holds.
  private func setContext(submitter: String, mine: [SubmissionRecord], counting: [CountingHead]) async throws
    -> [StoredKeys]
  {
    var out = Self.ownKeys(mine)
    for row in counting.filter({ $0.submitter != submitter }).sorted(by: { $0.submitter < $1.submitter }) {
      if let cached = service.keys.get(row.id) {
        out.append(cached)
        continue
      }
      guard let bytes = try await store.submissionBytes(id: row.id) else { continue }
      let engine = self.engine
      let path = "submissions/\(row.id)"
      let checked = try await service.pool.submit { engine.check(bytes: Array(bytes), path: path) }
      guard let keys = checked.keys else { continue }
      let stored = StoredKeys(keys: keys, canonical: checked.canonical)
      service.keys.put(row.id, stored)
      out.append(stored)
    }
    return out
  }

  /// The set keys of the submitter's own stored versions, from their rows.
  static func ownKeys(_ mine: [SubmissionRecord]) -> [StoredKeys] {
    mine.map { row in
      StoredKeys(
        keys: SetKeys(
          index: 0, path: "submissions/\(row.id)", submitter: row.submitter, level: SubmitterLevel(rawValue: row.level),
          cycle: row.cycle, version: row.version, submissionId: row.submissionId, valid: row.valid,
          fingerprint: row.canonicalSHA256, hasModel: row.canonicalSHA256 != nil),
        canonical: row.canonicalSHA256)
    }
  }

  // MARK: GET

  func list(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let caller = try context.requireCaller()
    let cycle = try request.query("cycle") ?? engine.cycle
    let asked = try request.query("submitter")
    let submitter = caller.isMinistry ? asked : caller.submitter
    let rows = try await store.submissions(cycle: cycle, submitter: submitter)
    return Reply.json(Shapes.submissionList(rows, counting: Counting.ids(rows)))
  }

  /// The row, if the caller may see it; otherwise 404 as for an id that does not exist.
  private func visible(_ context: ServiceContext) async throws -> SubmissionRecord {
    let caller = try context.requireCaller()
    let id = try context.pathParameter("id")
    let found: SubmissionRecord? = id.utf8.count <= 64 ? try await store.submission(id: id) : nil
    guard let found, caller.mayRead(submitter: found.submitter) else {
      throw Problem.notFound("no submission \(String(id.prefix(64)))")
    }
    return found
  }

  func show(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let row = try await visible(context)
    let versions = try await store.submissionVersions(cycle: row.cycle, submitter: row.submitter)
    return Reply.json(Shapes.submissionInfo(row, counting: Counting.ids(versions).contains(row.id), withReport: true))
  }

  func raw(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let row = try await visible(context)
    guard let bytes = try await store.submissionBytes(id: row.id) else { throw Problem.notFound() }
    // By the sniffed format; a body sniffed as JSON that is not JSON at all (`{` and then
    // anything) is served as the bytes it is, not as `application/json` a client would fail
    // to parse (decision 240).
    let (type, ext) =
      switch row.format {
      case "xml": ("application/xml", "xml")
      case "json" where JSONParser.parse([UInt8](bytes)).document != nil: ("application/json", "json")
      default: ("application/octet-stream", "bin")
      }
    return Reply.bytes(
      bytes, contentType: type,
      headers: [
        .contentDisposition: "attachment; filename=\"\(row.id).\(ext)\"", HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        .contentSecurityPolicy: "sandbox; default-src 'none'",
      ])
  }
}

/// Which stored submissions count now (CONTRIBUTION.md rule 1 as the status needs it): per
/// submitter and cycle, the highest valid readable version.
enum Counting {
  static func ids(_ rows: [SubmissionRecord]) -> Set<String> {
    var best: [String: SubmissionRecord] = [:]
    for row in rows where row.valid && row.version != nil {
      let key = "\(row.submitter) \(row.cycle)"
      if let b = best[key], b.version! >= row.version! { continue }
      best[key] = row
    }
    return Set(best.values.map(\.id))
  }
}

/// Reads a request body while it arrives, stopping at the limit (413, nothing kept): a
/// `Content-Length` above it is refused before the first byte is read, and the connection is
/// closed rather than drained.
enum BodyReader {
  static func read(_ request: Request, limit: Int) async throws -> [UInt8] {
    try await withBody(request, limit: limit, budget: nil) { $0 }
  }

  /// The body, refused with 413 once it passes `limit` (while reading); with a `budget`, its
  /// bytes are counted against it as they arrive and until `use` returns, and a body that
  /// would pass the budget is refused with 503 and `Retry-After` (decision 253).
  static func withBody<T>(_ request: Request, limit: Int, budget: BodyBudget?, _ use: ([UInt8]) async throws -> T)
    async throws -> T
  {
    let tooLarge = Problem.tooLarge("body", limit: limit, headers: [.connection: "close"])
    if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { throw tooLarge }
    var bytes: [UInt8] = []
    var reserved = 0
    defer { budget?.release(reserved) }
    for try await chunk in request.body {
      guard bytes.count + chunk.readableBytes <= limit else { throw tooLarge }
      if let budget {
        guard budget.reserve(chunk.readableBytes) else {
          throw Problem(
            .serviceUnavailable, "the service holds as many request bodies as it may; retry after 2 s",
            headers: [.retryAfter: "2"], page: PageMessage("busy", .number(2)))
        }
        reserved += chunk.readableBytes
      }
      bytes.append(contentsOf: chunk.readableBytesView)
    }
    return try await use(bytes)
  }
}

/// The bytes of request bodies the service holds at once (decision 253). The queue of the
/// validation pool bounds jobs, not bytes: 30 uploads of 16 MiB read at once held 700 MB
/// before any was queued. A body is counted from its first byte until its request has been
/// answered; one that would pass the budget is refused with 503 and `Retry-After`.
final class BodyBudget: Sendable {
  let capacity: Int
  private let held = Mutex(0)

  init(capacity: Int) { self.capacity = capacity }

  /// Counts `count` more bytes; false (nothing counted) when that would pass the capacity.
  func reserve(_ count: Int) -> Bool {
    held.withLock { held in
      guard held + count <= capacity else { return false }
      held += count
      return true
    }
  }

  func release(_ count: Int) { held.withLock { $0 -= count } }

  var bytesHeld: Int { held.withLock { $0 } }
}
