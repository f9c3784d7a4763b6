@testable import NDCCore
import Testing
@testable import NDCDocument

/// The parser: every refusal fires on a bad input and not on its good twin; positions and
/// pointers; numbers outside the accepted form.
struct JSONParserTests {
  static func parse(_ text: String) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    JSONParser.parse(Array(text.utf8))
  }

  static func refusal(_ text: String) -> Diagnostic? {
    let result = parse(text)
    return result.document == nil ? result.diagnostics.first : nil
  }

  /// (bad input, its well-formed twin, the code the bad one gets)
  static let refusals: [(bad: String, good: String, code: String)] = [
    ("", "{}", "NDC-STR-001"),
    ("{\"a\": 1", "{\"a\": 1}", "NDC-STR-001"),
    ("{\"a\": [1, 2}", "{\"a\": [1, 2]}", "NDC-STR-001"),
    ("{\"a\": \"x", "{\"a\": \"x\"}", "NDC-STR-001"),
    ("{\"a\": 1,}", "{\"a\": 1}", "NDC-STR-001"),
    ("[1, 2,]", "[1, 2]", "NDC-STR-001"),
    ("{\"a\": 1} x", "{\"a\": 1} ", "NDC-STR-001"),
    ("{} {}", "{}", "NDC-STR-001"),
    ("{\"a\": NaN}", "{\"a\": null}", "NDC-STR-001"),
    ("{\"a\": Infinity}", "{\"a\": 1}", "NDC-STR-001"),
    ("{\"a\": -Infinity}", "{\"a\": -1}", "NDC-STR-001"),
    ("{\"a\": tru}", "{\"a\": true}", "NDC-STR-001"),
    ("{\"a\": nulll}", "{\"a\": null}", "NDC-STR-001"),
    ("{\"a\": 01}", "{\"a\": 1}", "NDC-STR-001"),
    ("{\"a\": +1}", "{\"a\": 1}", "NDC-STR-001"),
    ("{\"a\": .5}", "{\"a\": 0.5}", "NDC-STR-001"),
    ("{\"a\": 1.}", "{\"a\": 1.0}", "NDC-STR-001"),
    ("{\"a\": 1e}", "{\"a\": 1e1}", "NDC-STR-001"),
    ("{a: 1}", "{\"a\": 1}", "NDC-STR-001"),
    ("{\"a\" 1}", "{\"a\": 1}", "NDC-STR-001"),
    ("{'a': 1}", "{\"a\": 1}", "NDC-STR-001"),
    ("{\"a\": \"x\ty\"}", "{\"a\": \"x\\ty\"}", "NDC-STR-001"),
    ("{\"a\": \"x\ny\"}", "{\"a\": \"x\\ny\"}", "NDC-STR-001"),
    ("{\"a\": \"x\u{1}\"}", "{\"a\": \"x\\u0001\"}", "NDC-STR-001"),
    ("{\"a\": \"\\x41\"}", "{\"a\": \"\\u0041\"}", "NDC-STR-001"),
    ("{\"a\": \"\\u12G4\"}", "{\"a\": \"\\u12F4\"}", "NDC-STR-001"),
    ("{\"a\": \"\\uD800\"}", "{\"a\": \"\\uD83D\\uDE00\"}", "NDC-STR-002"),
    ("{\"a\": \"\\uDC00x\"}", "{\"a\": \"\\u00E6x\"}", "NDC-STR-002"),
    ("{\"a\": \"\\uD800\\u0041\"}", "{\"a\": \"\\u0041\\u0041\"}", "NDC-STR-002"),
    ("{\"a\": 1, \"a\": 2}", "{\"a\": 1, \"b\": 2}", "NDC-STR-012"),
    ("{\"a\": {\"b\": 1, \"c\": 2, \"b\": 3}}", "{\"a\": {\"b\": 1, \"c\": 2}, \"b\": 3}", "NDC-STR-012"),
  ]

  @Test(arguments: refusals.indices)
  func refusalFiresAndItsTwinPasses(_ index: Int) {
    let (bad, good, code) = Self.refusals[index]
    #expect(Self.refusal(bad)?.code == code, "\(bad.debugDescription)")
    #expect(Self.refusal(bad)?.severity == .blocker)
    #expect(Self.parse(good).document != nil, "\(good.debugDescription)")
  }

  @Test func invalidUTF8IsAnEncodingBlocker() {
    var bad = Array("{\"name\": \"K".utf8)
    bad += [0xF8] + Array("ge\"}".utf8)
    #expect(JSONParser.parse(bad).diagnostics.first?.code == "NDC-STR-002")
    #expect(JSONParser.parse(bad).diagnostics.first?.location.pointer == "/name")
    let overlong: [UInt8] = Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)
    #expect(JSONParser.parse(overlong).diagnostics.first?.code == "NDC-STR-002")
    let surrogate: [UInt8] = Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8)
    #expect(JSONParser.parse(surrogate).diagnostics.first?.code == "NDC-STR-002")
    let good = Array("{\"name\": \"Køge 😀\"}".utf8)
    #expect(JSONParser.parse(good).document?[member: "name"]?.value == .string("Køge 😀"))
  }

  @Test func escapesDecode() {
    let doc = Self.parse(#"["\"\\\/\b\f\n\r\t\u00e6\uD83D\uDE00"]"#).document
    #expect(doc?.node(at: "/0")?.value == .string("\"\\/\u{8}\u{C}\n\r\tæ😀"))
    #expect(doc?.node(at: "/0")?.position == SourcePosition(line: 1, column: 2))
  }

  @Test func leadingBOMIsSkipped() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": 1}".utf8)
    let doc = JSONParser.parse(bytes).document
    #expect(doc?[member: "a"]?.value == .number("1"))
    #expect(doc?.position == SourcePosition(line: 1, column: 1))
    #expect(doc?[member: "a"]?.position == SourcePosition(line: 1, column: 7))
  }

  @Test func positionsCountScalarsNotBytes() throws {
    let text = "{\n  \"æøå\": \"blåbær\", \"b\": [true,\n    null], \"c\": 1\n}"
    let doc = try #require(Self.parse(text).document)
    guard case .object(let members) = doc.value else { Issue.record("not an object"); return }
    #expect(members[0].namePosition == SourcePosition(line: 2, column: 3))
    #expect(members[0].node.position == SourcePosition(line: 2, column: 10))
    #expect(members[1].namePosition == SourcePosition(line: 2, column: 20))
    #expect(doc.node(at: "/b/0")?.position == SourcePosition(line: 2, column: 26))
    #expect(doc.node(at: "/b/1")?.position == SourcePosition(line: 3, column: 5))
    #expect(doc.node(at: "/c")?.position == SourcePosition(line: 3, column: 17))
  }

  @Test func refusalPositionsCountScalars() {
    let d = Self.refusal("{\"ø\": \"å\", \"ø\": 2}")
    #expect(d?.code == "NDC-STR-012")
    #expect(d?.location.position == SourcePosition(line: 1, column: 12))
    let control = Self.refusal("{\n\"æ\": \"åå\u{1}\"}")
    #expect(control?.location.position == SourcePosition(line: 2, column: 9))
    #expect(control?.location.pointer == "/æ")
  }

  @Test func pointersEscapeTildeAndSlash() {
    let d = Self.refusal(#"{"a/b": {"c~d": [0, {"x": 1, "x": 2}]}}"#)
    #expect(d?.code == "NDC-STR-012")
    #expect(d?.location.pointer == JSONPointer(escaped: "/a~1b/c~0d/1/x"))
    let n = Self.parse(#"{"a/b": {"c~d": [1e3]}}"#).diagnostics.first
    #expect(n?.location.pointer == JSONPointer(escaped: "/a~1b/c~0d/0"))
  }

  @Test(arguments: ["0", "-0", "1", "-12.5", "999999999999999", "0.000001", "123456789012345.123456"])
  func acceptedNumbersPassSilently(_ number: String) {
    let result = Self.parse("[\(number)]")
    #expect(result.document?.node(at: "/0")?.value == .number(number))
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: ["1e400", "2.5E3", "1e-2", "1E+2", "1000000000000000", "0.1234567", "-1234567890123456.5"])
  func numbersOutsideTheFormAreErrorsAndParsingGoesOn(_ number: String) {
    let result = Self.parse("{\"a\": [1, \(number)], \"b\": 2}")
    #expect(result.document?[member: "b"]?.value == .number("2"))
    #expect(result.document?.node(at: "/a/1")?.value == .number(number))
    #expect(result.diagnostics.map(\.code) == ["NDC-SCH-007"])
    #expect(result.diagnostics.first?.severity == .error)
    #expect(result.diagnostics.first?.location.pointer == "/a/1")
    #expect(result.diagnostics.first?.location.position == SourcePosition(line: 1, column: 11))
  }

  @Test func depthLimitIsThirtyTwo() {
    let ok = String(repeating: "[", count: Limits.maxDepth) + String(repeating: "]", count: Limits.maxDepth)
    #expect(Self.parse(ok).document != nil)
    let deep = String(repeating: "[", count: Limits.maxDepth + 1) + String(repeating: "]", count: Limits.maxDepth + 1)
    let d = Self.refusal(deep)
    #expect(d?.code == "NDC-STR-005")
    #expect(d?.location.position == SourcePosition(line: 1, column: Limits.maxDepth + 1))
    let objects = String(repeating: "{\"a\":", count: Limits.maxDepth + 1) + "1" + String(repeating: "}", count: Limits.maxDepth + 1)
    #expect(Self.refusal(objects)?.code == "NDC-STR-005")
  }

  @Test func stringLimitIsInUTF8Bytes() {
    let atLimit = "[\"" + String(repeating: "æ", count: Limits.maxStringBytes / 2) + "\"]"
    #expect(Self.parse(atLimit).document != nil)
    let over = "[\"" + String(repeating: "æ", count: Limits.maxStringBytes / 2) + "x\"]"
    #expect(Self.refusal(over)?.code == "NDC-STR-006")
    let overByEscapes = "[\"" + String(repeating: "\\u00e6", count: Limits.maxStringBytes / 2 + 1) + "\"]"
    #expect(Self.refusal(overByEscapes)?.code == "NDC-STR-006")
    let longName = "{\"" + String(repeating: "n", count: Limits.maxStringBytes + 1) + "\": 1}"
    #expect(Self.refusal(longName)?.code == "NDC-STR-006")
  }

  @Test func listLimitCountsItems() {
    func list(_ n: Int) -> [UInt8] {
      var bytes = Array("{\"a\": [".utf8)
      bytes.reserveCapacity(2 * n + 10)
      for k in 0..<n { bytes += k == 0 ? [0x30] : [0x2C, 0x30] }
      return bytes + Array("]}".utf8)
    }
    #expect(JSONParser.parse(list(Limits.maxListItems)).document != nil)
    let d = JSONParser.parse(list(Limits.maxListItems + 1)).diagnostics.first
    #expect(d?.code == "NDC-STR-007")
    #expect(d?.location.pointer == "/a")
  }
}
