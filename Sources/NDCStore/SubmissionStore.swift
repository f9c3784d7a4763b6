import Foundation

/// The intake service's store (SERVICE.md): tokens, web sessions, submissions (append-only,
/// with their exact bytes), compilations and the audit log. Two implementations pass one test
/// suite: SQLite through GRDB (`NDCStoreSQLite`, the embedded default) and PostgreSQL through
/// PostgresNIO (`NDCStorePostgres`). Every statement is parameterised; nothing here knows HTTP,
/// XML or the rules.
///
/// Times are RFC 3339 UTC text with seconds and milliseconds (`2026-12-05T12:00:00.123Z`), so
/// that both stores sort and compare them the same way. Ids are opaque text made by the caller
/// (`StoreIDs.random()`), never a sequence.
public protocol SubmissionStore: Sendable {
  /// `sqlite` or `postgresql` (the health route says which).
  var kind: String { get }

  /// Creates the tables if absent and applies every migration not yet applied. Idempotent;
  /// safe when several service instances start at once.
  func migrate() async throws(StoreError)

  /// Releases connections. The store is not used afterwards.
  func close() async

  // MARK: Tokens
  func insertToken(_ token: TokenRecord, hash: Data) async throws(StoreError)
  /// The token with this SHA-256, unless it is revoked.
  func activeToken(hash: Data) async throws(StoreError) -> TokenRecord?
  func tokens() async throws(StoreError) -> [TokenRecord]
  /// Marks the token revoked and ends its web sessions; false if no such token or already revoked.
  func revokeToken(id: String, at: String) async throws(StoreError) -> Bool

  // MARK: Web sessions (stored by the SHA-256 of the session id)
  func insertSession(_ session: SessionRecord, hash: Data) async throws(StoreError)
  /// The session, if it exists and its token is not revoked.
  func session(hash: Data) async throws(StoreError) -> SessionRecord?
  func touchSession(hash: Data, at: String) async throws(StoreError)
  func deleteSession(hash: Data) async throws(StoreError)

  // MARK: Submissions (append-only)
  /// Stores the row, its bytes and its audit event (when given) in one durable transaction: a
  /// stored submission is never without its audit record, and a POST commits once. A readable
  /// submission (version not nil) whose (submitter, cycle, version) is already stored is not
  /// inserted, nor is its event: the stored row is returned as `.conflict` (the caller decides
  /// between 200 and 409).
  func insertSubmission(_ row: SubmissionRecord, bytes: Data, audit: AuditEvent?) async throws(StoreError) -> InsertOutcome
  func submission(id: String) async throws(StoreError) -> SubmissionRecord?
  func submissionBytes(id: String) async throws(StoreError) -> Data?
  /// The cycle's submissions, of one submitter or of all; newest received first (ties: id).
  func submissions(cycle: String, submitter: String?) async throws(StoreError) -> [SubmissionRecord]
  /// The readable versions (version not nil) of one submitter in the cycle, highest first, each
  /// without its report (`report` empty): what every POST reads, without the one large column.
  func submissionVersions(cycle: String, submitter: String) async throws(StoreError) -> [SubmissionRecord]
  /// What a POST of version `ask.version` needs of the submitter's readable versions in the
  /// cycle: `ask.select(submissionVersions(cycle:submitter:))` — highest first, without reports
  /// — read without the versions that cannot matter, so a POST costs the same however many
  /// versions the submitter has sent.
  func submissionVersions(cycle: String, submitter: String, for ask: VersionsAsked) async throws(StoreError) -> [SubmissionRecord]
  /// The cycle's counting submissions (CONTRIBUTION.md rule 1 as the status needs it: per
  /// submitter the highest valid readable version), without reports; in no particular order.
  func countingSubmissionHeads(cycle: String) async throws(StoreError) -> [SubmissionRecord]
  /// Both reads of a POST of version `ask.version`: `submissionVersions(cycle:submitter:for:)`
  /// and `countingSubmissionHeads(cycle:)`, in one read transaction where the store can.
  func postReads(cycle: String, submitter: String, for ask: VersionsAsked) async throws(StoreError) -> PostReads

  // MARK: Compilations
  func insertCompilation(_ compilation: CompilationRecord) async throws(StoreError)
  func compilation(id: String) async throws(StoreError) -> CompilationRecord?
  /// The cycle's compilations, newest created first (ties: id), each without its documents
  /// (`documentJSON` and `documentXML` empty: a listing; read one with `compilation(id:)`).
  func compilations(cycle: String) async throws(StoreError) -> [CompilationRecord]

  // MARK: Audit log (append-only)
  func appendAudit(_ event: AuditEvent) async throws(StoreError)
  /// Events at or after `since` (all when nil), oldest first.
  func audit(since: String?) async throws(StoreError) -> [AuditEvent]
}

public enum TokenRole: String, Sendable, Codable { case submitter, ministry }

public struct TokenRecord: Sendable, Equatable, Codable {
  public var id: String
  public var role: TokenRole
  /// The municipality or region code; nil for the ministry.
  public var submitter: String?
  public var label: String?
  public var createdAt: String
  public var revokedAt: String?
  public init(id: String, role: TokenRole, submitter: String?, label: String?, createdAt: String, revokedAt: String? = nil) {
    self.id = id; self.role = role; self.submitter = submitter; self.label = label
    self.createdAt = createdAt; self.revokedAt = revokedAt
  }
}

public struct SessionRecord: Sendable, Equatable {
  public var tokenId: String
  /// The value every form must carry in its `csrf` field.
  public var csrf: String
  public var createdAt: String
  public var lastSeenAt: String
  public init(tokenId: String, csrf: String, createdAt: String, lastSeenAt: String) {
    self.tokenId = tokenId; self.csrf = csrf; self.createdAt = createdAt; self.lastSeenAt = lastSeenAt
  }
}

/// One stored submission, without its bytes.
public struct SubmissionRecord: Sendable, Equatable {
  public var id: String
  /// The token's submitter (also when the document's submitter could not be read).
  public var submitter: String
  /// `municipality` or `region`, from the reference data.
  public var level: String
  public var cycle: String
  /// nil when the submitter could not be read from the body (never counts, no version checks).
  public var version: Int?
  public var submissionId: String?
  /// `xml`, `json`, or nil when the body was neither.
  public var format: String?
  public var contentType: String?
  /// Lowercase hex SHA-256 of the exact bytes.
  public var sha256: String
  /// SHA-256 of the canonical form (the same for the XML and the JSON of one document); nil when unreadable.
  public var canonicalSHA256: String?
  public var size: Int
  public var receivedAt: String
  /// The document's `submittedAt`, when readable.
  public var submittedAt: String?
  public var valid: Bool
  public var worstSeverity: String?
  /// The validate report's file entry (JSON, `path` = `submissions/{id}`).
  public var report: Data
  public init(
    id: String, submitter: String, level: String, cycle: String, version: Int?, submissionId: String?, format: String?,
    contentType: String?, sha256: String, canonicalSHA256: String?, size: Int, receivedAt: String, submittedAt: String?,
    valid: Bool, worstSeverity: String?, report: Data
  ) {
    self.id = id; self.submitter = submitter; self.level = level; self.cycle = cycle; self.version = version
    self.submissionId = submissionId; self.format = format; self.contentType = contentType; self.sha256 = sha256
    self.canonicalSHA256 = canonicalSHA256; self.size = size; self.receivedAt = receivedAt
    self.submittedAt = submittedAt; self.valid = valid; self.worstSeverity = worstSeverity; self.report = report
  }
}

public enum InsertOutcome: Sendable, Equatable {
  case inserted
  /// The (submitter, cycle, version) was taken; the stored row.
  case conflict(SubmissionRecord)
}

public struct CompilationRecord: Sendable, Equatable {
  public var id: String
  public var cycle: String
  public var asOf: String
  public var compiledAt: String
  public var createdAt: String
  /// The `CompilationInfo` JSON answered to the client.
  public var info: Data
  /// The contribution document, JSON and XML, as `ndc compile` writes them.
  public var documentJSON: Data
  public var documentXML: Data
  public init(
    id: String, cycle: String, asOf: String, compiledAt: String, createdAt: String, info: Data, documentJSON: Data,
    documentXML: Data
  ) {
    self.id = id; self.cycle = cycle; self.asOf = asOf; self.compiledAt = compiledAt; self.createdAt = createdAt
    self.info = info; self.documentJSON = documentJSON; self.documentXML = documentXML
  }
}

public struct AuditEvent: Sendable, Equatable, Codable {
  public var at: String
  public var tokenId: String?
  public var role: String?
  public var submitter: String?
  /// e.g. `submission.create`, `compilation.create`, `token.create`, `token.revoke`, `signin`, `refused`.
  public var action: String
  /// e.g. `submissions/{id}`, a route, or a token id.
  public var target: String?
  /// `accepted`, `refused`, …
  public var outcome: String
  public var status: Int?
  /// Aggregated repeats (refusals of unauthenticated requests); 1 otherwise.
  public var count: Int
  public init(
    at: String, tokenId: String?, role: String?, submitter: String?, action: String, target: String?, outcome: String,
    status: Int?, count: Int = 1
  ) {
    self.at = at; self.tokenId = tokenId; self.role = role; self.submitter = submitter; self.action = action
    self.target = target; self.outcome = outcome; self.status = status; self.count = count
  }
}

/// A store failure. `message` is for logs only: never sent to a client (it may hold SQL
/// text or a driver's words).
public struct StoreError: Error, Sendable, CustomStringConvertible {
  public enum Kind: Sendable { case unavailable, corrupt, constraint, other }
  public var kind: Kind
  public var message: String
  public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }
  public var description: String { "store: \(message)" }
}

/// The versions a POST of one version reads (`SubmissionStore.submissionVersions(cycle:submitter:for:)`):
/// those at or above the highest valid one (the counting version, and for SET-003 every newer
/// one), those at or above the posted version (itself, for 200 or 409, and every newer one,
/// should the posted version become the fallback), and those with the posted `submissionId`
/// (SET-002). The set rules' findings that name the posted version are the same over these as
/// over all versions (`SubmissionRouteTests.leanVersionsGiveTheSameFindings`).
public struct VersionsAsked: Sendable, Equatable {
  public var version: Int
  public var submissionId: String?
  public init(version: Int, submissionId: String?) {
    self.version = version
    self.submissionId = submissionId
  }

  /// The definition, over all readable versions (highest first); the stores do it in SQL.
  public func select(_ versions: [SubmissionRecord]) -> [SubmissionRecord] {
    let highestValid = versions.filter(\.valid).compactMap(\.version).max()
    return versions.filter { row in
      guard let v = row.version else { return false }
      return v >= version || highestValid.map { v >= $0 } == true
        || (submissionId != nil && row.submissionId == submissionId)
    }
  }
}

/// What a POST reads of the store (`SubmissionStore.postReads`).
public struct PostReads: Sendable, Equatable {
  /// The submitter's versions that matter to the posted one, highest first, without reports.
  public var mine: [SubmissionRecord]
  /// Every submitter's counting version (its id and submitter: what the set rules' cache is
  /// keyed by), in no particular order.
  public var counting: [CountingHead]
  public init(mine: [SubmissionRecord], counting: [CountingHead]) { self.mine = mine; self.counting = counting }
}

/// A counting submission named by its id and submitter.
public struct CountingHead: Sendable, Equatable {
  public var id: String
  public var submitter: String
  public init(id: String, submitter: String) { self.id = id; self.submitter = submitter }
}

extension SubmissionStore {
  /// The two reads one after the other (a store without a cheaper way).
  public func postReads(cycle: String, submitter: String, for ask: VersionsAsked) async throws(StoreError) -> PostReads {
    PostReads(
      mine: try await submissionVersions(cycle: cycle, submitter: submitter, for: ask),
      counting: try await countingSubmissionHeads(cycle: cycle).map { CountingHead(id: $0.id, submitter: $0.submitter) })
  }
}

/// Text from outside — a body's header fields, a query — as the stores keep and look it up:
/// U+0000 becomes U+FFFD, the replacement character, and the text ends after `maxScalars`
/// Unicode scalars. PostgreSQL cannot take either: its `text` cannot hold U+0000, and an
/// index entry has at most 8 191 bytes — it refuses the statement, which the service would
/// have answered with 503 and nothing stored, while SQLite takes both. So that both stores
/// answer alike, no such text reaches either. Nothing valid is changed: codes, cycles, ids and
/// dates have patterns and short bounds (a `submissionId` is at most 64 characters), and the
/// bytes of a submission are kept exactly, apart (decision 237).
public enum StoreText {
  /// At most 800 bytes of UTF-8.
  public static let maxScalars = 200

  public static func storable(_ text: String) -> String {
    var out = text.unicodeScalars.count > maxScalars ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(maxScalars))) : text
    if out.utf8.contains(0) { out = out.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") }
    return out
  }

  public static func storable(_ text: String?) -> String? { text.map(storable) }
}
