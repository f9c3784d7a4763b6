import Foundation
import NDCCore
import NDCFormats
import NDCTestSupport
import Testing

@testable import NDCEngine

/// The text report on a terminal (decision 247): nothing from a submission or a path reaches the
/// terminal as a control, a line break or a direction control; every printed line is bounded;
/// the caret stands under the reported column, also in a long line; a line ends where the
/// readers count one.
@Suite struct TerminalTextTests {
  @Test func controlsAndFormatCharactersAreShownScalarForScalar() {
    let cases: [(String, String)] = [
      ("\u{1B}[2J", "\u{241B}[2J"), ("a\nb\rc\td", "a\u{240A}b\u{240D}c\u{2409}d"), ("\u{0}\u{7}\u{7F}", "\u{2400}\u{2407}\u{2421}"),
      ("\u{9B}31m\u{85}", "\u{FFFD}31m\u{FFFD}"), ("ab\u{202E}cd\u{2066}e\u{2069}", "ab\u{FFFD}cd\u{FFFD}e\u{FFFD}"),
      ("x\u{200B}y\u{200D}z\u{FEFF}\u{AD}\u{E0041}", "x\u{FFFD}y\u{FFFD}z\u{FFFD}\u{FFFD}\u{FFFD}"), ("l\u{2028}p\u{2029}", "l\u{FFFD}p\u{FFFD}"),
    ]
    for (given, shown) in cases {
      #expect(TerminalText.shown(given) == shown, "\(given.debugDescription)")
      #expect(TerminalText.shown(given).unicodeScalars.count == given.unicodeScalars.count)
    }
    for kept in ["Københavns Kommune", "Ærø – 2030 ≤ 55 %", "😀 中文 \u{A0}x", "plain ASCII ~!@#"] {
      #expect(TerminalText.shown(kept) == kept)
    }
    #expect(TerminalText.shownKeepingLines("usage: ndc\n  bad \u{1B}]0;t\u{7}") == "usage: ndc\n  bad \u{241B}]0;t\u{2407}")
    #expect(TerminalText.shown(String(repeating: "é", count: 400), limit: 300) == String(repeating: "é", count: 300) + " …")
  }

  static let hostile = "ok\u{1B}[2J\u{1B}[H1 files, 1 valid\r\n\u{1B}]0;title\u{7}\u{9B}8m\u{202E}321\u{2066}"

  /// Every character of what the formatter prints is one a terminal only shows: no control
  /// but the line ends of its own lines, no C1, no direction or format character.
  static func onlyShown(_ text: String, colour: Bool) -> Bool {
    var t = text
    if colour { t = t.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression) }
    return t.unicodeScalars.allSatisfy { c in
      c == "\n" || TerminalText.shown(c) == c
    }
  }

  @Test func aHostileDiagnosticPrintsItsOwnLinesOnly() {
    let d = Diagnostic(
      code: "NDC-SCH-002", severity: .error, message: "the submission has no member `\(Self.hostile)`",
      location: Location(pointer: JSONPointer(tokens: [Self.hostile]), position: SourcePosition(line: 2, column: 3)),
      hint: "remove \(Self.hostile)", related: [RelatedLocation(path: "other\(Self.hostile).json", pointer: JSONPointer(tokens: ["x\n"]))])
    let source = SourceLines(bytes: Array("{\n  \"\(Self.hostile)\": 1\n}\n".utf8))
    for colour in [false, true] {
      let out = DiagnosticFormatter(colour: colour).format(d, path: "in\(Self.hostile).json", sourceLines: source)
      #expect(Self.onlyShown(out, colour: colour), "\(out.debugDescription)")
      // message, at, blank gutter, source line, caret, hint, related
      #expect(out.split(separator: "\n", omittingEmptySubsequences: false).count == 8)
      #expect(!out.contains("\n1 files") && !out.hasPrefix("1 files"), "no line of the report forged")
    }
    // The escape shown as its picture, the override as U+FFFD.
    let plain = DiagnosticFormatter(colour: false).format(d, path: "in.json", sourceLines: source)
    #expect(plain.contains("`ok\u{241B}[2J\u{241B}[H1 files, 1 valid\u{240D}\u{240A}"))
    #expect(plain.contains("\u{FFFD}321\u{FFFD}`"))
  }

  /// The scalar under the caret, and the printed line's length, for a diagnostic at `column`.
  static func underCaret(_ bytes: [UInt8], line: Int, column: Int) -> (Unicode.Scalar?, Int, Int)? {
    let d = Diagnostic(code: "NDC-X", severity: .error, message: "m", location: Location(pointer: "/a", position: SourcePosition(line: line, column: column)))
    let out = DiagnosticFormatter(colour: false).format(d, path: "f", sourceLines: SourceLines(bytes: bytes))
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).unicodeScalars) }
    guard lines.count >= 5 else { return nil }
    let prefix = " \(line) | ".unicodeScalars.count
    let text = Array(lines[3].dropFirst(prefix)), caretLine = lines[4]
    guard let caret = caretLine.lastIndex(of: "^") else { return nil }
    // The scalar whose first terminal column is the caret's.
    var column = 0, at = 0
    while at < text.count, column < caret - prefix {
      column += TerminalText.columns(text[at])
      at += 1
    }
    while at < text.count, TerminalText.columns(text[at]) == 0 { at += 1 }
    return (at < text.count && column == caret - prefix ? text[at] : nil, text.count, lines.map(\.count).max() ?? 0)
  }

  @Test func theCaretStandsUnderTheColumnInLinesOfAnyLength() throws {
    var r = SplitMix(seed: 247)
    let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "\t", "æ", "ø", "€", "😀", "中", "\u{1B}", "\u{202E}", "\u{200B}", "\u{85}", "한"]
    for round in 0..<300 {
      let length = round % 3 == 0 ? r.below(40) + 1 : r.below(5_000) + 1
      let scalars = (0..<length).map { _ in r.pick(alphabet) }
      let lineNumber = r.below(3) + 1
      var text = String(repeating: "x\n", count: lineNumber - 1)
      text.unicodeScalars.append(contentsOf: scalars)
      text += "\nlast\n"
      let column = r.below(length) + 1
      let (under, shownLength, widest) = try #require(Self.underCaret(Array(text.utf8), line: lineNumber, column: column))
      let expected = scalars[column - 1] == "\t" ? " " : TerminalText.shown(scalars[column - 1])
      #expect(under == expected, "round \(round): column \(column) of \(length)")
      // The caret line is at most twice as wide, in spaces, when the window is all wide characters.
      #expect(shownLength <= DiagnosticFormatter.width + 4 && widest <= 2 * DiagnosticFormatter.width + 12)
    }
  }

  @Test func theCaretCountsTerminalColumns() throws {
    #expect(["a", "æ", "€", "\u{241B}", "\u{FFFD}"].allSatisfy { TerminalText.columns($0) == 1 })
    #expect(["中", "😀", "한", "\u{FF21}"].allSatisfy { TerminalText.columns($0) == 2 })
    #expect(TerminalText.columns("\u{301}") == 0)
    // `中😀e` + combining acute, then `X`: X is at scalar column 5 and terminal column 6.
    let line = "中😀e\u{301}X"
    let excerpt = try #require(SourceLines(bytes: Array(line.utf8)).excerpt(line: 1, column: 5))
    #expect(excerpt.caret == 5)
  }

  @Test func aSmallFileCannotMakeTheReportHuge() throws {
    // One 60 000-character line with the finding near its end, and a pointer as long.
    let line = "{\"pad\":\"" + String(repeating: "a", count: 60_000) + "\",\"X\":1}"
    let column = line.unicodeScalars.count - 4
    let (under, _, widest) = try #require(Self.underCaret(Array(line.utf8), line: 1, column: column))
    #expect(under == "X")
    #expect(widest < 320)
    let d = Diagnostic(code: "NDC-X", severity: .error, message: "m", location: Location(pointer: JSONPointer(tokens: [String(repeating: "k", count: 60_000)])))
    let out = DiagnosticFormatter(colour: false).format(d, path: "f", sourceLines: nil)
    #expect(out.count < 400)
  }

  @Test func aLineEndsAtLFCRLFOrALoneCRAndTheByteOrderMarkIsNotPrinted() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("one\r\ntwo\rthree\nfour".utf8)
    for (n, word) in ["one", "two", "three", "four"].enumerated() {
      let excerpt = try #require(SourceLines(bytes: bytes).excerpt(line: n + 1, column: 1))
      #expect(excerpt.text == word && excerpt.caret == 0)
    }
    #expect(SourceLines(bytes: bytes).excerpt(line: 5, column: 1) == nil)
  }

  /// A JSON file with lone CRs for line ends: its diagnostics name the line the text report
  /// prints, as for XML (before, JSON counted the whole file as one line).
  @Test func jsonAndXMLCountALoneCRAsALineEnd() throws {
    let engine = try Engine(reference: ReferenceDataLoader.shipped(), cycle: nil)
    let json = Array("{\r  \"schemaVersion\": \"1.0\",\r  \"bogus\": 1\r}\r".utf8)
    let xml = Array("<?xml version=\"1.0\"?>\r<submission xmlns=\"urn:x-ndc:submission:1.0\" schemaVersion=\"1.0\">\r  <bogus/>\r</submission>\r".utf8)
    for (bytes, path, line) in [(json, "a.json", 3), (xml, "a.xml", 3)] {
      let outcome = engine.check(bytes: bytes, path: path, index: 0).outcome
      let d = try #require(outcome.diagnostics.first { $0.message.contains("bogus") }, "\(path)")
      #expect(d.location.position?.line == line, "\(path)")
      let excerpt = try #require(SourceLines(bytes: bytes).excerpt(line: line, column: d.location.position?.column ?? 1))
      #expect(excerpt.text.contains("bogus"), "\(path): \(excerpt.text)")
    }
  }
}
