import Dispatch
import NDCStorage
import Testing

/// The slots the workers fill: each read as often as asked, or handed over once.
@Suite struct SlotsTests {
  @Test func aValueIsHandedOverOnceAndReadAsOftenAsAsked() {
    let slots = Slots<String>(count: 64)
    DispatchQueue.concurrentPerform(iterations: 64) { i in slots[i] = "v\(i)" }
    #expect(slots[3] == "v3" && slots[3] == "v3", "read, still there")
    #expect(slots.take(3) == "v3")
    #expect(slots.take(3) == nil, "handed over: the slot is empty")
    #expect(slots[3] == nil)
    #expect(slots.take(4) == "v4")
    #expect(slots[5] == "v5", "the others stay")
  }
}
