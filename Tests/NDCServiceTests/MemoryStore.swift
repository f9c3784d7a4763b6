import Foundation
import NDCStore
import Synchronization

/// A SubmissionStore in memory, for the tests only (never shipped): it follows the protocol's
/// contract (append-only, one row per readable submitter/cycle/version) so the service's tests
/// can run before and beside the real stores.
final class MemoryStore: SubmissionStore {
  let kind = "sqlite"
  struct State {
    var tokens: [(TokenRecord, Data)] = []
    var sessions: [Data: SessionRecord] = [:]
    var submissions: [(SubmissionRecord, Data)] = []
    var compilations: [String: CompilationRecord] = [:]
    var audit: [AuditEvent] = []
  }
  private let state = Mutex(State())
  /// Called with each row as it is about to be stored; a StoreError it returns fails the
  /// insert (nothing stored), as a real store's failing commit would.
  private let beforeInsert: (@Sendable (SubmissionRecord) -> StoreError?)?

  init(beforeInsert: (@Sendable (SubmissionRecord) -> StoreError?)? = nil) { self.beforeInsert = beforeInsert }

  func migrate() async throws(StoreError) {}
  func close() async {}

  func insertToken(_ token: TokenRecord, hash: Data) async throws(StoreError) { state.withLock { $0.tokens.append((token, hash)) } }
  func activeToken(hash: Data) async throws(StoreError) -> TokenRecord? {
    state.withLock { s in s.tokens.first { $0.1 == hash && $0.0.revokedAt == nil }?.0 }
  }
  func tokens() async throws(StoreError) -> [TokenRecord] { state.withLock { $0.tokens.map(\.0) } }
  func revokeToken(id: String, at: String) async throws(StoreError) -> Bool {
    state.withLock { s in
      guard let i = s.tokens.firstIndex(where: { $0.0.id == id && $0.0.revokedAt == nil }) else { return false }
      s.tokens[i].0.revokedAt = at
      s.sessions = s.sessions.filter { $0.value.tokenId != id }
      return true
    }
  }

  func insertSession(_ session: SessionRecord, hash: Data) async throws(StoreError) { state.withLock { $0.sessions[hash] = session } }
  func session(hash: Data) async throws(StoreError) -> SessionRecord? { state.withLock { $0.sessions[hash] } }
  func touchSession(hash: Data, at: String) async throws(StoreError) { state.withLock { $0.sessions[hash]?.lastSeenAt = at } }
  func deleteSession(hash: Data) async throws(StoreError) { _ = state.withLock { $0.sessions.removeValue(forKey: hash) } }

  func insertSubmission(_ row: SubmissionRecord, bytes: Data, audit: AuditEvent?) async throws(StoreError) -> InsertOutcome {
    if let failure = beforeInsert?(row) { throw failure }
    return state.withLock { s in
      if let v = row.version,
        let taken = s.submissions.first(where: { $0.0.submitter == row.submitter && $0.0.cycle == row.cycle && $0.0.version == v })
      {
        return .conflict(taken.0)
      }
      s.submissions.append((row, bytes))
      if let audit { s.audit.append(audit) }
      return .inserted
    }
  }
  /// Stores a row as another service instance on the same store would, at once.
  func storeDirectly(_ row: SubmissionRecord, bytes: Data) { state.withLock { $0.submissions.append((row, bytes)) } }

  func submission(id: String) async throws(StoreError) -> SubmissionRecord? {
    state.withLock { s in s.submissions.first { $0.0.id == id }?.0 }
  }
  func submissionBytes(id: String) async throws(StoreError) -> Data? {
    state.withLock { s in s.submissions.first { $0.0.id == id }?.1 }
  }
  func submissions(cycle: String, submitter: String?) async throws(StoreError) -> [SubmissionRecord] {
    state.withLock { s in
      s.submissions.map(\.0).filter { $0.cycle == cycle && (submitter == nil || $0.submitter == submitter) }
        .sorted { ($0.receivedAt, $0.id) > ($1.receivedAt, $1.id) }
    }
  }

  func submissionVersions(cycle: String, submitter: String) async throws(StoreError) -> [SubmissionRecord] {
    try await submissions(cycle: cycle, submitter: submitter).filter { $0.version != nil }
      .sorted { $0.version! > $1.version! }.map { var r = $0; r.report = Data(); return r }
  }
  func submissionVersions(cycle: String, submitter: String, for ask: VersionsAsked) async throws(StoreError) -> [SubmissionRecord] {
    ask.select(try await submissionVersions(cycle: cycle, submitter: submitter))
  }
  func countingSubmissionHeads(cycle: String) async throws(StoreError) -> [SubmissionRecord] {
    var best: [String: SubmissionRecord] = [:]
    for r in try await submissions(cycle: cycle, submitter: nil) where r.valid && r.version != nil {
      if let b = best[r.submitter], b.version! >= r.version! { continue }
      var lean = r
      lean.report = Data()
      best[r.submitter] = lean
    }
    return Array(best.values)
  }

  func insertCompilation(_ compilation: CompilationRecord) async throws(StoreError) {
    state.withLock { $0.compilations[compilation.id] = compilation }
  }
  func compilation(id: String) async throws(StoreError) -> CompilationRecord? { state.withLock { $0.compilations[id] } }
  func compilations(cycle: String) async throws(StoreError) -> [CompilationRecord] {
    state.withLock { s in
      s.compilations.values.filter { $0.cycle == cycle }.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        .map { var c = $0; c.documentJSON = Data(); c.documentXML = Data(); return c }
    }
  }

  func appendAudit(_ event: AuditEvent) async throws(StoreError) { state.withLock { $0.audit.append(event) } }
  func audit(since: String?) async throws(StoreError) -> [AuditEvent] {
    state.withLock { s in s.audit.filter { since == nil || $0.at >= since! } }
  }
}
