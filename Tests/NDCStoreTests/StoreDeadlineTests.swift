import Foundation
import NDCStore
import Testing

/// Decision 246: a store call that never returns is answered `.unavailable` at its deadline.
@Suite struct StoreDeadlineTests {
  struct Refused: Error, Equatable {}

  /// A call that never returns, cancelled or not (as a driver call was seen to under cut
  /// connections).
  @Sendable static func never() async -> Int {
    await withCheckedContinuation { (_: CheckedContinuation<Int, Never>) in }
  }

  @Test func aCallThatNeverReturnsIsUnavailableAtItsDeadline() async throws {
    let started = ContinuousClock.now
    do {
      _ = try await StoreDeadline.bounded("stuck", limit: .milliseconds(200)) { await Self.never() }
      Issue.record("no answer expected")
    } catch let error as StoreError {
      #expect(error.kind == .unavailable)
      #expect(error.message.hasPrefix("stuck: no answer"))
    }
    // Not before the deadline; how long after it depends on the machine's load (no upper
    // bound: the answer can only have come from the deadline, as the call never returns).
    #expect(ContinuousClock.now - started >= .milliseconds(200))
  }

  @Test func aCallThatEndsGivesItsValueOrItsError() async throws {
    #expect(try await StoreDeadline.bounded("quick", limit: .seconds(3_600)) { 42 } == 42)
    await #expect(throws: Refused.self) { try await StoreDeadline.bounded("refused", limit: .seconds(3_600)) { () async throws -> Int in throw Refused() } }
    // Many at once, each with its own answer.
    let sums = try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<200 { group.addTask { try await StoreDeadline.bounded("n", limit: .seconds(3_600)) { i } } }
      return try await group.reduce(0, +)
    }
    #expect(sums == (0..<200).reduce(0, +))
  }

  /// The answer can only come from the cancellation: the call never returns, and the deadline
  /// is an hour away.
  @Test func aCancelledCallerIsAnsweredWithoutWaitingForTheDeadline() async throws {
    let caller = Task { try await StoreDeadline.bounded("stuck", limit: .seconds(3_600)) { await Self.never() } }
    try await Task.sleep(for: .milliseconds(50))
    caller.cancel()
    await #expect(throws: CancellationError.self) { try await caller.value }
  }
}
