import NDCCore
import NDCDocument
import Testing

/// Decision 255: a well-formedness error points at its mistake, also where libxml2 raises it
/// only once past the mistake (an entity reference's `;`, an end tag's `>`, the end of a start
/// tag); errors libxml2 already places at the mistake stay where they were.
@Suite struct WellFormednessPositionTests {
  typealias S = XMLTestSupport

  /// A mistake planted in the submitter's name, and where the caret belongs: the first
  /// `caret` in `planted` after `after` (so that repeated text can be told apart).
  struct Case: Sendable, CustomTestStringConvertible {
    var planted: String
    var caret: String
    var after: String = ""
    var testDescription: String { planted }
  }

  static let cases: [Case] = [
    // Placed after the mistake by libxml2, moved to it here.
    Case(planted: "<name>A & B</name>", caret: "&"),
    Case(planted: "<name>A &foo; B</name>", caret: "&foo;"),
    Case(planted: "<name>A &#0; B</name>", caret: "&#0;"),
    Case(planted: "<name>A B</nam>", caret: "</nam>"),
    Case(planted: #"<name a="1" a="2">A B</name>"#, caret: "a=", after: #"a="1""#),
    Case(planted: #"<name b='1' a="2" a="3">A B</name>"#, caret: "a=", after: #"a="2""#),
    Case(planted: "<name>A ]]> B</name>", caret: "]]>"),
    // Already at the mistake: unchanged.
    Case(planted: "<name>A \u{1} B</name>", caret: "\u{1}"),
    Case(planted: "<name a>A B</name>", caret: ">A"),
    Case(planted: "<name a=1>A B</name>", caret: "1>"),
    Case(planted: "<name>A &#xZZ; B</name>", caret: "ZZ"),
    Case(planted: "<name>A &amp B</name>", caret: " B<"),
    Case(planted: #"<name a="x<y">A B</name>"#, caret: "<y"),
  ]

  @Test(arguments: cases) func theCaretIsAtTheMistake(_ c: Case) throws {
    let submitter = "<submitter><level>municipality</level><code>101</code>\(c.planted)</submitter>"
    let text = S.document(submitter: submitter)
    let result = S.read(text)
    #expect(S.codes(result.diagnostics).first == "NDC-STR-001", "\(S.describe(result.diagnostics))")
    let position = try #require(result.diagnostics.first?.location.position)
    #expect(position == Self.position(of: c, in: text), "\(S.describe(result.diagnostics))")
  }

  /// Line and column (Unicode scalars, from 1) of the case's caret in `text`.
  static func position(of c: Case, in text: String) -> SourcePosition? {
    guard let planted = text.range(of: c.planted) else { return nil }
    var from = planted.lowerBound
    if !c.after.isEmpty, let after = text.range(of: c.after, range: planted.lowerBound..<text.endIndex) {
      from = after.upperBound
    }
    guard let caret = text.range(of: c.caret, range: from..<text.endIndex) else { return nil }
    let before = text[..<caret.lowerBound]
    let line = before.split(separator: "\n", omittingEmptySubsequences: false).count
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return SourcePosition(line: line, column: text[lineStart..<caret.lowerBound].unicodeScalars.count + 1)
  }
}
