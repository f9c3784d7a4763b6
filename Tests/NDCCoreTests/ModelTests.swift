@testable import NDCCore
import Testing

/// `Model`: a value built with `with` is the blank with exactly the members set, and equals the
/// one the synthesised memberwise initialiser makes from the same members.
@Suite struct ModelTests {
  @Test func withSetsTheGivenMembersAndLeavesTheOthersBlank() {
    let amount = ExactDecimal("12.5")!
    let built = InventoryEntry.with { $0.gpc = "I.1"; $0.gas = .ch4; $0.amount = amount }
    #expect(built == InventoryEntry(gpc: "I.1", gas: .ch4, amount: amount))
    #expect(built.gpc == "I.1" && built.gas == .ch4 && built.amount == amount)
    #expect(built.notationKey == nil && built.explanation == nil && built.sourceRef == nil)
    #expect(built != InventoryEntry.blank)
    var blank = built
    blank.gpc = ""; blank.gas = InventoryEntry.blank.gas; blank.amount = nil
    #expect(blank == InventoryEntry.blank)
  }

  @Test func aBlankIsTheDefaultsOfItsMembers() {
    #expect(Region.blank.validity == .always && !Region.blank.provisional && Region.blank.code.isEmpty)
    #expect(Region.blank.successor == nil && Municipality.blank.validity == .always)
    #expect(Measure.blank.effects.isEmpty && Measure.blank.status == .planned)
  }
}
