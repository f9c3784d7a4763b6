import Foundation
import GRDB
import GRDBSQLite
import NDCStore
import Synchronization

/// The store on one SQLite file through GRDB: the embedded default of `ndc serve`.
///
/// A `DatabasePool` in WAL mode (one writer, concurrent readers), `synchronous=FULL` so that a
/// commit is on disk before it returns (it survives a power loss, not only a crash of the
/// process), foreign keys on, and a busy timeout for a second process on the same file (`ndc
/// serve token create` while the service runs). Submissions, their bytes, compilations and the
/// audit log are append-only: triggers raise on UPDATE and DELETE. Every statement is
/// parameterised.
public final class SQLiteStore: SubmissionStore {
  public var kind: String { "sqlite" }
  public let path: String
  private let pool: DatabasePool
  /// Read-only connections for point reads (`readNow`), used only synchronously: a thread that
  /// waits for one waits for another point read to end, never for a suspended task.
  private let pointReader: DatabasePool
  /// The counting versions per cycle, as of a rowid (`countingHeads`).
  private let countingCache = Mutex<[String: CountingCache]>([:])
  /// The submissions waiting for the next commit (`insertSubmission`).
  private let waiting = Mutex(WaitingInserts())

  /// How long a statement waits for another connection's (or process's) write lock.
  public static let busyTimeout: TimeInterval = 10

  /// Opens (creating the file and its folder if absent) the store at `path`. Call `migrate()`
  /// before use.
  public init(path: String) throws(StoreError) {
    self.path = path
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StoreError(.unavailable, "cannot create the folder \(folder.path): \(error.localizedDescription)")
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(Self.busyTimeout)
    configuration.foreignKeysEnabled = true
    configuration.label = "ndc-store"
    // Statement and savepoint journals in memory: a commit of several inserts (one savepoint
    // each) otherwise spilled its journal to a new file in the temporary folder (/var/tmp) and
    // deleted it, on most commits, and could not commit where no temporary folder is writable.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA temp_store = MEMORY") }
    do {
      pool = try DatabasePool(path: path, configuration: configuration)
      // DatabasePool sets WAL and then synchronous=NORMAL on its one writer connection, after
      // `prepareDatabase`; FULL, set here on that connection for its lifetime, makes every commit
      // durable (the WAL is synced before the commit returns).
      try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
      var readOnly = configuration
      readOnly.readonly = true
      readOnly.label = "ndc-store-point-reads"
      readOnly.maximumReaderCount = max(4, 2 * ProcessInfo.processInfo.activeProcessorCount)
      pointReader = try DatabasePool(path: path, configuration: readOnly)
    } catch {
      throw Self.storeError(error, "open \(path)")
    }
  }

  // MARK: Migrations

  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("1-intake") { db in
      for statement in schemaV1 { try db.execute(sql: statement) }
    }
    migrator.registerMigration("2-lookup-indexes") { db in
      for statement in schemaV2 { try db.execute(sql: statement) }
    }
    return migrator
  }()

  /// The first schema. Times are RFC 3339 text (they sort as text); bytes are BLOBs.
  static let schemaV1: [String] = [
    """
    CREATE TABLE tokens (
      id TEXT PRIMARY KEY NOT NULL,
      hash BLOB NOT NULL UNIQUE,
      role TEXT NOT NULL CHECK (role IN ('submitter', 'ministry')),
      submitter TEXT,
      label TEXT,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    )
    """,
    """
    CREATE TABLE sessions (
      hash BLOB PRIMARY KEY NOT NULL,
      token_id TEXT NOT NULL REFERENCES tokens(id),
      csrf TEXT NOT NULL,
      created_at TEXT NOT NULL,
      last_seen_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX sessions_token ON sessions(token_id)",
    """
    CREATE TABLE submissions (
      id TEXT PRIMARY KEY NOT NULL,
      submitter TEXT NOT NULL,
      level TEXT NOT NULL,
      cycle TEXT NOT NULL,
      version INTEGER,
      submission_id TEXT,
      format TEXT,
      content_type TEXT,
      sha256 TEXT NOT NULL,
      canonical_sha256 TEXT,
      size INTEGER NOT NULL,
      received_at TEXT NOT NULL,
      submitted_at TEXT,
      valid INTEGER NOT NULL,
      worst_severity TEXT,
      report BLOB NOT NULL
    )
    """,
    // One row per (submitter, cycle, version) among the readable ones; rows without a version
    // (the submitter could not be read) never conflict.
    """
    CREATE UNIQUE INDEX submissions_version ON submissions(submitter, cycle, version)
      WHERE version IS NOT NULL
    """,
    "CREATE INDEX submissions_cycle ON submissions(cycle, received_at)",
    """
    CREATE TABLE submission_bytes (
      id TEXT PRIMARY KEY NOT NULL REFERENCES submissions(id),
      bytes BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE compilations (
      id TEXT PRIMARY KEY NOT NULL,
      cycle TEXT NOT NULL,
      as_of TEXT NOT NULL,
      compiled_at TEXT NOT NULL,
      created_at TEXT NOT NULL,
      info BLOB NOT NULL,
      document_json BLOB NOT NULL,
      document_xml BLOB NOT NULL
    )
    """,
    """
    CREATE TABLE audit (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      token_id TEXT,
      role TEXT,
      submitter TEXT,
      action TEXT NOT NULL,
      target TEXT,
      outcome TEXT NOT NULL,
      status INTEGER,
      count INTEGER NOT NULL
    )
    """,
    "CREATE INDEX audit_at ON audit(at, seq)",
  ] + appendOnlyTables.flatMap { table in
    ["UPDATE", "DELETE"].map { event in
      """
      CREATE TRIGGER \(table)_no_\(event.lowercased()) BEFORE \(event) ON \(table)
      BEGIN SELECT RAISE(ABORT, 'append-only: \(table) rows are never changed or deleted'); END
      """
    }
  }

  /// The indexes a POST's reads need so that they cost the same however many versions are
  /// stored: the valid readable versions per cycle and submitter (the highest valid version of
  /// one submitter, and each submitter's in turn), and the versions of a submitter by their
  /// submissionId (decision 203).
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

  /// The tables whose rows are never changed or deleted.
  static let appendOnlyTables = ["submissions", "submission_bytes", "compilations", "audit"]

  public func migrate() async throws(StoreError) {
    // Two processes migrating one new file at once: GRDB reads the applied migrations before
    // it takes the write lock, so the later one may fail on a table the earlier one just made.
    // Each migration is one transaction, so a failed attempt leaves nothing; the retry sees
    // the migration applied.
    var attempt = 0
    while true {
      do {
        try Self.migrator.migrate(pool)
        return
      } catch {
        attempt += 1
        if attempt >= 3 { throw Self.storeError(error, "migrate") }
        try? await Task.sleep(for: .milliseconds(50 * attempt))
      }
    }
  }

  public func close() async {
    try? pointReader.close()
    try? pool.close()
  }

  // MARK: Tokens

  public func insertToken(_ token: TokenRecord, hash: Data) async throws(StoreError) {
    try await write("insert token") { db in
      try Self.execute(
        db,
        sql: """
          INSERT INTO tokens (id, hash, role, submitter, label, created_at, revoked_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [token.id, hash, token.role.rawValue, token.submitter, token.label, token.createdAt, token.revokedAt]
      )
    }
  }

  static let tokenColumns = "id, role, submitter, label, created_at, revoked_at"

  public func activeToken(hash: Data) async throws(StoreError) -> TokenRecord? {
    try readNow("token by hash", oneStatement: true) { db in
      try Self.fetchOne(
        db, sql: "SELECT \(Self.tokenColumns) FROM tokens WHERE hash = ? AND revoked_at IS NULL", arguments: [hash]
      ).map(Self.token)
    }
  }

  public func tokens() async throws(StoreError) -> [TokenRecord] {
    try await read("list tokens") { db in
      try Self.fetchAll(db, sql: "SELECT \(Self.tokenColumns) FROM tokens ORDER BY created_at, id").map(Self.token)
    }
  }

  public func revokeToken(id: String, at: String) async throws(StoreError) -> Bool {
    try await write("revoke token") { db in
      try Self.execute(db, sql: "UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", arguments: [at, id])
      guard db.changesCount > 0 else { return false }
      try Self.execute(db, sql: "DELETE FROM sessions WHERE token_id = ?", arguments: [id])
      return true
    }
  }

  static func token(_ row: Row) throws -> TokenRecord {
    let role: String = row["role"]
    guard let parsed = TokenRole(rawValue: role) else { throw StoreError(.corrupt, "unknown token role \(role)") }
    return TokenRecord(
      id: row["id"], role: parsed, submitter: row["submitter"], label: row["label"], createdAt: row["created_at"],
      revokedAt: row["revoked_at"])
  }

  // MARK: Sessions

  public func insertSession(_ session: SessionRecord, hash: Data) async throws(StoreError) {
    try await write("insert session") { db in
      try Self.execute(
        db,
        sql: "INSERT INTO sessions (hash, token_id, csrf, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
        arguments: [hash, session.tokenId, session.csrf, session.createdAt, session.lastSeenAt]
      )
    }
  }

  public func session(hash: Data) async throws(StoreError) -> SessionRecord? {
    try readNow("session by hash") { db in
      try Self.fetchOne(
        db,
        sql: """
          SELECT s.token_id, s.csrf, s.created_at, s.last_seen_at FROM sessions s
          JOIN tokens t ON t.id = s.token_id
          WHERE s.hash = ? AND t.revoked_at IS NULL
          """,
        arguments: [hash]
      ).map { row in
        SessionRecord(
          tokenId: row["token_id"], csrf: row["csrf"], createdAt: row["created_at"], lastSeenAt: row["last_seen_at"])
      }
    }
  }

  public func touchSession(hash: Data, at: String) async throws(StoreError) {
    try await write("touch session") { db in
      try Self.execute(db, sql: "UPDATE sessions SET last_seen_at = ? WHERE hash = ?", arguments: [at, hash])
    }
  }

  public func deleteSession(hash: Data) async throws(StoreError) {
    try await write("delete session") { db in
      try Self.execute(db, sql: "DELETE FROM sessions WHERE hash = ?", arguments: [hash])
    }
  }

  // MARK: Submissions

  static let submissionColumns = """
    id, submitter, level, cycle, version, submission_id, format, content_type, sha256, canonical_sha256, size, \
    received_at, submitted_at, valid, worst_severity, report
    """

  /// Joins the next commit (group commit, decision 209): the first insert to arrive while none
  /// is scheduled schedules one write on the writer's queue; that write takes every insert
  /// waiting when it starts, each in a savepoint of one transaction, and answers them all after
  /// the one commit — which `synchronous=FULL` has synced. So no insert is answered before it
  /// is durable, and a commit that fails answers every insert of it with the error (nothing of
  /// any of them stored). One insert's own failure rolls back its savepoint only.
  public func insertSubmission(_ row: SubmissionRecord, bytes: Data, audit: AuditEvent?) async throws(StoreError)
    -> InsertOutcome
  {
    do {
      return try await withCheckedThrowingContinuation { (answer: CheckedContinuation<InsertOutcome, any Error>) in
        let schedule = waiting.withLock { w -> Bool in
          w.inserts.append(WaitingInsert(row: row, bytes: bytes, audit: audit, answer: answer))
          defer { w.scheduled = true }
          return !w.scheduled
        }
        if schedule { pool.asyncWriteWithoutTransaction { [self] db in commitWaiting(db) } }
      }
    } catch {
      throw Self.storeError(error, "insert submission \(row.id)")
    }
  }

  private struct WaitingInsert: Sendable {
    var row: SubmissionRecord
    var bytes: Data
    var audit: AuditEvent?
    var answer: CheckedContinuation<InsertOutcome, any Error>
  }

  private struct WaitingInserts: Sendable {
    var inserts: [WaitingInsert] = []
    var scheduled = false
    var commits = 0
    var committed = 0
  }

  /// How many submissions the last commits held, for the tests: `(commits, inserts)`.
  package var groupCommits: (commits: Int, inserts: Int) { waiting.withLock { ($0.commits, $0.committed) } }

  private func commitWaiting(_ db: Database) {
    let batch = waiting.withLock { w -> [WaitingInsert] in
      defer {
        w.inserts = []
        w.scheduled = false
      }
      return w.inserts
    }
    guard !batch.isEmpty else { return }
    var outcomes: [Result<InsertOutcome, any Error>] = []
    do {
      try db.inTransaction(.immediate) {
        for item in batch {
          var outcome = InsertOutcome.inserted
          do {
            try db.inSavepoint {
              outcome = try Self.insert(db, item.row, bytes: item.bytes, audit: item.audit)
              return outcome == .inserted ? .commit : .rollback
            }
            outcomes.append(.success(outcome))
          } catch {
            outcomes.append(.failure(error))
          }
        }
        return .commit
      }
    } catch {
      for item in batch { item.answer.resume(throwing: error) }
      return
    }
    waiting.withLock {
      $0.commits += 1
      $0.committed += batch.count
    }
    for (item, outcome) in zip(batch, outcomes) { item.answer.resume(with: outcome) }
  }

  private static func insert(_ db: Database, _ row: SubmissionRecord, bytes: Data, audit: AuditEvent?) throws -> InsertOutcome {
    do {
      try Self.execute(
        db,
        sql: "INSERT INTO submissions (\(Self.submissionColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        arguments: [
          row.id, row.submitter, row.level, row.cycle, row.version, row.submissionId, row.format, row.contentType,
          row.sha256, row.canonicalSHA256, row.size, row.receivedAt, row.submittedAt, row.valid, row.worstSeverity,
          row.report,
        ]
      )
    } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
      // The constraint decides; the stored row is read in the same transaction. Another unique
      // violation (the id) has no such row and is a constraint error.
      if let version = row.version,
        let stored = try Self.fetchOne(
          db,
          sql: "SELECT \(Self.submissionColumns) FROM submissions WHERE submitter = ? AND cycle = ? AND version = ?",
          arguments: [row.submitter, row.cycle, version])
      {
        return InsertOutcome.conflict(Self.submission(stored))
      }
      throw error
    }
    try Self.execute(db, sql: "INSERT INTO submission_bytes (id, bytes) VALUES (?, ?)", arguments: [row.id, bytes])
    if let audit { try Self.insertAudit(db, audit) }
    return InsertOutcome.inserted
  }

  public func submission(id: String) async throws(StoreError) -> SubmissionRecord? {
    try readNow("submission \(id)") { db in
      try Self.fetchOne(db, sql: "SELECT \(Self.submissionColumns) FROM submissions WHERE id = ?", arguments: [id])
        .map(Self.submission)
    }
  }

  public func submissionBytes(id: String) async throws(StoreError) -> Data? {
    try await read("bytes of \(id)") { db in
      try Self.fetchData(db, sql: "SELECT bytes FROM submission_bytes WHERE id = ?", arguments: [id])
    }
  }

  public func submissions(cycle: String, submitter: String?) async throws(StoreError) -> [SubmissionRecord] {
    try await read("list submissions") { db in
      try Self.fetchAll(
        db,
        sql: """
          SELECT \(Self.submissionColumns) FROM submissions
          WHERE cycle = ? AND (? IS NULL OR submitter = ?)
          ORDER BY received_at DESC, id
          """,
        arguments: [cycle, submitter, submitter]
      ).map(Self.submission)
    }
  }

  public func submissionVersions(cycle: String, submitter: String) async throws(StoreError) -> [SubmissionRecord] {
    try await read("list versions") { db in
      try Self.fetchAll(
        db,
        sql: """
          SELECT \(Self.headColumns) FROM submissions
          WHERE submitter = ? AND cycle = ? AND version IS NOT NULL ORDER BY version DESC
          """,
        arguments: [submitter, cycle]
      ).map(Self.submission)
    }
  }

  public func submissionVersions(cycle: String, submitter: String, for ask: VersionsAsked) async throws(StoreError)
    -> [SubmissionRecord]
  {
    try await read("list versions") { db in try Self.versions(db, cycle: cycle, submitter: submitter, for: ask) }
  }

  public func countingSubmissionHeads(cycle: String) async throws(StoreError) -> [SubmissionRecord] {
    try await read("list counting submissions") { db in
      try Self.fetchAll(db, sql: Self.countingHeadsSQL, arguments: [cycle]).map(Self.submission)
    }
  }

  /// Both in one read transaction: one snapshot, one trip to a reader connection. The counting
  /// versions come from `countingCache`, brought up to the snapshot.
  public func postReads(cycle: String, submitter: String, for ask: VersionsAsked) async throws(StoreError) -> PostReads {
    try readNow("read for a submission") { db in
      PostReads(
        mine: try Self.versions(db, cycle: cycle, submitter: submitter, for: ask),
        counting: try countingHeads(db, cycle: cycle))
    }
  }

  /// The counting versions of a cycle (id and submitter), as `countingVersionsSQL` reads them, but
  /// without a search per submitter on every POST (decision 210). The submissions table is
  /// append-only (triggers refuse UPDATE and DELETE) and SQLite's one writer gives each new row
  /// a rowid above every committed one, so the rows of a snapshot beyond the highest rowid the
  /// cache has seen are exactly the ones stored since: the cache takes those (a POST's one or
  /// two), keeping per submitter its highest valid version. The first read of a cycle fills it
  /// by `countingVersionsSQL`. Another process writing the same file is seen the same way.
  private func countingHeads(_ db: Database, cycle: String) throws -> [CountingHead] {
    let top = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(rowid) FROM submissions")) ?? 0
    var entry = countingCache.withLock { $0[cycle] }
    if let known = entry, known.through < top {
      let rows = try Self.fetchAll(db, sql: Self.countingSinceSQL, arguments: [known.through, top, cycle])
      var heads = known.heads
      for row in rows {
        let (id, submitter, version): (String, String, Int) = (row[0], row[1], row[2])
        if let head = heads[submitter], head.version >= version { continue }
        heads[submitter] = (version, id)
      }
      entry = CountingCache(through: top, heads: heads)
    } else if entry == nil {
      var heads: [String: (version: Int, id: String)] = [:]
      for row in try Self.fetchAll(db, sql: Self.countingVersionsSQL, arguments: [cycle]) {
        heads[row[1]] = (row[2], row[0])
      }
      entry = CountingCache(through: top, heads: heads)
    }
    guard let entry else { return [] }
    countingCache.withLock { table in
      if (table[cycle]?.through ?? -1) < entry.through { table[cycle] = entry }
    }
    return entry.heads.sorted { $0.key < $1.key }.map { CountingHead(id: $0.value.id, submitter: $0.key) }
  }

  /// The valid versions of a cycle stored after one rowid up to another, by the rowid range
  /// alone (`NOT INDEXED`: an index on the cycle would visit every valid version of it).
  /// Arguments: after, through, cycle.
  package static let countingSinceSQL = """
    SELECT id, submitter, version FROM submissions NOT INDEXED
    WHERE rowid > ? AND rowid <= ? AND cycle = ? AND valid AND version IS NOT NULL ORDER BY rowid
    """

  private struct CountingCache: Sendable {
    /// The highest rowid the heads have seen.
    var through: Int64
    /// Per submitter, its highest valid version and that row's id.
    var heads: [String: (version: Int, id: String)]
  }

  private static func versions(_ db: Database, cycle: String, submitter: String, for ask: VersionsAsked) throws
    -> [SubmissionRecord]
  {
    // `version >= posted OR version >= highest valid` is one range from the smaller of the two;
    // the same submissionId is a second index search (schemaV2), so no row outside the answer
    // is read.
    try fetchAll(db, sql: versionsAskedSQL, arguments: [cycle, submitter, ask.version, ask.submissionId]).map(submission)
  }

  /// Arguments: cycle, submitter, posted version, its submissionId.
  package static let versionsAskedSQL = """
    SELECT \(headColumns) FROM submissions
    WHERE submitter = ?2 AND cycle = ?1 AND version IS NOT NULL AND version >= MIN(?3, COALESCE((
      SELECT MAX(version) FROM submissions WHERE cycle = ?1 AND submitter = ?2 AND valid AND version IS NOT NULL), ?3))
    UNION
    SELECT \(headColumns) FROM submissions
    WHERE submitter = ?2 AND cycle = ?1 AND version IS NOT NULL AND submission_id = ?4
    ORDER BY version DESC
    """

  /// How many steps SQLite's virtual machine takes to run `sql` (it grows with the rows and
  /// index entries visited): for the test that a POST's reads do not grow with the history.
  package func steps(_ sql: String, arguments: StatementArguments) async throws(StoreError) -> Int {
    try await read("count steps") { db in
      let statement = try db.makeStatement(sql: sql)
      _ = try Row.fetchAll(statement, arguments: arguments)
      return Int(sqlite3_stmt_status(statement.sqliteStatement, SQLITE_STMTSTATUS_VM_STEP, 0))
    }
  }

  /// The counting versions' `columns`: the submitters with a valid version, one index step
  /// each (a skip scan), then each one's highest valid version — as many index searches as
  /// submitters, however many rows. One argument: the cycle.
  package static let countingHeadsSQL = countingSQL(columns: headColumns)
  package static let countingVersionsSQL = countingSQL(columns: "id, submitter, version")

  private static func countingSQL(columns: String) -> String {
    """
    WITH RECURSIVE submitters(s) AS (
      SELECT (SELECT MIN(submitter) FROM submissions WHERE cycle = ?1 AND valid AND version IS NOT NULL)
      UNION ALL
      SELECT (
        SELECT MIN(submitter) FROM submissions
        WHERE cycle = ?1 AND valid AND version IS NOT NULL AND submitter > s)
      FROM submitters WHERE s IS NOT NULL)
    SELECT \(columns) FROM submitters JOIN submissions
      ON submitter = s AND cycle = ?1 AND version IS NOT NULL AND version = (
        SELECT MAX(version) FROM submissions WHERE cycle = ?1 AND submitter = s AND valid AND version IS NOT NULL)
    """
  }

  /// The submission columns with an empty report in place of the stored one.
  static let headColumns = submissionColumns.replacingOccurrences(
    of: "worst_severity, report", with: "worst_severity, X'' AS report")

  /// A row selected with `submissionColumns` (or `headColumns`), read by position: by name,
  /// GRDB folds the case of every column name on every read, which was a quarter of a POST's
  /// CPU time when a submitter has hundreds of versions (`scripts/bench/service.py`).
  static func submission(_ row: Row) -> SubmissionRecord {
    SubmissionRecord(
      id: row[0], submitter: row[1], level: row[2], cycle: row[3], version: row[4], submissionId: row[5], format: row[6],
      contentType: row[7], sha256: row[8], canonicalSHA256: row[9], size: row[10], receivedAt: row[11],
      submittedAt: row[12], valid: row[13], worstSeverity: row[14], report: row[15])
  }

  // MARK: Compilations

  public func insertCompilation(_ compilation: CompilationRecord) async throws(StoreError) {
    try await write("insert compilation \(compilation.id)") { db in
      try Self.execute(
        db,
        sql: """
          INSERT INTO compilations (id, cycle, as_of, compiled_at, created_at, info, document_json, document_xml)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          compilation.id, compilation.cycle, compilation.asOf, compilation.compiledAt, compilation.createdAt,
          compilation.info, compilation.documentJSON, compilation.documentXML,
        ]
      )
    }
  }

  public func compilations(cycle: String) async throws(StoreError) -> [CompilationRecord] {
    try await read("compilations of \(cycle)") { db in
      try Self.fetchAll(
        db,
        sql: """
          SELECT id, cycle, as_of, compiled_at, created_at, info
          FROM compilations WHERE cycle = ? ORDER BY created_at DESC, id DESC
          """,
        arguments: [cycle]
      ).map { row in
        CompilationRecord(
          id: row["id"], cycle: row["cycle"], asOf: row["as_of"], compiledAt: row["compiled_at"],
          createdAt: row["created_at"], info: row["info"], documentJSON: Data(), documentXML: Data())
      }
    }
  }

  public func compilation(id: String) async throws(StoreError) -> CompilationRecord? {
    try await read("compilation \(id)") { db in
      try Self.fetchOne(
        db,
        sql: """
          SELECT id, cycle, as_of, compiled_at, created_at, info, document_json, document_xml
          FROM compilations WHERE id = ?
          """,
        arguments: [id]
      ).map { row in
        CompilationRecord(
          id: row["id"], cycle: row["cycle"], asOf: row["as_of"], compiledAt: row["compiled_at"],
          createdAt: row["created_at"], info: row["info"], documentJSON: row["document_json"],
          documentXML: row["document_xml"])
      }
    }
  }

  // MARK: Audit

  public func appendAudit(_ event: AuditEvent) async throws(StoreError) {
    try await write("append audit") { db in try Self.insertAudit(db, event) }
  }

  private static func insertAudit(_ db: Database, _ event: AuditEvent) throws {
    try execute(
      db,
      sql: """
        INSERT INTO audit (at, token_id, role, submitter, action, target, outcome, status, count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        event.at, event.tokenId, event.role, event.submitter, event.action, event.target, event.outcome, event.status,
        event.count,
      ]
    )
  }

  public func audit(since: String?) async throws(StoreError) -> [AuditEvent] {
    try await read("read audit") { db in
      try Self.fetchAll(
        db,
        sql: """
          SELECT at, token_id, role, submitter, action, target, outcome, status, count FROM audit
          WHERE ? IS NULL OR at >= ? ORDER BY at, seq
          """,
        arguments: [since, since]
      ).map { row in
        AuditEvent(
          at: row["at"], tokenId: row["token_id"], role: row["role"], submitter: row["submitter"],
          action: row["action"], target: row["target"], outcome: row["outcome"], status: row["status"],
          count: row["count"])
      }
    }
  }

  /// The writer connection's `PRAGMA synchronous` (2: FULL), for the tests.
  package func synchronousSetting() async throws(StoreError) -> Int? {
    try await write("read synchronous") { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
  }

  /// The writer connection's `PRAGMA temp_store` (2: MEMORY), for the tests.
  package func tempStoreSetting() async throws(StoreError) -> Int? {
    try await write("read temp_store") { db in try Int.fetchOne(db, sql: "PRAGMA temp_store") }
  }

  // MARK: Access and errors

  private func write<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T)
    async throws(StoreError) -> T
  {
    do { return try await pool.write(body) } catch { throw Self.storeError(error, what) }
  }

  private func read<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T)
    async throws(StoreError) -> T
  {
    do { return try await pool.read(body) } catch { throw Self.storeError(error, what) }
  }

  /// A point read (a few rows by index) on the calling thread, without the trip to a reader
  /// connection's queue and back that `read` takes: on two cores those two thread switches cost
  /// more than the read (decision 209). Only for reads bounded by an index lookup (a token, a
  /// session, one row, a POST's reads): they take microseconds and, in WAL mode, never wait for
  /// the writer. They have connections of their own (`pointReader`): were they to share the
  /// pool's, every cooperative thread could block waiting for a connection held by an async
  /// read that needs one of those threads to finish — a deadlock (seen under load). A read
  /// that can be long (lists, bytes, documents) takes `read`.
  ///
  /// `oneStatement`: the read is one statement, which SQLite runs in a read transaction of its
  /// own, so it is not wrapped in another (a BEGIN and a COMMIT fewer).
  private func readNow<T>(_ what: String, oneStatement: Bool = false, _ body: (Database) throws -> T) throws(StoreError) -> T {
    do { return try oneStatement ? pointReader.unsafeRead(body) : pointReader.read(body) } catch { throw Self.storeError(error, what) }
  }

  /// Every driver error as a `StoreError` (its message for logs only).
  // Statements prepared once per connection and kept (GRDB's statement cache): preparing one
  // runs GRDB's authorizer over every column it reads, which was a tenth of a POST's CPU time
  // (`perf` during `scripts/bench/service.py`). Every statement here is a constant text with
  // `?` arguments, so the cache holds a few dozen.

  private static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments())
    throws -> [Row]
  {
    try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments)
  }

  private static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments())
    throws -> Row?
  {
    try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
  }

  private static func fetchData(_ db: Database, sql: String, arguments: StatementArguments) throws -> Data? {
    try Data.fetchOne(db.cachedStatement(sql: sql), arguments: arguments)
  }

  private static func execute(_ db: Database, sql: String, arguments: StatementArguments) throws {
    try db.cachedStatement(sql: sql).execute(arguments: arguments)
  }

  static func storeError(_ error: any Error, _ what: String) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else {
      return StoreError(.other, "\(what): \(error)")
    }
    let kind: StoreError.Kind
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_FULL, .SQLITE_READONLY,
      .SQLITE_PERM, .SQLITE_NOMEM, .SQLITE_INTERRUPT:
      kind = .unavailable
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      kind = .corrupt
    case .SQLITE_CONSTRAINT:
      kind = .constraint
    default:
      kind = .other
    }
    return StoreError(kind, "\(what): SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "")")
  }
}
