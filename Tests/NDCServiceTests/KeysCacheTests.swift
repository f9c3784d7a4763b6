import NDCCheck
@testable import NDCCore
import NDCFormats
import Testing

@testable import NDCService

/// The service's cache of stored submissions' set keys: bounded, keeping what is asked for.
@Suite("keys cache") struct KeysCacheTests {
  func keys(_ id: String) -> StoredKeys {
    StoredKeys(keys: SetKeys(index: 0, path: "submissions/\(id)", header: SubmissionHeader()), canonical: nil)
  }

  @Test("a key asked for between newer ones stays; one nobody asks for leaves; the size stays bounded")
  func keepsWhatIsAskedFor() {
    let cache = KeysCache(limit: 4)
    cache.put("hot", keys("hot"))
    cache.put("cold", keys("cold"))
    var most = 0
    for i in 0..<40 {
      cache.put("new\(i)", keys("new\(i)"))
      // Every other POST asks for another submitter's counting version.
      if i.isMultiple(of: 2) { #expect(cache.get("hot")?.keys.path == "submissions/hot", "put \(i)") }
      most = max(most, cache.count)
    }
    #expect(cache.get("cold") == nil)
    #expect(cache.get("new39") != nil)
    #expect(most <= 2 * cache.limit)
  }

  @Test("a key is found after limit newer ones, gone after 2 × limit unless asked for, and removed at once")
  func generations() {
    let cache = KeysCache(limit: 3)
    cache.put("a", keys("a"))
    for i in 0..<2 { cache.put("n\(i)", keys("n\(i)")) }
    #expect(cache.get("a") != nil, "still young")
    cache.remove("a")
    #expect(cache.get("a") == nil)
    cache.put("b", keys("b"))
    for i in 0..<3 { cache.put("m\(i)", keys("m\(i)")) }
    #expect(cache.get("b") != nil, "in the old generation, brought back")
    for i in 0..<6 { cache.put("k\(i)", keys("k\(i)")) }
    #expect(cache.get("m0") == nil, "not asked for: gone after 2 × limit newer keys")
  }
}
