/// A small deterministic generator (SplitMix64) seeded by a submitter code: the same code
/// gives the same fixture content on every run and platform. No clock, no system randomness.
struct FixtureRandom {
  private var state: UInt64

  /// `stream` separates independent sequences for one code (measures, projects, …), so that
  /// adding content to one part does not reshuffle the others.
  init(code: String, stream: UInt64 = 0) {
    state = (UInt64(code) ?? 0) &* 0x9E37_79B9_7F4A_7C15 ^ (stream &* 0xD1B5_4A32_D192_ED03)
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }

  /// True with the given probability in percent.
  mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }

  mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

  /// Fisher–Yates.
  mutating func shuffled<T>(_ items: [T]) -> [T] {
    var result = items
    for i in stride(from: result.count - 1, to: 0, by: -1) { result.swapAt(i, int(0...i)) }
    return result
  }
}
