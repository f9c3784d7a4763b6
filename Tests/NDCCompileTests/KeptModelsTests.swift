import NDCCompile
@testable import NDCCore
import Testing

/// The first pass's models are kept within a budget of file bytes and handed over once; the
/// loader reads again only the inputs whose models were not kept.
@Suite struct KeptModelsTests {
  static let submissions = ["101", "147", "253"].map { T.submission($0) }
  static let records = submissions.enumerated().map { T.input($1).record(position: $0) }

  @Test func modelsAreKeptWhileTheirFilesFitTheBudget() {
    let kept = KeptModels(budget: 100)
    #expect(kept.keep(Self.submissions[0], position: 0, fileBytes: 60))
    #expect(kept.keep(Self.submissions[1], position: 1, fileBytes: 40))  // exactly the budget
    #expect(!kept.keep(Self.submissions[2], position: 2, fileBytes: 1))  // one byte over
    #expect(kept.take(0) == Self.submissions[0])
    #expect(kept.take(2) == nil)
  }

  /// What the memory plan leaves after every input's record: the largest budget up to about
  /// 10 000 inputs, less as inputs grow, never below the smallest.
  @Test func theBudgetShrinksAsInputsGrowBetweenItsBounds() {
    #expect(KeptModels.budget(inputs: 0) == 256 << 20)
    #expect(KeptModels.budget(inputs: 2_000) == 256 << 20)
    #expect(KeptModels.budget(inputs: 10_000) == 256 << 20)
    #expect(KeptModels.budget(inputs: 50_000) == (384 << 20) - 50_000 * (3 << 10))
    #expect(KeptModels.budget(inputs: 50_000) < 256 << 20)
    #expect(KeptModels.budget(inputs: 50_000) > 96 << 20)
    #expect(KeptModels.budget(inputs: 100_000) == 96 << 20)
    #expect(KeptModels.budget(inputs: 1_000_000) == 96 << 20)
    let sizes = stride(from: 0, through: 200_000, by: 5_000).map { KeptModels.budget(inputs: $0) }
    #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $0 >= $1 })
  }

  @Test func aModelIsHandedOverOnce() {
    let kept = KeptModels()
    kept.keep(Self.submissions[0], position: 0, fileBytes: 10)
    #expect(kept.take(0) == Self.submissions[0])
    #expect(kept.take(0) == nil)
  }

  @Test func theLoaderReadsAgainOnlyWhatWasNotKeptInTheRecordsOrder() {
    let kept = KeptModels()
    kept.keep(Self.submissions[1], position: 1, fileBytes: 10)
    let asked = Box()
    let store = kept.store { records in
      asked.positions += records.map(\.position)
      return records.map { Self.submissions[$0.position] }
    }
    let load = store.take
    // Peeked at, the kept one stays kept.
    #expect(store.peek([Self.records[1]]) == [Self.submissions[1]])
    #expect(asked.positions.isEmpty)
    #expect(load(Self.records) == Self.submissions)
    #expect(asked.positions == [0, 2])
    // Taken once: asked again, the kept one is read as well.
    #expect(load([Self.records[1]]) == [Self.submissions[1]])
    #expect(asked.positions == [0, 2, 1])
  }

  final class Box: @unchecked Sendable { var positions: [Int] = [] }
}
