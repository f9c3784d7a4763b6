import NDCCore
import Testing
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
