import NDCTestSupport
import Testing
@testable import NDCDocument

/// `UTF8Check` (the XML prescan and the reader's check) and the JSON parser share one
/// definition of a well-formed sequence; both agree with Swift's own strict decoder.
struct UTF8CheckTests {
  @Test(arguments: [
    ([0x41, 0xC3, 0xA6, 0x42], nil),  // "AæB"
    ([0xF0, 0x9F, 0x98, 0x80], nil),  // U+1F600
    ([0xEF, 0xBF, 0xBD], nil),  // U+FFFD
    ([0xF4, 0x8F, 0xBF, 0xBF], nil),  // U+10FFFF
    ([0x41, 0xC0, 0xAF], 1),  // overlong "/"
    ([0xE0, 0x80, 0xAF], 0),  // overlong, three bytes
    ([0x41, 0x42, 0xED, 0xA0, 0x80], 2),  // a surrogate
    ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
    ([0x41, 0xC3], 1),  // cut short
    ([0xC3, 0x41], 0),  // a continuation missing
    ([0x80], 0),  // a continuation alone
    ([0x41, 0xFF], 1),  // never UTF-8
  ] as [([UInt8], Int?)])
  func firstInvalidOffset(bytes: [UInt8], expected: Int?) {
    #expect(UTF8Check.firstInvalidOffset(bytes) == expected)
    #expect(UTF8Check.firstInvalidOffset(bytes[...]) == expected)
  }

  /// On random bytes rich in lead and continuation bytes: valid exactly when Swift decodes them
  /// strictly; everything before the first invalid offset is valid, and so is the same text
  /// read by the JSON parser as a string (it refuses exactly the invalid ones).
  @Test func agreesWithSwiftsDecoderAndTheJSONParser() {
    var generator = SplitMix(seed: 0x0DD_BA11)
    // Single bytes of every kind, and whole sequences (æ, €, U+1F600) so that valid text comes up too.
    let pieces: [[UInt8]] =
      [0x41, 0x7F, 0x80, 0x8F, 0x90, 0xA0, 0xBF, 0xC0, 0xC2, 0xC3, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF].map { [$0] }
      + [[0xC3, 0xA6], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80]].flatMap { Array(repeating: $0, count: 5) }
    var invalid = 0
    for _ in 0..<20_000 {
      let bytes = (0..<Int.random(in: 1...4, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator)! }
      let strict = String(validating: bytes, as: UTF8.self) != nil
      let offset = UTF8Check.firstInvalidOffset(bytes)
      #expect((offset == nil) == strict, "\(bytes)")
      if let offset {
        invalid += 1
        #expect(String(validating: bytes[..<offset], as: UTF8.self) != nil, "\(bytes)")
      }
      let json = Array("[\"".utf8) + bytes + Array("\"]".utf8)
      let parsedClean = JSONParser.parse(json).diagnostics.isEmpty
      let jsonStrict = String(validating: json, as: UTF8.self) != nil
      #expect(parsedClean == jsonStrict, "\(json)")
    }
    #expect(invalid > 4_000 && invalid < 16_000, "\(invalid) of 20 000 invalid")
  }
}
