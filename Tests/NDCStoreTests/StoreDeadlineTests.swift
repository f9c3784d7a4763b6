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
    let waited = ContinuousClock.now - started
    #expect(waited >= .milliseconds(200) && waited < .seconds(10))
  }

  @Test func aCallThatEndsGivesItsValueOrItsError() async throws {
    #expect(try await StoreDeadline.bounded("quick", limit: .seconds(5)) { 42 } == 42)
    await #expect(throws: Refused.self) { try await StoreDeadline.bounded("refused", limit: .seconds(5)) { () async throws -> Int in throw Refused() } }
    // Many at once, each with its own answer.
    let sums = try await withThrowingTaskGroup(of: Int.self) { group in
      for i in 0..<200 { group.addTask { try await StoreDeadline.bounded("n", limit: .seconds(5)) { i } } }
      return try await group.reduce(0, +)
    }
    #expect(sums == (0..<200).reduce(0, +))
  }

  @Test func aCancelledCallerIsAnsweredAtOnce() async throws {
    let started = ContinuousClock.now
    let caller = Task { try await StoreDeadline.bounded("stuck", limit: .seconds(60)) { await Self.never() } }
    try await Task.sleep(for: .milliseconds(50))
    caller.cancel()
    await #expect(throws: CancellationError.self) { try await caller.value }
    #expect(ContinuousClock.now - started < .seconds(10))
  }
}
