import Synchronization
import Testing

@testable import NDCService

/// The per-submitter lock of a POST: one holder per key, the others in arrival order; a free
/// key is taken without suspending.
@Suite("keyed lock") struct KeyedLockTests {
  final class Log: Sendable {
    let entries = Mutex<[String]>([])
    func add(_ s: String) { entries.withLock { $0.append(s) } }
  }

  final class Counter: Sendable {
    private let value = Mutex(0)
    func get() -> Int { value.withLock { $0 } }
    func set(_ n: Int) { value.withLock { $0 = n } }
  }

  /// 40 tasks on one key each read a shared value, suspend, and write it plus one: without
  /// the lock updates are lost.
  @Test func oneHolderPerKey() async throws {
    let lock = KeyedLock()
    let value = Counter()
    try await withThrowingTaskGroup(of: Void.self) { group in
      for _ in 0..<40 {
        group.addTask {
          try await lock.withLock("0101") {
            let seen = value.get()
            try await Task.sleep(for: .milliseconds(1))
            value.set(seen + 1)
          }
        }
      }
      try await group.waitForAll()
    }
    #expect(value.get() == 40)
  }

  /// Another key is not held up by a held one, and waiters get the key in arrival order.
  @Test func otherKeysRunAndWaitersQueueInOrder() async throws {
    let lock = KeyedLock()
    let log = Log()
    let (held, release) = AsyncStream<Void>.makeStream()
    let holder = Task {
      try await lock.withLock("0101") {
        log.add("hold")
        for await _ in held { break }
        log.add("let go")
      }
    }
    while !log.entries.withLock({ $0.contains("hold") }) { await Task.yield() }
    try await lock.withLock("0202") { log.add("other key") }
    var waiters: [Task<Void, any Error>] = []
    for n in 1...3 {
      waiters.append(Task { try await lock.withLock("0101") { log.add("waiter \(n)") } })
      // Each one queued before the next starts.
      try await Task.sleep(for: .milliseconds(20))
    }
    release.yield()
    try await holder.value
    for w in waiters { try await w.value }
    #expect(log.entries.withLock { $0 } == ["hold", "other key", "let go", "waiter 1", "waiter 2", "waiter 3"])
  }
}
