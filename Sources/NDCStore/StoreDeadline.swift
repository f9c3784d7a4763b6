import Synchronization

/// A bound on how long one store call may take (decision 246). A call that has not finished
/// by then is answered `StoreError(.unavailable)` — a 503 with `Retry-After` — and left to
/// end on its own. Under PostgreSQL connections cut mid-statement, a call of the driver was
/// seen never to return: its request was never answered, and the service then did not stop
/// on SIGTERM, which waits for requests in flight.
///
/// Answering before the call has ended keeps the guarantees: a submission whose insert timed
/// out was not acknowledged, its transaction is wholly committed or not at all, and the
/// client's retry of the same bytes gets 200 if it was committed, 201 or 422 if not.
public enum StoreDeadline {
  /// Longer than any statement of the stores takes, shorter than the pool's 60 s circuit
  /// breaker (decision 149).
  public static let standard: Duration = .seconds(30)

  /// `body`'s result, or `StoreError(.unavailable)` once `limit` has passed without one.
  public static func bounded<T: Sendable>(
    _ what: String, limit: Duration = standard, _ body: @escaping @Sendable () async throws -> T
  ) async throws -> T {
    let race = Race<T>()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { (answer: CheckedContinuation<T, any Error>) in
        race.start(answer)
        race.tasks(
          work: Task {
            let result: Result<T, any Error>
            do { result = .success(try await body()) } catch { result = .failure(error) }
            race.finish(result, cancellingWork: false)
          },
          timer: Task {
            guard (try? await Task.sleep(for: limit)) != nil else { return }
            race.finish(.failure(StoreError(.unavailable, "\(what): no answer from the store within \(limit)")), cancellingWork: true)
          })
      }
    } onCancel: {
      race.finish(.failure(CancellationError()), cancellingWork: true)
    }
  }

  /// Whichever of the call, the timer and a cancellation ends first answers; the others find
  /// it answered. The timer is stopped when the call ends; the call is asked to stop (it may
  /// not) when the timer or a cancellation ends first.
  private final class Race<T: Sendable>: Sendable {
    private struct State {
      var answer: CheckedContinuation<T, any Error>?
      var early: Result<T, any Error>?
      var work: Task<Void, Never>?
      var timer: Task<Void, Never>?
      var cancelWork = false
      var done = false
    }
    private let state = Mutex(State())

    func start(_ answer: CheckedContinuation<T, any Error>) {
      let early = state.withLock { s -> Result<T, any Error>? in
        if s.done { return s.early }
        s.answer = answer
        return nil
      }
      if let early { answer.resume(with: early) }
    }

    func tasks(work: Task<Void, Never>, timer: Task<Void, Never>) {
      let (done, cancelWork) = state.withLock { s -> (Bool, Bool) in
        if !s.done { (s.work, s.timer) = (work, timer) }
        return (s.done, s.cancelWork)
      }
      guard done else { return }
      timer.cancel()
      if cancelWork { work.cancel() }
    }

    func finish(_ result: Result<T, any Error>, cancellingWork: Bool) {
      let (answer, work, timer) = state.withLock { s -> (CheckedContinuation<T, any Error>?, Task<Void, Never>?, Task<Void, Never>?) in
        guard !s.done else { return (nil, nil, nil) }
        s.done = true
        s.cancelWork = cancellingWork
        if s.answer == nil { s.early = result }
        defer { (s.answer, s.work, s.timer) = (nil, nil, nil) }
        return (s.answer, s.work, s.timer)
      }
      timer?.cancel()
      if cancellingWork { work?.cancel() }
      answer?.resume(with: result)
    }
  }
}
