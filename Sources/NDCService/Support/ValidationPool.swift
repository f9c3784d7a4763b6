import Foundation
import Synchronization

/// A bounded pool for CPU work (validation, compilation): `workers` threads of its own (never
/// an event loop nor Swift's cooperative pool) take jobs in arrival order; at most
/// `queueLimit` more wait. Beyond that `submit` refuses at once (the route answers 503 with
/// Retry-After) instead of holding unbounded memory.
public final class ValidationPool: Sendable {
  public let workers: Int
  public let queueLimit: Int
  private let state = Mutex(State())
  private let ready = DispatchSemaphore(value: 0)

  struct State {
    /// The jobs from `head` on wait; a job's slot is emptied when a worker takes it, so that
    /// what it holds (a request's body, up to 16 MiB) is freed when it ends, not when the
    /// list is next compacted (decision 253).
    var jobs: [(@Sendable () -> Void)?] = []
    var head = 0
    var running = 0
    var stopped = false
  }

  public struct Full: Error {}

  public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount, queue: Int = 64) {
    self.workers = max(1, workers)
    self.queueLimit = max(64, queue)
    for n in 0..<self.workers {
      let thread = Thread { [self] in self.work() }
      thread.name = "ndc-validate-\(n)"
      thread.start()
    }
  }

  /// Jobs running or waiting.
  public var load: Int { state.withLock { $0.jobs.count - $0.head + $0.running } }

  /// Runs `job` on a worker; throws `Full` when `workers + queueLimit` jobs are admitted.
  public func submit<T: Sendable>(_ job: @escaping @Sendable () -> T) async throws -> T {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
      let admitted = state.withLock { s -> Bool in
        guard !s.stopped, s.jobs.count - s.head + s.running < workers + queueLimit else { return false }
        s.jobs.append { continuation.resume(returning: job()) }
        return true
      }
      if admitted { ready.signal() } else { continuation.resume(throwing: Full()) }
    }
  }

  /// Lets the workers end once the queue is empty.
  public func stop() {
    state.withLock { $0.stopped = true }
    for _ in 0..<workers { ready.signal() }
  }

  private func work() {
    while true {
      ready.wait()
      let job = state.withLock { s -> (@Sendable () -> Void)? in
        guard s.head < s.jobs.count else { return nil }
        let job = s.jobs[s.head]
        s.jobs[s.head] = nil
        s.head += 1
        if s.head > 256, s.head * 2 > s.jobs.count {
          s.jobs.removeFirst(s.head)
          s.head = 0
        }
        s.running += 1
        return job
      }
      guard let job else {
        if state.withLock({ $0.stopped }) { return }
        continue
      }
      job()
      state.withLock { $0.running -= 1 }
    }
  }
}
