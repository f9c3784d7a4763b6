import Dispatch
import NDCCompile
@testable import NDCCore
import NDCFormats
import NDCStorage
import Testing

/// Checked submissions kept beyond the memory budget go to a temporary file in their models'
/// binary form and come back as the same models; the loader then reads no file.
@Suite struct SpilledSubmissionsTests {
  static let submissions = ["101", "147", "253", "851"].map { T.submission($0) }
  static let records = submissions.enumerated().map { T.input($1).record(position: $0) }

  @Test func keptModelsComeBackFromAnyCore() throws {
    let spill = try SpilledSubmissions()
    let count = 600
    DispatchQueue.concurrentPerform(iterations: count) { i in
      #expect(spill.keep(Self.submissions[i % 4], key: i))
    }
    #expect(spill.stored.models == count)
    let wrong = Slots<Int>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { i in
      wrong[i] = spill.submission(i) == Self.submissions[i % 4] ? 0 : 1
    }
    #expect((0..<count).map { wrong[$0]! }.reduce(0, +) == 0)
    #expect(spill.submission(count) == nil)
    #expect(spill.submission(7) == Self.submissions[3], "read back as often as asked")
  }

  @Test func modelsBeyondTheBudgetAreSpilledAndTheLoaderReadsNoFile() throws {
    let kept = KeptModels(budget: 100, spill: try SpilledSubmissions())
    for (i, s) in Self.submissions.enumerated() {
      #expect(kept.keep(s, position: i, fileBytes: 60))
    }
    let asked = KeptModelsTests.Box()
    let load = kept.store { records in
      asked.positions += records.map(\.position)
      return records.map { _ in nil }
    }.take
    #expect(load(Self.records) == Self.submissions.map { $0 })
    #expect(asked.positions.isEmpty)
    // The one in memory is handed over once and then read again; the spilled stay on disk.
    #expect(load(Self.records) == [nil, Self.submissions[1], Self.submissions[2], Self.submissions[3]])
    #expect(asked.positions == [0])
  }
}
