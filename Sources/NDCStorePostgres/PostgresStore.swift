import Foundation
import Logging
import NDCStore
import PostgresNIO

/// The store on PostgreSQL through PostgresNIO, for several service instances sharing one
/// database.
///
/// The store owns its `PostgresClient` (a connection pool) and the task that runs it: `init`
/// starts it, `close()` cancels it and waits for the connections to close. Every statement goes
/// through `PostgresQuery` interpolation, so every value is a bind parameter; the only text
/// spliced into SQL is the constant column lists and schema of this file. Conflicts between
/// instances are decided by the database: the partial unique index on (submitter, cycle,
/// version) raises `unique_violation` (23505) in the later transaction, which is rolled back,
/// and the stored row is then read. Migrations run under a transaction-scoped advisory lock, so
/// instances starting at once apply them one after the other.
public final class PostgresStore: SubmissionStore {
  public var kind: String { "postgresql" }
  private let client: PostgresClient
  private let runTask: Task<Void, Never>
  private let logger: Logger

  public init(url: PostgresDatabaseURL, maximumConnections: Int = 20, logger: Logger = Logger(label: "ndc.store")) {
    self.logger = logger
    let client = PostgresClient(
      configuration: url.clientConfiguration(maximumConnections: maximumConnections), backgroundLogger: logger)
    self.client = client
    runTask = Task { await client.run() }
  }

  public func close() async {
    runTask.cancel()
    await runTask.value
  }

  // MARK: Migrations

  /// The advisory lock key (any constant: "ndc-store" in ASCII, truncated to 63 bits).
  static let migrationLock: Int64 = 0x6E64_632D_7374_6F72

  /// Each migration: its id and its statements, applied in one transaction.
  static let migrations: [(id: String, statements: [String])] = [("1-intake", schemaV1), ("2-lookup-indexes", schemaV2)]

  /// The indexes a POST's reads need, as in the SQLite store (decision 203).
  static let schemaV2: [String] = [
    """
    CREATE INDEX submissions_valid_version ON submissions(cycle, submitter, version)
      WHERE valid AND version IS NOT NULL
    """,
    """
    CREATE INDEX submissions_submission_id ON submissions(submitter, cycle, submission_id)
      WHERE version IS NOT NULL
    """,
  ]

  /// The first schema, the same tables as the SQLite store's. Times and ids are text in the
  /// "C" collation, so they sort and compare byte by byte as in SQLite.
  static let schemaV1: [String] = [
    """
    CREATE TABLE tokens (
      id TEXT COLLATE "C" PRIMARY KEY,
      hash BYTEA NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('submitter', 'ministry')),
      submitter TEXT,
      label TEXT,
      created_at TEXT COLLATE "C" NOT NULL,
      revoked_at TEXT COLLATE "C"
    )
    """,
    """
    CREATE TABLE sessions (
      hash BYTEA PRIMARY KEY,
      token_id TEXT COLLATE "C" NOT NULL REFERENCES tokens(id),
      csrf TEXT NOT NULL,
      created_at TEXT COLLATE "C" NOT NULL,
      last_seen_at TEXT COLLATE "C" NOT NULL
    )
    """,
    "CREATE INDEX sessions_token ON sessions(token_id)",
    """
    CREATE TABLE submissions (
      id TEXT COLLATE "C" PRIMARY KEY,
      submitter TEXT NOT NULL,
      level TEXT NOT NULL,
      cycle TEXT NOT NULL,
      version BIGINT,
      submission_id TEXT,
      format TEXT,
      content_type TEXT,
      sha256 TEXT NOT NULL,
      canonical_sha256 TEXT,
      size BIGINT NOT NULL,
      received_at TEXT COLLATE "C" NOT NULL,
      submitted_at TEXT,
      valid BOOLEAN NOT NULL,
      worst_severity TEXT,
      report BYTEA NOT NULL
    )
    """,
    """
    CREATE UNIQUE INDEX submissions_version ON submissions(submitter, cycle, version)
      WHERE version IS NOT NULL
    """,
    "CREATE INDEX submissions_cycle ON submissions(cycle, received_at)",
    """
    CREATE TABLE submission_bytes (
      id TEXT COLLATE "C" PRIMARY KEY REFERENCES submissions(id),
      bytes BYTEA NOT NULL
    )
    """,
    """
    CREATE TABLE compilations (
      id TEXT COLLATE "C" PRIMARY KEY,
      cycle TEXT NOT NULL,
      as_of TEXT NOT NULL,
      compiled_at TEXT NOT NULL,
      created_at TEXT COLLATE "C" NOT NULL,
      info BYTEA NOT NULL,
      document_json BYTEA NOT NULL,
      document_xml BYTEA NOT NULL
    )
    """,
    """
    CREATE TABLE audit (
      seq BIGSERIAL PRIMARY KEY,
      at TEXT COLLATE "C" NOT NULL,
      token_id TEXT,
      role TEXT,
      submitter TEXT,
      action TEXT NOT NULL,
      target TEXT,
      outcome TEXT NOT NULL,
      status BIGINT,
      count BIGINT NOT NULL
    )
    """,
    "CREATE INDEX audit_at ON audit(at, seq)",
    """
    CREATE FUNCTION ndc_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'append-only: % rows are never changed or deleted', TG_TABLE_NAME;
    END
    $$
    """,
  ] + appendOnlyTables.flatMap { table in
    [
      """
      CREATE TRIGGER \(table)_no_change BEFORE UPDATE OR DELETE ON \(table)
      FOR EACH ROW EXECUTE FUNCTION ndc_append_only()
      """,
      """
      CREATE TRIGGER \(table)_no_truncate BEFORE TRUNCATE ON \(table)
      FOR EACH STATEMENT EXECUTE FUNCTION ndc_append_only()
      """,
    ]
  }

  static let appendOnlyTables = ["submissions", "submission_bytes", "compilations", "audit"]

  public func migrate() async throws(StoreError) {
    let logger = logger
    let client = client
    do {
      try await StoreDeadline.bounded("migrate", limit: .seconds(120)) {
        try await client.withTransaction(logger: logger) { connection in
          try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: logger)
          try await connection.query(
            "CREATE TABLE IF NOT EXISTS ndc_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", logger: logger)
          var applied: Set<String> = []
          for try await id in try await connection.query("SELECT id FROM ndc_migrations", logger: logger)
            .decode(String.self)
          {
            applied.insert(id)
          }
          for migration in Self.migrations where !applied.contains(migration.id) {
            for statement in migration.statements {
              // Constant DDL of this file, no values.
              try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query(
              "INSERT INTO ndc_migrations (id, applied_at) VALUES (\(migration.id), \(Self.now()))", logger: logger)
          }
        }
      }
    } catch {
      throw Self.storeError(error, "migrate")
    }
  }

  static func now() -> String {
    Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
  }

  // MARK: Tokens

  public func insertToken(_ token: TokenRecord, hash: Data) async throws(StoreError) {
    try await execute(
      """
      INSERT INTO tokens (id, hash, role, submitter, label, created_at, revoked_at)
      VALUES (\(token.id), \(hash), \(token.role.rawValue), \(token.submitter), \(token.label), \(token.createdAt),
        \(token.revokedAt))
      """, "insert token")
  }

  static let tokenColumns = "id, role, submitter, label, created_at, revoked_at"

  public func activeToken(hash: Data) async throws(StoreError) -> TokenRecord? {
    try await fetch(
      "SELECT \(unescaped: Self.tokenColumns) FROM tokens WHERE hash = \(hash) AND revoked_at IS NULL",
      "token by hash", Self.token
    ).first
  }

  public func tokens() async throws(StoreError) -> [TokenRecord] {
    try await fetch(
      "SELECT \(unescaped: Self.tokenColumns) FROM tokens ORDER BY created_at, id", "list tokens", Self.token)
  }

  public func revokeToken(id: String, at: String) async throws(StoreError) -> Bool {
    let logger = logger
    let client = client
    do {
      return try await StoreDeadline.bounded("revoke token \(id)") {
        try await client.withTransaction(logger: logger) { connection in
          var revoked = false
          for try await _ in try await connection.query(
            "UPDATE tokens SET revoked_at = \(at) WHERE id = \(id) AND revoked_at IS NULL RETURNING id", logger: logger)
          {
            revoked = true
          }
          if revoked {
            try await connection.query("DELETE FROM sessions WHERE token_id = \(id)", logger: logger)
          }
          return revoked
        }
      }
    } catch {
      throw Self.storeError(error, "revoke token")
    }
  }

  static func token(_ row: PostgresRandomAccessRow) throws -> TokenRecord {
    let role = try row["role"].decode(String.self)
    guard let parsed = TokenRole(rawValue: role) else { throw StoreError(.corrupt, "unknown token role \(role)") }
    return TokenRecord(
      id: try row["id"].decode(String.self), role: parsed, submitter: try row["submitter"].decode(String?.self),
      label: try row["label"].decode(String?.self), createdAt: try row["created_at"].decode(String.self),
      revokedAt: try row["revoked_at"].decode(String?.self))
  }

  // MARK: Sessions

  public func insertSession(_ session: SessionRecord, hash: Data) async throws(StoreError) {
    try await execute(
      """
      INSERT INTO sessions (hash, token_id, csrf, created_at, last_seen_at)
      VALUES (\(hash), \(session.tokenId), \(session.csrf), \(session.createdAt), \(session.lastSeenAt))
      """, "insert session")
  }

  public func session(hash: Data) async throws(StoreError) -> SessionRecord? {
    try await fetch(
      """
      SELECT s.token_id, s.csrf, s.created_at, s.last_seen_at FROM sessions s
      JOIN tokens t ON t.id = s.token_id
      WHERE s.hash = \(hash) AND t.revoked_at IS NULL
      """, "session by hash"
    ) { row in
      SessionRecord(
        tokenId: try row["token_id"].decode(String.self), csrf: try row["csrf"].decode(String.self),
        createdAt: try row["created_at"].decode(String.self), lastSeenAt: try row["last_seen_at"].decode(String.self))
    }.first
  }

  public func touchSession(hash: Data, at: String) async throws(StoreError) {
    try await execute("UPDATE sessions SET last_seen_at = \(at) WHERE hash = \(hash)", "touch session")
  }

  public func deleteSession(hash: Data) async throws(StoreError) {
    try await execute("DELETE FROM sessions WHERE hash = \(hash)", "delete session")
  }

  // MARK: Submissions

  static let submissionColumns = """
    id, submitter, level, cycle, version, submission_id, format, content_type, sha256, canonical_sha256, size, \
    received_at, submitted_at, valid, worst_severity, report
    """

  public func insertSubmission(_ row: SubmissionRecord, bytes: Data, audit: AuditEvent?) async throws(StoreError)
    -> InsertOutcome
  {
    let logger = logger
    let client = client
    do {
      try await StoreDeadline.bounded("insert submission \(row.id)") {
        try await client.withTransaction(logger: logger) { connection in
          try await connection.query(
            """
            INSERT INTO submissions (\(unescaped: Self.submissionColumns))
            VALUES (\(row.id), \(row.submitter), \(row.level), \(row.cycle), \(row.version), \(row.submissionId),
              \(row.format), \(row.contentType), \(row.sha256), \(row.canonicalSHA256), \(row.size), \(row.receivedAt),
              \(row.submittedAt), \(row.valid), \(row.worstSeverity), \(row.report))
            """, logger: logger)
          try await connection.query(
            "INSERT INTO submission_bytes (id, bytes) VALUES (\(row.id), \(bytes))", logger: logger)
          if let audit { try await connection.query(Self.auditInsert(audit), logger: logger) }
        }
      }
      return .inserted
    } catch where Self.sqlState(error) == "23505" {
      // The transaction is rolled back. When the constraint hit is the version's, the other row is
      // committed (the index waits for the other transaction), so it is read now; another unique
      // violation (the id) has no such row and is a constraint error.
      if let version = row.version,
        let stored = try await fetch(
          """
          SELECT \(unescaped: Self.submissionColumns) FROM submissions
          WHERE submitter = \(row.submitter) AND cycle = \(row.cycle) AND version = \(version)
          """, "stored version", Self.submission
        ).first
      {
        return .conflict(stored)
      }
      throw Self.storeError(error, "insert submission \(row.id)")
    } catch {
      throw Self.storeError(error, "insert submission \(row.id)")
    }
  }

  public func submission(id: String) async throws(StoreError) -> SubmissionRecord? {
    try await fetch(
      "SELECT \(unescaped: Self.submissionColumns) FROM submissions WHERE id = \(id)", "submission \(id)",
      Self.submission
    ).first
  }

  public func submissionBytes(id: String) async throws(StoreError) -> Data? {
    try await fetch("SELECT bytes FROM submission_bytes WHERE id = \(id)", "bytes of \(id)") { row in
      try row["bytes"].decode(Data.self)
    }.first
  }

  public func submissions(cycle: String, submitter: String?) async throws(StoreError) -> [SubmissionRecord] {
    try await fetch(
      """
      SELECT \(unescaped: Self.submissionColumns) FROM submissions
      WHERE cycle = \(cycle) AND (\(submitter)::text IS NULL OR submitter = \(submitter))
      ORDER BY received_at DESC, id
      """, "list submissions", Self.submission)
  }

  public func submissionVersions(cycle: String, submitter: String) async throws(StoreError) -> [SubmissionRecord] {
    try await fetch(
      """
      SELECT \(unescaped: Self.headColumns) FROM submissions
      WHERE submitter = \(submitter) AND cycle = \(cycle) AND version IS NOT NULL ORDER BY version DESC
      """, "list versions", Self.submission)
  }

  public func submissionVersions(cycle: String, submitter: String, for ask: VersionsAsked) async throws(StoreError)
    -> [SubmissionRecord]
  {
    // As in the SQLite store: one range from the smaller of the posted and the highest valid
    // version, and one index search for the same submissionId.
    try await fetch(
      """
      SELECT \(unescaped: Self.headColumns) FROM submissions
      WHERE submitter = \(submitter) AND cycle = \(cycle) AND version IS NOT NULL AND version >= LEAST(\(ask.version), COALESCE((
        SELECT MAX(version) FROM submissions
        WHERE cycle = \(cycle) AND submitter = \(submitter) AND valid AND version IS NOT NULL), \(ask.version)))
      UNION
      SELECT \(unescaped: Self.headColumns) FROM submissions
      WHERE submitter = \(submitter) AND cycle = \(cycle) AND version IS NOT NULL AND submission_id = \(ask.submissionId)
      ORDER BY version DESC
      """, "list versions", Self.submission)
  }

  public func countingSubmissionHeads(cycle: String) async throws(StoreError) -> [SubmissionRecord] {
    // A skip scan over the submitters with a valid version, then each one's highest (SQLite store).
    try await fetch(
      """
      WITH RECURSIVE submitters(s) AS (
        SELECT (SELECT MIN(submitter) FROM submissions WHERE cycle = \(cycle) AND valid AND version IS NOT NULL)
        UNION ALL
        SELECT (
          SELECT MIN(submitter) FROM submissions
          WHERE cycle = \(cycle) AND valid AND version IS NOT NULL AND submitter > submitters.s)
        FROM submitters WHERE submitters.s IS NOT NULL)
      SELECT \(unescaped: Self.headColumns) FROM submitters JOIN submissions
        ON submitter = submitters.s AND cycle = \(cycle) AND version IS NOT NULL AND version = (
          SELECT MAX(m.version) FROM submissions m
          WHERE m.cycle = \(cycle) AND m.submitter = submitters.s AND m.valid AND m.version IS NOT NULL)
      """, "list counting submissions", Self.submission)
  }

  /// The submission columns with an empty report in place of the stored one.
  static let headColumns = submissionColumns.replacingOccurrences(
    of: "worst_severity, report", with: "worst_severity, ''::bytea AS report")

  static func submission(_ row: PostgresRandomAccessRow) throws -> SubmissionRecord {
    SubmissionRecord(
      id: try row["id"].decode(String.self), submitter: try row["submitter"].decode(String.self),
      level: try row["level"].decode(String.self), cycle: try row["cycle"].decode(String.self),
      version: try row["version"].decode(Int?.self), submissionId: try row["submission_id"].decode(String?.self),
      format: try row["format"].decode(String?.self), contentType: try row["content_type"].decode(String?.self),
      sha256: try row["sha256"].decode(String.self), canonicalSHA256: try row["canonical_sha256"].decode(String?.self),
      size: try row["size"].decode(Int.self), receivedAt: try row["received_at"].decode(String.self),
      submittedAt: try row["submitted_at"].decode(String?.self), valid: try row["valid"].decode(Bool.self),
      worstSeverity: try row["worst_severity"].decode(String?.self), report: try row["report"].decode(Data.self))
  }

  // MARK: Compilations

  public func insertCompilation(_ compilation: CompilationRecord) async throws(StoreError) {
    try await execute(
      """
      INSERT INTO compilations (id, cycle, as_of, compiled_at, created_at, info, document_json, document_xml)
      VALUES (\(compilation.id), \(compilation.cycle), \(compilation.asOf), \(compilation.compiledAt),
        \(compilation.createdAt), \(compilation.info), \(compilation.documentJSON), \(compilation.documentXML))
      """, "insert compilation \(compilation.id)")
  }

  public func compilations(cycle: String) async throws(StoreError) -> [CompilationRecord] {
    try await fetch(
      """
      SELECT id, cycle, as_of, compiled_at, created_at, info
      FROM compilations WHERE cycle = \(cycle) ORDER BY created_at DESC, id DESC
      """, "compilations of \(cycle)"
    ) { row in
      CompilationRecord(
        id: try row["id"].decode(String.self), cycle: try row["cycle"].decode(String.self),
        asOf: try row["as_of"].decode(String.self), compiledAt: try row["compiled_at"].decode(String.self),
        createdAt: try row["created_at"].decode(String.self), info: try row["info"].decode(Data.self),
        documentJSON: Data(), documentXML: Data())
    }
  }

  public func compilation(id: String) async throws(StoreError) -> CompilationRecord? {
    try await fetch(
      """
      SELECT id, cycle, as_of, compiled_at, created_at, info, document_json, document_xml
      FROM compilations WHERE id = \(id)
      """, "compilation \(id)"
    ) { row in
      CompilationRecord(
        id: try row["id"].decode(String.self), cycle: try row["cycle"].decode(String.self),
        asOf: try row["as_of"].decode(String.self), compiledAt: try row["compiled_at"].decode(String.self),
        createdAt: try row["created_at"].decode(String.self), info: try row["info"].decode(Data.self),
        documentJSON: try row["document_json"].decode(Data.self), documentXML: try row["document_xml"].decode(Data.self))
    }.first
  }

  // MARK: Audit

  public func appendAudit(_ event: AuditEvent) async throws(StoreError) {
    try await execute(Self.auditInsert(event), "append audit")
  }

  static func auditInsert(_ event: AuditEvent) -> PostgresQuery {
    """
    INSERT INTO audit (at, token_id, role, submitter, action, target, outcome, status, count)
    VALUES (\(event.at), \(event.tokenId), \(event.role), \(event.submitter), \(event.action), \(event.target),
      \(event.outcome), \(event.status), \(event.count))
    """
  }

  public func audit(since: String?) async throws(StoreError) -> [AuditEvent] {
    try await fetch(
      """
      SELECT at, token_id, role, submitter, action, target, outcome, status, count FROM audit
      WHERE \(since)::text IS NULL OR at >= \(since) ORDER BY at, seq
      """, "read audit"
    ) { row in
      AuditEvent(
        at: try row["at"].decode(String.self), tokenId: try row["token_id"].decode(String?.self),
        role: try row["role"].decode(String?.self), submitter: try row["submitter"].decode(String?.self),
        action: try row["action"].decode(String.self), target: try row["target"].decode(String?.self),
        outcome: try row["outcome"].decode(String.self), status: try row["status"].decode(Int?.self),
        count: try row["count"].decode(Int.self))
    }
  }

  // MARK: Access and errors

  // The query is an autoclosure: interpolating a value that may fail to encode throws, and that
  // error is a store error too.
  /// Every statement and transaction is bounded by `StoreDeadline` (decision 246).
  private func execute(_ query: @autoclosure () throws -> PostgresQuery, _ what: String) async throws(StoreError) {
    do {
      let (query, client, logger) = (try query(), client, logger)
      try await StoreDeadline.bounded(what) { _ = try await client.query(query, logger: logger) }
    } catch {
      throw Self.storeError(error, what)
    }
  }

  private func fetch<T>(
    _ query: @autoclosure () throws -> PostgresQuery, _ what: String, _ map: (PostgresRandomAccessRow) throws -> T
  ) async throws(StoreError) -> [T] {
    do {
      let (query, client, logger) = (try query(), client, logger)
      let rows = try await StoreDeadline.bounded(what) {
        var rows: [PostgresRow] = []
        for try await row in try await client.query(query, logger: logger) { rows.append(row) }
        return rows
      }
      return try rows.map { try map($0.makeRandomAccess()) }
    } catch {
      throw Self.storeError(error, what)
    }
  }

  /// The server's SQLSTATE of a failed statement, also inside a failed transaction.
  static func sqlState(_ error: any Error) -> String? {
    if let error = error as? PostgresTransactionError {
      return (error.closureError ?? error.commitError ?? error.beginError).flatMap(sqlState)
    }
    return (error as? PSQLError)?.serverInfo?[.sqlState]
  }

  /// Every driver error as a `StoreError` (its message for logs only: the SQLSTATE and the
  /// server's message, never the bound values).
  static func storeError(_ error: any Error, _ what: String) -> StoreError {
    if let error = error as? StoreError { return error }
    if let error = error as? PostgresTransactionError {
      if let inner = error.closureError ?? error.commitError ?? error.beginError { return storeError(inner, what) }
      return StoreError(.other, "\(what): transaction failed")
    }
    guard let error = error as? PSQLError else {
      if error is PostgresDecodingError { return StoreError(.corrupt, "\(what): a column did not decode") }
      if error is CancellationError { return StoreError(.unavailable, "\(what): cancelled") }
      // The pool's own error (its module is underscored, so matched by name): no connection
      // could be made for 60 s (its circuit breaker), or the pool is shut down.
      if String(describing: type(of: error)) == "ConnectionPoolError" {
        return StoreError(.unavailable, "\(what): no connection to the server: \(error)")
      }
      return StoreError(.other, "\(what): \(type(of: error))")
    }
    if let state = error.serverInfo?[.sqlState] {
      let kind: StoreError.Kind
      switch state.prefix(2) {
      case "23": kind = .constraint
      case "P0": kind = .constraint  // the append-only trigger's RAISE EXCEPTION
      case "08", "53", "57", "40": kind = .unavailable
      case "XX": kind = .corrupt
      default: kind = .other
      }
      return StoreError(kind, "\(what): PostgreSQL \(state): \(error.serverInfo?[.message] ?? "")")
    }
    switch error.code {
    case .connectionError, .serverClosedConnection, .clientClosedConnection, .poolClosed, .sslUnsupported,
      .failedToAddSSLHandler, .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError, .queryCancelled:
      return StoreError(.unavailable, "\(what): PostgreSQL client: \(error.code)")
    default:
      return StoreError(.other, "\(what): PostgreSQL client: \(error.code)")
    }
  }
}
