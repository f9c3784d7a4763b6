import Foundation
@testable import NDCCore
import NDCFormats
import Testing

/// The binary form compile keeps checked models in (made and read by the field lists) gives
/// back the same model, and damaged bytes give nil, never a crash or another model.
@Suite struct ModelBinaryTests {
  static func roundTrip(_ model: Submission) -> Submission? {
    SubmissionCoding.decode(binary: SubmissionCoding.binary(model))
  }

  static func model(_ name: String) throws -> Submission {
    try #require(try DKFixturesTests.read(name).submission, "\(name)")
  }

  /// A fixture's model with its lists emptied: a record small enough to damage at every byte.
  static func small() throws -> Submission {
    var s = try model(DKFixturesTests.files[0])
    (s.dataSources, s.targets, s.measures, s.renewables, s.lowlandSoils, s.barriers, s.engagement) = ([], [], [], [], [], [], [])
    s.inventory = nil
    s.adaptation = nil
    s.plan.title = "Klimaplan ÆØÅ \u{1F30D}"
    return s
  }

  @Test func everyDKFixtureRoundTrips() throws {
    try #require(DKFixturesTests.files.count == 103)
    for name in DKFixturesTests.files {
      let model = try Self.model(name)
      #expect(Self.roundTrip(model) == model, "\(name)")
    }
  }

  /// Absent and present optionals, empty lists, and text of every length of encoded character
  /// and longer than a one-byte length.
  @Test func optionalsEmptyListsAndLongTextRoundTrip() throws {
    var s = try Self.small()
    #expect(Self.roundTrip(s) == s)
    s.contact.phone = nil
    s.plan.adoptedOn = nil
    s.plan.url = nil
    #expect(Self.roundTrip(s) == s)
    s.contact.phone = "+45 " + String(repeating: "9", count: 300)
    s.plan.adoptedBy = "Byrådet i Æbeltoft \u{1F30D}€"
    s.inventory = try Self.model(DKFixturesTests.files[0]).inventory
    #expect(s.inventory != nil)
    #expect(Self.roundTrip(s) == s)
  }

  /// Text that is not UTF-8 gives nil (not a repaired string).
  @Test func textThatIsNotUTF8IsRefused() throws {
    let s = try Self.small()
    let bytes = SubmissionCoding.binary(s)
    let title = Array(s.plan.title.utf8)
    let at = try #require(bytes.indices.first { Array(bytes[$0..<min($0 + title.count, bytes.count)]) == title })
    let ae = at + title.firstIndex(of: 0xC3)!
    #expect(SubmissionCoding.decode(binary: bytes) == s)
    // A lead byte without its continuation, a continuation without its lead, a byte UTF-8
    // never uses.
    for (offset, byte) in [(1, UInt8(ascii: "x")), (0, 0x86), (0, 0xFF)] {
      var damaged = bytes
      damaged[ae + offset] = byte
      #expect(SubmissionCoding.decode(binary: damaged) == nil, "byte \(ae + offset) = \(byte)")
    }
    // The same change kept valid UTF-8 is read (as other text).
    var valid = bytes
    valid[ae + 1] = 0x98  // Æ → Ø
    #expect(SubmissionCoding.decode(binary: valid)?.plan.title == "Klimaplan ØØÅ \u{1F30D}")
  }

  @Test func aTruncatedOrExtendedRecordIsRefused() throws {
    let bytes = SubmissionCoding.binary(try Self.small())
    for n in 0..<bytes.count { #expect(SubmissionCoding.decode(binary: Array(bytes[..<n])) == nil, "\(n) bytes") }
    #expect(SubmissionCoding.decode(binary: bytes + [0]) == nil)
    #expect(SubmissionCoding.decode(binary: []) == nil)
  }

  /// Every byte changed to values that matter to the form (a flag's 0 and 1, a tag, a varint's
  /// continuation, a byte UTF-8 never uses): nothing crashes, and most changes are refused.
  @Test func damagedBytesNeverCrashAndAreSeen() throws {
    let s = try Self.small()
    let bytes = SubmissionCoding.binary(s)
    var refused = 0
    var tried = 0
    for i in bytes.indices {
      for value: UInt8 in [0x00, 0x01, 0x02, 0x05, 0x7F, 0x80, 0xFF] where bytes[i] != value {
        var damaged = bytes
        damaged[i] = value
        tried += 1
        if SubmissionCoding.decode(binary: damaged) == nil { refused += 1 }
      }
    }
    // A change inside a text can be other valid text; a change of structure cannot pass.
    #expect(refused > tried / 2, "\(refused) of \(tried) refused")
  }

  /// A count larger than the bytes left is refused before anything is allocated for it.
  @Test func aCountBeyondTheBytesIsRefused() throws {
    let bytes = SubmissionCoding.binary(try Self.small())
    // The record ends with the engagement list's count (empty: 0); say 2^62 items follow.
    try #require(bytes.last == 0)
    var huge = bytes
    huge.removeLast()
    huge += [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40]
    #expect(SubmissionCoding.decode(binary: huge) == nil)
    var one = bytes
    one[one.count - 1] = 1
    #expect(SubmissionCoding.decode(binary: one) == nil, "one item announced, none there")
  }
}
