import Foundation
import NDCStore

/// `ndc serve token create|list|revoke`: the store's tokens, managed from the command line.
public enum TokenAdmin {
  public enum Failure: Error, CustomStringConvertible {
    /// A submitter code the reference data does not know on the cycle's reference date or later (exit 2).
    case unknownSubmitter(String)
    case store(StoreError)
    case noSuchToken(String)
    public var description: String {
      switch self {
      case .unknownSubmitter(let code): "unknown submitter code \(code): not a municipality or region of the reference data on the cycle's reference date or later"
      case .store(let e): "the store failed: \(e.message)"
      case .noSuchToken(let id): "no active token \(id)"
      }
    }
  }

  /// Creates a token and returns it (to be printed once); the store keeps its SHA-256 only.
  public static func create(
    store: any SubmissionStore, engine: ServiceEngine, submitter: String?, label: String?
  ) async throws(Failure) -> (token: String, record: TokenRecord) {
    if let submitter, engine.level(ofSubmitter: submitter) == nil { throw .unknownSubmitter(submitter) }
    let token = StoreIDs.secret()
    let record = TokenRecord(
      id: StoreIDs.random(), role: submitter == nil ? .ministry : .submitter, submitter: submitter, label: label,
      createdAt: Timestamps.now())
    do {
      try await store.insertToken(record, hash: TokenHash.of(token))
      try await store.appendAudit(AuditEvent(
        at: record.createdAt, tokenId: nil, role: "cli", submitter: submitter, action: "token.create", target: record.id,
        outcome: "created", status: nil))
    } catch {
      throw .store(error)
    }
    return (token, record)
  }

  /// One line per token: id, role, submitter, label, created, revoked (tab-separated; `-` for none).
  public static func list(store: any SubmissionStore) async throws(Failure) -> String {
    let tokens: [TokenRecord]
    do { tokens = try await store.tokens() } catch { throw .store(error) }
    var out = "id\trole\tsubmitter\tlabel\tcreated\trevoked\n"
    for t in tokens {
      let label = (t.label ?? "-").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
      out += "\(t.id)\t\(t.role.rawValue)\t\(t.submitter ?? "-")\t\(label)\t\(t.createdAt)\t\(t.revokedAt ?? "-")\n"
    }
    return out
  }

  public static func revoke(store: any SubmissionStore, id: String) async throws(Failure) {
    let at = Timestamps.now()
    do {
      guard try await store.revokeToken(id: id, at: at) else { throw Failure.noSuchToken(id) }
      try await store.appendAudit(AuditEvent(
        at: at, tokenId: nil, role: "cli", submitter: nil, action: "token.revoke", target: id, outcome: "revoked", status: nil))
    } catch let e as StoreError {
      throw .store(e)
    } catch let e as Failure {
      throw e
    } catch {
      throw .noSuchToken(id)
    }
  }
}
