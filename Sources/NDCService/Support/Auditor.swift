import Foundation
import Logging
import NDCStore
import Synchronization

/// Writes the audit log: every state change at once (before the response), every refusal too,
/// except that repeats of one refusal (same token or client address, action and status) within
/// a window are counted and written later as one event with the count, so that a flood of bad
/// requests cannot flood the store.
public final class Auditor: Sendable {
  let store: any SubmissionStore
  let window: Double
  let logger: Logger
  private let pending = Mutex<[Key: Pending]>([:])

  struct Key: Hashable { var who: String; var action: String; var status: Int }
  struct Pending { var first: Double; var event: AuditEvent; var repeats: Int }

  public init(store: any SubmissionStore, window: Double = 60, logger: Logger) {
    self.store = store; self.window = window; self.logger = logger
  }

  /// A state change (or any event that must not wait): written now.
  public func record(_ event: AuditEvent) async {
    do {
      try await store.appendAudit(event)
    } catch {
      logger.error("audit event not written", metadata: ["action": "\(event.action)", "error": "\(error.description)"])
    }
  }

  /// A refusal: the first of its kind in the window is written now, repeats are counted.
  /// `who` is the token id, or the client address when there is none.
  public func refusal(_ event: AuditEvent, who: String) async {
    let now = Date().timeIntervalSinceReferenceDate
    let key = Key(who: who, action: event.action, status: event.status ?? 0)
    let first = pending.withLock { table -> Bool in
      if var p = table[key], now - p.first < window {
        p.repeats += 1
        table[key] = p
        return false
      }
      table[key] = Pending(first: now, event: event, repeats: 0)
      return true
    }
    if first { await record(event) }
    await flush(olderThan: window)
  }

  /// Writes one event per refusal repeated in a window that has ended (all when `olderThan` is 0).
  public func flush(olderThan age: Double) async {
    let now = Date().timeIntervalSinceReferenceDate
    let due = pending.withLock { table -> [AuditEvent] in
      var due: [AuditEvent] = []
      for (key, p) in table where now - p.first >= age {
        if p.repeats > 0 {
          var e = p.event
          e.at = Timestamps.now()
          e.count = p.repeats
          e.outcome = "refused (repeated)"
          due.append(e)
        }
        table[key] = nil
      }
      return due
    }
    for event in due { await record(event) }
  }
}
