@testable import NDCCore
import Testing
@testable import NDCDocument
@testable import NDCFormats

struct JSONWriterTests {
  @Test func layoutAndEscaping() {
    let document = DocNode(.object([
      DocMember("a", DocNode(.string("q\"b\\s/n\nt\tc\u{1}\u{1F}\r æ😀"))),
      DocMember("list", DocNode(.array([DocNode(.number("1.5")), DocNode(.bool(true))]))),
      DocMember("o", DocNode(.object([DocMember("n", DocNode(.null))]))),
    ]))
    let expected = """
      {
        "a": "q\\"b\\\\s/n\\nt\\tc\\u0001\\u001f\\u000d æ😀",
        "list": [
          1.5,
          true
        ],
        "o": {
          "n": null
        }
      }

      """
    #expect(JSONWriter.write(document, format: SubmissionFormat.document) == expected)
  }

  @Test func writtenTextParsesBack() {
    let text = "\u{0}\u{7}\"\\ \u{7F} ø"
    let written = JSONWriter.write(DocNode(.array([DocNode(.string(text))])), format: SubmissionFormat.document)
    #expect(JSONParser.parse(Array(written.utf8)).document?.node(at: "/0")?.value == .string(text))
    #expect(!written.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
  }
}

/// Objects written straight to JSON text give the text of their tree written by `JSONWriter`.
struct DirectJSONTextTests {
  static func direct(_ submission: Submission) -> String {
    var bytes: [UInt8] = []
    submission.writeJSON(indent: 0, into: &bytes)
    return String(decoding: bytes + [0x0A], as: UTF8.self)
  }

  @Test func theFullAndTheMinimalSubmissionAreWrittenAsTheirTrees() {
    for submission in [CodingSamples.full, CodingSamples.minimal] {
      #expect(Self.direct(submission) == JSONWriter.write(submission.encoded(), format: SubmissionFormat.document))
    }
  }

  @Test func everyDKFixtureIsWrittenAsItsTree() throws {
    try #require(DKFixturesTests.files.count == 103)
    for name in DKFixturesTests.files {
      let submission = try #require(try DKFixturesTests.read(name).submission, "\(name)")
      #expect(Self.direct(submission) == SubmissionWriter.write(submission, as: .json), "\(name)")
      #expect(SubmissionWriter.canonicalJSON(submission) == Array(SubmissionWriter.write(submission, as: .json).utf8), "\(name)")
    }
  }
}

/// Scalars written straight to JSON text give the text of their document value.
struct DirectScalarTextTests {
  static func direct(_ scalar: some DocScalar) -> String {
    var out: [UInt8] = []
    scalar.writeJSON(into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  static func viaTree(_ scalar: some DocScalar) -> String {
    var out: [UInt8] = []
    JSONWriter.write(scalar.docValue, indent: 0, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  @Test(arguments: [Int.min, -10, -1, 0, 7, 10, 2024, Int.max])
  func integers(value: Int) {
    #expect(Self.direct(value) == Self.viaTree(value))
    #expect(Self.direct(value) == String(value))
  }

  @Test(arguments: ["0", "-0.000001", "12.5", "-34039453.5", "999999999999999.999999"])
  func decimals(text: String) {
    let value = ExactDecimal(text)!
    #expect(Self.direct(value) == Self.viaTree(value))
  }

  @Test func textAndCodes() {
    for text in ["", "q\"b\\s\n\t\u{1}", "Ærø Kommune"] { #expect(Self.direct(text) == Self.viaTree(text)) }
    #expect(Self.direct(MeasureStatus.implemented) == "\"implemented\"")
    #expect(Self.direct(CalendarDate("2030-12-31")!) == Self.viaTree(CalendarDate("2030-12-31")!))
  }
}
