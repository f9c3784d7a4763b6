import Foundation
import NDCStore
import Testing

/// The store contract: every case runs against both stores (`SQLiteStoreContractTests`,
/// `PostgresStoreContractTests`), each case on a new empty database.
enum StoreContract: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case tokens, duplicateTokenHash, sessions, submissionRoundTrip, largeAndEmptyBytes, listOrder, versionConflict
  case nilVersionNeverConflicts, concurrentConflictingInserts, duplicateID, compilations, audit, appendOnly
  case migrateTwice, concurrentMigrations, reopened, versionsAndCounting, countingFollowsEveryWrite

  var testDescription: String { rawValue }

  func run(_ kind: StoreKind) async throws {
    switch self {
    case .concurrentMigrations:
      try await withStore(kind, migrated: false) { try await Self.concurrentMigrations($0) }
    default:
      try await withStore(kind) { h in
        switch self {
        case .tokens: try await Self.tokens(h.store)
        case .duplicateTokenHash: try await Self.duplicateTokenHash(h.store)
        case .sessions: try await Self.sessions(h.store)
        case .submissionRoundTrip: try await Self.submissionRoundTrip(h.store)
        case .largeAndEmptyBytes: try await Self.largeAndEmptyBytes(h.store)
        case .listOrder: try await Self.listOrder(h.store)
        case .versionConflict: try await Self.versionConflict(h.store)
        case .nilVersionNeverConflicts: try await Self.nilVersionNeverConflicts(h.store)
        case .concurrentConflictingInserts: try await Self.concurrentConflictingInserts(h)
        case .duplicateID: try await Self.duplicateID(h.store)
        case .compilations: try await Self.compilations(h.store)
        case .audit: try await Self.audit(h.store)
        case .appendOnly: try await Self.appendOnly(h)
        case .migrateTwice: try await Self.migrateTwice(h.store)
        case .reopened: try await Self.reopened(h)
        case .versionsAndCounting: try await Self.versionsAndCounting(h.store)
        case .countingFollowsEveryWrite: try await Self.countingFollowsEveryWrite(h)
        case .concurrentMigrations: break
        }
      }
    }
  }

  // MARK: Records

  static func time(_ second: Int, _ millis: Int = 0) -> String {
    "2026-12-05T12:00:\(second < 10 ? "0" : "")\(second).\(String(format: "%03d", millis))Z"
  }

  static func hash(_ text: String) -> Data { Data(text.utf8) + Data(repeating: 0, count: 32 - text.utf8.count) }

  static func token(_ id: String, submitter: String?, at: String) -> TokenRecord {
    TokenRecord(
      id: id, role: submitter == nil ? .ministry : .submitter, submitter: submitter, label: "label of \(id)",
      createdAt: at)
  }

  static func submission(
    _ id: String, submitter: String = "0101", cycle: String = "NDC2025", version: Int? = 1, at: String = time(1)
  ) -> SubmissionRecord {
    SubmissionRecord(
      id: id, submitter: submitter, level: "municipality", cycle: cycle, version: version,
      submissionId: version == nil ? nil : "\(submitter)-v\(version!)", format: version == nil ? nil : "xml",
      contentType: "application/xml", sha256: String(repeating: "ab", count: 32),
      canonicalSHA256: version == nil ? nil : String(repeating: "cd", count: 32), size: 42, receivedAt: at,
      submittedAt: version == nil ? nil : "2026-11-30T10:00:00Z", valid: version != nil,
      worstSeverity: version == nil ? "BLOCKER" : nil, report: Data(#"{"path":"submissions/\#(id)","valid":true}"#.utf8))
  }

  /// Bytes that are not UTF-8 (and hold NUL), as a hostile or binary body would.
  static let binary = Data([0x3C, 0x00, 0xFF, 0xFE, 0xC3, 0x28, 0x80, 0x0A, 0x0D, 0x00])

  // MARK: Cases

  static func tokens(_ store: any SubmissionStore) async throws {
    let a = token("t-a", submitter: "0101", at: time(1))
    let b = token("t-b", submitter: nil, at: time(2))
    try await store.insertToken(b, hash: hash("b"))
    try await store.insertToken(a, hash: hash("a"))
    #expect(try await store.activeToken(hash: hash("a")) == a)
    #expect(try await store.activeToken(hash: hash("b")) == b)
    #expect(try await store.activeToken(hash: hash("c")) == nil)
    #expect(try await store.tokens() == [a, b], "listed in the order they were created")

    #expect(try await store.revokeToken(id: "t-a", at: time(3)) == true)
    #expect(try await store.revokeToken(id: "t-a", at: time(4)) == false, "already revoked")
    #expect(try await store.revokeToken(id: "t-none", at: time(4)) == false, "no such token")
    #expect(try await store.activeToken(hash: hash("a")) == nil, "a revoked token is not active")
    #expect(try await store.activeToken(hash: hash("b")) == b, "the other token stays active")
    var revoked = a
    revoked.revokedAt = time(3)
    #expect(try await store.tokens() == [revoked, b], "the list keeps revoked tokens, with the time of revocation")
  }

  static func duplicateTokenHash(_ store: any SubmissionStore) async throws {
    try await store.insertToken(token("t-a", submitter: "0101", at: time(1)), hash: hash("a"))
    let error = await #expect(throws: StoreError.self) {
      try await store.insertToken(token("t-b", submitter: "0202", at: time(2)), hash: hash("a"))
    }
    #expect(error?.kind == .constraint)
    try await store.insertToken(token("t-c", submitter: "0202", at: time(2)), hash: hash("c"))
    #expect(try await store.tokens().map(\.id) == ["t-a", "t-c"])
  }

  static func sessions(_ store: any SubmissionStore) async throws {
    try await store.insertToken(token("t-a", submitter: "0101", at: time(1)), hash: hash("a"))
    try await store.insertToken(token("t-b", submitter: "0202", at: time(1)), hash: hash("b"))
    let s1 = SessionRecord(tokenId: "t-a", csrf: "csrf-1", createdAt: time(2), lastSeenAt: time(2))
    let s2 = SessionRecord(tokenId: "t-a", csrf: "csrf-2", createdAt: time(3), lastSeenAt: time(3))
    let s3 = SessionRecord(tokenId: "t-b", csrf: "csrf-3", createdAt: time(3), lastSeenAt: time(3))
    try await store.insertSession(s1, hash: hash("s1"))
    try await store.insertSession(s2, hash: hash("s2"))
    try await store.insertSession(s3, hash: hash("s3"))
    #expect(try await store.session(hash: hash("s1")) == s1)
    #expect(try await store.session(hash: hash("sx")) == nil)

    try await store.touchSession(hash: hash("s1"), at: time(9))
    var touched = s1
    touched.lastSeenAt = time(9)
    #expect(try await store.session(hash: hash("s1")) == touched)

    try await store.deleteSession(hash: hash("s1"))
    #expect(try await store.session(hash: hash("s1")) == nil, "ended by deletion")
    #expect(try await store.session(hash: hash("s2")) == s2, "the token's other session goes on")

    #expect(try await store.revokeToken(id: "t-a", at: time(10)))
    #expect(try await store.session(hash: hash("s2")) == nil, "ended by the token's revocation")
    #expect(try await store.session(hash: hash("s3")) == s3, "another token's session goes on")
  }

  static func submissionRoundTrip(_ store: any SubmissionStore) async throws {
    let row = submission("s-1")
    #expect(try await store.insertSubmission(row, bytes: binary) == .inserted)
    #expect(try await store.submission(id: "s-1") == row)
    #expect(try await store.submissionBytes(id: "s-1") == binary)
    #expect(try await store.submission(id: "s-2") == nil)
    #expect(try await store.submissionBytes(id: "s-2") == nil)

    let unreadable = submission("s-u", version: nil, at: time(2))
    #expect(try await store.insertSubmission(unreadable, bytes: Data("not a document".utf8)) == .inserted)
    #expect(try await store.submission(id: "s-u") == unreadable, "nil fields come back nil")
  }

  static func largeAndEmptyBytes(_ store: any SubmissionStore) async throws {
    var generator = SystemRandomNumberGenerator()
    var large = Data(count: 16 * 1024 * 1024)
    large.withUnsafeMutableBytes { raw in
      for i in 0..<(raw.count / 8) { raw.storeBytes(of: generator.next(), toByteOffset: i * 8, as: UInt64.self) }
    }
    #expect(try await store.insertSubmission(submission("s-large"), bytes: large) == .inserted)
    #expect(try await store.submissionBytes(id: "s-large") == large, "16 MiB come back byte for byte")
    #expect(try await store.insertSubmission(submission("s-empty", version: 2), bytes: Data()) == .inserted)
    #expect(try await store.submissionBytes(id: "s-empty") == Data(), "empty bytes are not missing bytes")
  }

  static func listOrder(_ store: any SubmissionStore) async throws {
    let rows = [
      submission("s-b", submitter: "0101", version: 1, at: time(1)),
      submission("s-d", submitter: "0202", version: 1, at: time(3)),
      submission("s-c", submitter: "0101", version: 2, at: time(3)),
      submission("s-a", submitter: "0101", version: 3, at: time(5)),
      submission("s-e", submitter: "0101", cycle: "NDC2030", version: 1, at: time(9)),
    ]
    for row in rows { #expect(try await store.insertSubmission(row, bytes: binary) == .inserted) }
    #expect(
      try await store.submissions(cycle: "NDC2025", submitter: nil).map(\.id) == ["s-a", "s-c", "s-d", "s-b"],
      "newest received first, ties by id, other cycles left out")
    #expect(try await store.submissions(cycle: "NDC2025", submitter: "0101").map(\.id) == ["s-a", "s-c", "s-b"])
    #expect(try await store.submissions(cycle: "NDC2025", submitter: "0202") == [rows[1]])
    #expect(try await store.submissions(cycle: "NDC2025", submitter: "0303") == [])
    #expect(try await store.submissions(cycle: "NDC2030", submitter: nil).map(\.id) == ["s-e"])
  }

  /// The two lean reads of every POST: one submitter's readable versions, and per submitter
  /// the counting one (the highest valid version, older when the newest is invalid); both
  /// without the report.
  static func versionsAndCounting(_ store: any SubmissionStore) async throws {
    var invalid = submission("s-a3", submitter: "0101", version: 3, at: time(5))
    invalid.valid = false
    invalid.worstSeverity = "ERROR"
    let rows = [
      submission("s-a1", submitter: "0101", version: 1, at: time(1)),
      submission("s-a2", submitter: "0101", version: 2, at: time(3)),
      invalid,
      submission("s-au", submitter: "0101", version: nil, at: time(6)),
      submission("s-b1", submitter: "0202", version: 1, at: time(2)),
      submission("s-b2", submitter: "0202", version: 2, at: time(4)),
      submission("s-c1", submitter: "0303", cycle: "NDC2030", version: 1, at: time(9)),
    ]
    for row in rows { #expect(try await store.insertSubmission(row, bytes: binary) == .inserted) }
    func lean(_ r: SubmissionRecord) -> SubmissionRecord { var r = r; r.report = Data(); return r }

    let versions = try await store.submissionVersions(cycle: "NDC2025", submitter: "0101")
    #expect(versions == [rows[2], rows[1], rows[0]].map(lean), "readable versions only, highest first, no report")
    #expect(try await store.submissionVersions(cycle: "NDC2030", submitter: "0101") == [])

    let counting = try await store.countingSubmissionHeads(cycle: "NDC2025").sorted { $0.id < $1.id }
    #expect(counting == [rows[1], rows[5]].map(lean), "0101: version 2, as version 3 is invalid; 0202: version 2")
    #expect(try await store.countingSubmissionHeads(cycle: "NDC2030").map(\.id) == ["s-c1"])
    #expect(try await store.countingSubmissionHeads(cycle: "NDC2040") == [])

    // The newest valid again: it counts, the fallback no longer.
    #expect(try await store.insertSubmission(submission("s-a4", submitter: "0101", version: 4, at: time(7)), bytes: binary) == .inserted)
    #expect(try await store.countingSubmissionHeads(cycle: "NDC2025").map(\.id).sorted() == ["s-a4", "s-b2"])

    // What a POST reads, in SQL, against its definition over all versions: 0101 has valid 1, 2,
    // 4 and invalid 3 (submissionIds 0101-vN); 0202 valid 1, 2.
    let asks: [(String, VersionsAsked, [String])] = [
      ("0101", VersionsAsked(version: 5, submissionId: "new"), ["s-a4"]),
      ("0101", VersionsAsked(version: 5, submissionId: "0101-v1"), ["s-a4", "s-a1"]),
      ("0101", VersionsAsked(version: 3, submissionId: nil), ["s-a4", "s-a3"]),
      ("0101", VersionsAsked(version: 1, submissionId: "0101-v3"), ["s-a4", "s-a3", "s-a2", "s-a1"]),
      ("0202", VersionsAsked(version: 9, submissionId: nil), ["s-b2"]),
      ("0303", VersionsAsked(version: 1, submissionId: nil), []),
    ]
    for (submitter, ask, ids) in asks {
      let read = try await store.submissionVersions(cycle: "NDC2025", submitter: submitter, for: ask)
      #expect(read.map(\.id) == ids, "\(submitter) \(ask)")
      #expect(read == ask.select(try await store.submissionVersions(cycle: "NDC2025", submitter: submitter)))
      let both = try await store.postReads(cycle: "NDC2025", submitter: submitter, for: ask)
      #expect(both.mine == read)
      #expect(both.counting.map(\.id).sorted() == ["s-a4", "s-b2"])
      #expect(
        both.counting.sorted { $0.id < $1.id }
          == (try await store.countingSubmissionHeads(cycle: "NDC2025")).map { CountingHead(id: $0.id, submitter: $0.submitter) }
          .sorted { $0.id < $1.id })
    }
  }

  /// A POST's counting versions after every write, by this instance or another on the same
  /// database, are those `countingSubmissionHeads` reads (the SQLite store keeps them from one
  /// POST to the next and takes only the rows stored since, decision 210).
  static func countingFollowsEveryWrite(_ h: StoreHarness) async throws {
    let other = try h.open()
    try await other.migrate()
    func heads(_ cycle: String) async throws -> [CountingHead] {
      try await h.store.countingSubmissionHeads(cycle: cycle).map { CountingHead(id: $0.id, submitter: $0.submitter) }
        .sorted { $0.id < $1.id }
    }
    // Per step: writer, submitter, cycle, version (nil: unreadable), valid.
    let steps: [(Int, String, String, Int?, Bool)] = [
      (0, "0101", "NDC2025", 1, true), (1, "0202", "NDC2025", 1, true), (0, "0101", "NDC2025", 2, false),
      (1, "0101", "NDC2025", 3, true), (0, "0101", "NDC2030", 1, true), (1, "0202", "NDC2025", nil, false),
      (0, "0303", "NDC2025", 5, true), (1, "0303", "NDC2025", 2, true), (0, "0101", "NDC2025", 4, false),
      (1, "0202", "NDC2025", 9, true), (0, "0101", "NDC2025", 5, true),
    ]
    var checked = 0
    for (n, (writer, submitter, cycle, version, valid)) in steps.enumerated() {
      var row = submission("s-\(n)", submitter: submitter, cycle: cycle, version: version, at: time(n))
      row.valid = valid
      #expect(try await [h.store, other][writer].insertSubmission(row, bytes: binary) == .inserted)
      for asked in ["NDC2025", "NDC2030"] {
        let read = try await h.store.postReads(cycle: asked, submitter: "0101", for: VersionsAsked(version: 99, submissionId: nil))
        #expect(read.counting.sorted { $0.id < $1.id } == (try await heads(asked)), "after step \(n), \(asked)")
        checked += 1
      }
    }
    #expect(try await heads("NDC2025").map(\.id) == ["s-10", "s-6", "s-9"], "0101 v5, 0303 v5 (not the later v2), 0202 v9")
    #expect(checked == 22)
    await other.close()
  }

  static func versionConflict(_ store: any SubmissionStore) async throws {
    func event(_ id: String) -> AuditEvent {
      AuditEvent(
        at: time(1), tokenId: "t-a", role: "submitter", submitter: "0101", action: "submission.create",
        target: "submissions/\(id)", outcome: "created", status: 201)
    }
    let first = submission("s-1", version: 1)
    #expect(try await store.insertSubmission(first, bytes: Data("first".utf8), audit: event("s-1")) == .inserted)
    let again = submission("s-2", version: 1, at: time(7))
    #expect(try await store.insertSubmission(again, bytes: Data("second".utf8), audit: event("s-2")) == .conflict(first))
    #expect(try await store.audit(since: nil) == [event("s-1")], "the stored row's event with it; none for the conflict")
    #expect(try await store.submission(id: "s-2") == nil, "the conflicting row is not stored")
    #expect(try await store.submissionBytes(id: "s-2") == nil, "nor its bytes")
    #expect(try await store.submissionBytes(id: "s-1") == Data("first".utf8))

    #expect(try await store.insertSubmission(submission("s-3", version: 2), bytes: binary) == .inserted)
    #expect(try await store.insertSubmission(submission("s-4", submitter: "0202"), bytes: binary) == .inserted)
    #expect(try await store.insertSubmission(submission("s-5", cycle: "NDC2030"), bytes: binary) == .inserted)
    #expect(try await store.submissions(cycle: "NDC2025", submitter: "0101").map(\.id).sorted() == ["s-1", "s-3"])
  }

  static func nilVersionNeverConflicts(_ store: any SubmissionStore) async throws {
    for id in ["s-1", "s-2", "s-3"] {
      #expect(try await store.insertSubmission(submission(id, version: nil), bytes: binary) == .inserted)
    }
    #expect(try await store.insertSubmission(submission("s-4", version: 1), bytes: binary) == .inserted)
    #expect(try await store.submissions(cycle: "NDC2025", submitter: "0101").count == 4)
  }

  /// 16 tasks, on two store instances (two services on one database), insert the same version.
  static func concurrentConflictingInserts(_ h: StoreHarness) async throws {
    let second = try h.open()
    try await second.migrate()
    let stores = [h.store, second]
    let outcomes = try await withThrowingTaskGroup(of: (String, InsertOutcome).self) { group in
      for i in 0..<16 {
        let store = stores[i % 2]
        group.addTask {
          let id = "s-\(i)"
          return (id, try await store.insertSubmission(submission(id, version: 7, at: time(i)), bytes: Data(id.utf8)))
        }
      }
      var all: [(String, InsertOutcome)] = []
      for try await outcome in group { all.append(outcome) }
      return all
    }
    await second.close()
    let inserted = outcomes.filter { $0.1 == .inserted }.map(\.0)
    try #require(inserted.count == 1, "exactly one insert wins: \(inserted)")
    let stored = try #require(try await h.store.submission(id: inserted[0]))
    #expect(outcomes.filter { $0.1 == .conflict(stored) }.count == 15, "every other one sees the stored row")
    #expect(try await h.store.submissions(cycle: "NDC2025", submitter: nil) == [stored])
    #expect(try await h.store.submissionBytes(id: inserted[0]) == Data(inserted[0].utf8))
  }

  static func duplicateID(_ store: any SubmissionStore) async throws {
    #expect(try await store.insertSubmission(submission("s-1", version: 1), bytes: binary) == .inserted)
    let error = await #expect(throws: StoreError.self, "the same id again is an error, not a conflict") {
      _ = try await store.insertSubmission(submission("s-1", version: 2), bytes: binary)
    }
    #expect(error?.kind == .constraint)
    #expect(try await store.submission(id: "s-1")?.version == 1)
  }

  static func compilations(_ store: any SubmissionStore) async throws {
    let compilation = CompilationRecord(
      id: "c-1", cycle: "NDC2025", asOf: "2026-12-01", compiledAt: "2026-11-30T10:00:00Z", createdAt: time(4),
      info: Data(#"{"id":"c-1"}"#.utf8), documentJSON: Data("{}".utf8) + binary, documentXML: Data("<a/>".utf8))
    try await store.insertCompilation(compilation)
    #expect(try await store.compilation(id: "c-1") == compilation)
    #expect(try await store.compilation(id: "c-2") == nil)
  }

  static func audit(_ store: any SubmissionStore) async throws {
    let events = [
      AuditEvent(
        at: time(1), tokenId: "t-a", role: "submitter", submitter: "0101", action: "submission.create",
        target: "submissions/s-1", outcome: "accepted", status: 201),
      AuditEvent(
        at: time(3), tokenId: nil, role: nil, submitter: nil, action: "refused", target: "/v1/submissions",
        outcome: "refused", status: 401, count: 12),
      AuditEvent(
        at: time(2), tokenId: "t-m", role: "ministry", submitter: nil, action: "compilation.create",
        target: "compilations/c-1", outcome: "accepted", status: nil),
      AuditEvent(
        at: time(2), tokenId: "t-m", role: "ministry", submitter: nil, action: "token.revoke", target: "t-a",
        outcome: "accepted", status: 200),
    ]
    for event in events { try await store.appendAudit(event) }
    #expect(try await store.audit(since: nil) == [events[0], events[2], events[3], events[1]], "by time, then as appended")
    #expect(try await store.audit(since: time(2)) == [events[2], events[3], events[1]], "at or after since")
    #expect(try await store.audit(since: time(2, 1)) == [events[1]])
    #expect(try await store.audit(since: time(59)) == [])
  }

  static func appendOnly(_ h: StoreHarness) async throws {
    let store = h.store
    try await store.insertToken(token("t-a", submitter: "0101", at: time(1)), hash: hash("a"))
    #expect(try await store.insertSubmission(submission("s-1"), bytes: binary) == .inserted)
    try await store.insertCompilation(
      CompilationRecord(
        id: "c-1", cycle: "NDC2025", asOf: "2026-12-01", compiledAt: time(1), createdAt: time(1), info: Data(),
        documentJSON: Data(), documentXML: Data()))
    try await store.appendAudit(
      AuditEvent(
        at: time(1), tokenId: "t-a", role: "submitter", submitter: "0101", action: "submission.create", target: nil,
        outcome: "accepted", status: 201))

    let refused = [
      "UPDATE submissions SET valid = NOT valid",
      "UPDATE submissions SET version = 9",
      "DELETE FROM submissions",
      "UPDATE submission_bytes SET bytes = report FROM submissions",
      "DELETE FROM submission_bytes",
      "UPDATE compilations SET cycle = 'x'",
      "DELETE FROM compilations",
      "UPDATE audit SET outcome = 'x'",
      "DELETE FROM audit",
    ]
    for sql in refused {
      await #expect(throws: (any Error).self, "refused: \(sql)") { try await h.raw(sql) }
    }
    #expect(try await store.submission(id: "s-1") == submission("s-1"), "the row is unchanged")
    #expect(try await store.submissionBytes(id: "s-1") == binary)
    #expect(try await store.audit(since: nil).count == 1)
    #expect(try await store.compilation(id: "c-1")?.cycle == "NDC2025")

    // The other way: raw SQL does reach the database, and tables that are not append-only change.
    try await h.raw("UPDATE tokens SET label = 'changed'")
    #expect(try await store.tokens().first?.label == "changed")
  }

  static func migrateTwice(_ store: any SubmissionStore) async throws {
    try await store.insertToken(token("t-a", submitter: "0101", at: time(1)), hash: hash("a"))
    #expect(try await store.insertSubmission(submission("s-1"), bytes: binary) == .inserted)
    try await store.migrate()
    try await store.migrate()
    #expect(try await store.tokens().map(\.id) == ["t-a"])
    #expect(try await store.submissionBytes(id: "s-1") == binary)
    #expect(try await store.insertSubmission(submission("s-2"), bytes: binary) == .conflict(submission("s-1")))
  }

  /// Two instances starting at once on a new database both migrate it, and it works.
  static func concurrentMigrations(_ h: StoreHarness) async throws {
    let second = try h.open()
    async let a: Void = h.store.migrate()
    async let b: Void = second.migrate()
    _ = try await (a, b)
    await second.close()
    #expect(try await h.store.insertSubmission(submission("s-1"), bytes: binary) == .inserted)
    #expect(try await h.store.submissions(cycle: "NDC2025", submitter: nil).count == 1)
  }

  /// Everything written is seen by a store opened afterwards (the service restarted).
  static func reopened(_ h: StoreHarness) async throws {
    let store = h.store
    let t = token("t-a", submitter: "0101", at: time(1))
    let session = SessionRecord(tokenId: "t-a", csrf: "c", createdAt: time(2), lastSeenAt: time(2))
    let compilation = CompilationRecord(
      id: "c-1", cycle: "NDC2025", asOf: "2026-12-01", compiledAt: time(1), createdAt: time(3), info: Data("i".utf8),
      documentJSON: Data("j".utf8), documentXML: Data("x".utf8))
    let event = AuditEvent(
      at: time(4), tokenId: "t-a", role: "submitter", submitter: "0101", action: "submission.create",
      target: "submissions/s-1", outcome: "accepted", status: 201)
    try await store.insertToken(t, hash: hash("a"))
    try await store.insertSession(session, hash: hash("s"))
    #expect(try await store.insertSubmission(submission("s-1"), bytes: binary) == .inserted)
    try await store.insertCompilation(compilation)
    try await store.appendAudit(event)
    await store.close()

    let reopened = try h.open()
    try await reopened.migrate()
    #expect(try await reopened.activeToken(hash: hash("a")) == t)
    #expect(try await reopened.session(hash: hash("s")) == session)
    #expect(try await reopened.submission(id: "s-1") == submission("s-1"))
    #expect(try await reopened.submissionBytes(id: "s-1") == binary)
    #expect(try await reopened.compilation(id: "c-1") == compilation)
    #expect(try await reopened.audit(since: nil) == [event])
    await reopened.close()
  }
}

extension SubmissionStore {
  /// A submission without its audit event: the contract cases that are about the rows.
  func insertSubmission(_ row: SubmissionRecord, bytes: Data) async throws(StoreError) -> InsertOutcome {
    try await insertSubmission(row, bytes: bytes, audit: nil)
  }
}

@Suite struct SQLiteStoreContractTests {
  @Test(arguments: StoreContract.allCases)
  func contract(_ contract: StoreContract) async throws { try await contract.run(.sqlite) }
}

// Skipped, visibly, when NDC_TEST_DATABASE_URL is not set (a developer's machine without a
// PostgreSQL server). CI always sets it: `.ci/run` starts a throw-away cluster
// (scripts/ci/postgres.sh).
@Suite(.enabled(if: StoreKind.postgresURL != nil, "NDC_TEST_DATABASE_URL is not set: no PostgreSQL server to test"))
struct PostgresStoreContractTests {
  @Test(arguments: StoreContract.allCases)
  func contract(_ contract: StoreContract) async throws { try await contract.run(.postgresql) }
}
