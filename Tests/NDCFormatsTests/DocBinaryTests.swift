import NDCCore
@testable import NDCDocument
@testable import NDCFormats
import Testing

/// The binary form compile keeps checked documents in gives back the same tree (without
/// positions), and a damaged record gives nil, never a crash.
@Suite struct DocBinaryTests {
  static func withoutPositions(_ node: DocNode) -> DocNode {
    switch node.value {
    case .object(let members): DocNode(.object(members.map { DocMember($0.name, withoutPositions($0.node)) }))
    case .array(let items): DocNode(.array(items.map(withoutPositions)))
    default: DocNode(node.value)
    }
  }

  static func encoded(_ node: DocNode) -> [UInt8] {
    var bytes: [UInt8] = []
    DocBinary.submission.encode(node, into: &bytes)
    return bytes
  }

  @Test func everyDKFixtureRoundTrips() throws {
    try #require(DKFixturesTests.files.count == 103)
    for name in DKFixturesTests.files {
      let document = try #require(try DKFixturesTests.read(name).document, "\(name)")
      let back = DocBinary.submission.decode(Self.encoded(document))
      #expect(back == Self.withoutPositions(document), "\(name)")
      #expect(back.flatMap(SubmissionCoding.decode) == SubmissionCoding.decode(document), "\(name)")
    }
  }

  static let odd = DocNode(.object([
    DocMember("submitter", DocNode(.string("ÆØÅ \u{1F30D}"))),
    DocMember("notAMemberOfTheShape", DocNode(.array([DocNode(.number("-1.5")), DocNode(.bool(true)), DocNode(.bool(false)), DocNode(.null)]))),
    DocMember("", DocNode(.object([]))),
    DocMember("long", DocNode(.string(String(repeating: "x", count: 300)))),
  ]))

  /// Text that is not UTF-8 gives nil (not a repaired string); valid text of every length of
  /// encoded character comes back as it was.
  @Test func textThatIsNotUTF8IsRefused() throws {
    let valid = DocNode(.string("aÆ€\u{1F30D}"))
    var bytes = Self.encoded(valid)
    #expect(DocBinary.submission.decode(bytes) == valid)
    // Tag, length 10, then the text: make its last byte a continuation byte with no lead,
    // then a lead byte with no continuation, then a byte UTF-8 never uses.
    try #require(bytes.count == 12)
    for (at, byte) in [(2, UInt8(0x80)), (11, 0xC3), (3, 0xFF)] {
      var damaged = bytes
      damaged[at] = byte
      #expect(DocBinary.submission.decode(damaged) == nil, "byte \(at) = \(byte)")
    }
    bytes[2] = UInt8(ascii: "b")
    #expect(DocBinary.submission.decode(bytes) == DocNode(.string("bÆ€\u{1F30D}")))
  }

  @Test func namesOutsideTheShapeEveryScalarAndLongTextRoundTrip() {
    #expect(DocBinary.submission.decode(Self.encoded(Self.odd)) == Self.odd)
  }

  @Test func aTruncatedOrExtendedRecordIsRefused() {
    let bytes = Self.encoded(Self.odd)
    for n in 0..<bytes.count { #expect(DocBinary.submission.decode(Array(bytes[..<n])) == nil, "\(n) bytes") }
    #expect(DocBinary.submission.decode(bytes + [0]) == nil)
  }

  @Test func damagedBytesNeverCrash() {
    let bytes = Self.encoded(Self.odd)
    var changed = 0
    for i in bytes.indices {
      for value: UInt8 in [0x00, 0x07, 0x7F, 0x80, 0xFF] where bytes[i] != value {
        var damaged = bytes
        damaged[i] = value
        if DocBinary.submission.decode(damaged) != Self.odd { changed += 1 }
      }
    }
    #expect(changed > bytes.count, "damage is seen")
  }

  @Test func nestingBeyondTheLimitIsRefused() {
    var deep = DocNode(.null)
    for _ in 0..<600 { deep = DocNode(.array([deep])) }
    #expect(DocBinary.submission.decode(Self.encoded(deep)) == nil)
    var shallow = DocNode(.null)
    for _ in 0..<100 { shallow = DocNode(.array([shallow])) }
    #expect(DocBinary.submission.decode(Self.encoded(shallow)) == shallow)
  }
}
