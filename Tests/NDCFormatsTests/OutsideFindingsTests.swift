import Foundation
@testable import NDCCore
import NDCStorage
import Testing
@testable import NDCDocument
@testable import NDCFormats

/// Issue 16, "Found from outside": the defects in the readers, each tested both ways.
@Suite struct OutsideFindingsTests {
  typealias S = XMLTestSupport

  private func blocker(_ text: String) -> Diagnostic? {
    let result = S.read(text)
    #expect(result.document == nil)
    #expect(result.diagnostics.count == 1, "\(S.describe(result.diagnostics))")
    return result.diagnostics.first
  }

  // (4) Truncated XML is a premature end, not extra content.

  @Test func rootNotClosedIsAPrematureEnd() {
    let d = blocker(S.open + "<submissionId>x</submissionId>")
    #expect(d?.code == "NDC-STR-001")
    #expect(d?.message == "premature end of the document: `submission` is not closed", "\(d?.message ?? "")")
  }

  @Test func onlyADeclarationIsAPrematureEnd() {
    for text in [#"<?xml version="1.0"?>"#, "<?xml version=\"1.0\"?>\n", "<?xml version=\"1.0\"?><!-- c -->"] {
      let d = blocker(text)
      #expect(d?.code == "NDC-STR-001")
      #expect(d?.message == "premature end of the document: it has no root element", "\(text): \(d?.message ?? "")")
    }
  }

  @Test func truncatedInsideAChildStillNamesTheRootLeftOpen() {
    let d = blocker(S.open + "<submissionId>x")
    #expect(d?.message.hasPrefix("premature end of the document") == true, "\(d?.message ?? "")")
  }

  @Test func realExtraContentIsStillExtraContent() {
    let d = blocker(S.document() + "x")
    #expect(d?.code == "NDC-STR-001")
    #expect(d?.message == "extra content at the end of the document", "\(d?.message ?? "")")
    let second = blocker(S.document() + "<submission>")
    #expect(second?.message == "extra content at the end of the document", "\(second?.message ?? "")")
  }

  // (5) An attribute on a simple-typed element is an unexpected attribute.

  @Test func attributeOnASimpleElementIsUnexpected() {
    let text = S.document().replacingOccurrences(of: "<version>1</version>", with: #"<version q="1">1</version>"#)
    let result = S.read(text)
    #expect(S.codes(result.diagnostics) == ["NDC-SCH-002"], "\(S.describe(result.diagnostics))")
    #expect(result.diagnostics.first?.message == "unexpected attribute `q` on `version`")
    // Decision 247: the pointer names the attribute, and the position is the attribute's.
    #expect(result.diagnostics.first?.location.pointer == JSONPointer.root.appending("version").appending("q"))
    #expect(result.diagnostics.first?.location.position == Self.position(of: #"q="1">1"#, in: text))
  }

  /// The line and column (scalars, from 1) where `needle` first stands in `text`.
  static func position(of needle: String, in text: String) -> SourcePosition? {
    guard let range = text.range(of: needle) else { return nil }
    var line = 1, column = 1, previous: Unicode.Scalar = " "
    for c in text[..<range.lowerBound].unicodeScalars {
      if c == "\r" || (c == "\n" && previous != "\r") {
        line += 1
        column = 1
      } else if c != "\n" {
        column += 1
      }
      previous = c
    }
    return SourcePosition(line: line, column: column)
  }

  /// An unexpected attribute is found where it stands, also on a start tag of several lines,
  /// after another attribute whose value holds the name, `>` and the other quote; a namespaced
  /// one by its local name (its pointer token is `{namespace}name`, as libxml2 names it).
  @Test func anUnexpectedAttributeIsLocatedAtItsName() {
    for (tag, token, at) in [
      (#"<plan  bogus="1">"#, "bogus", #"bogus="1""#),
      ("<plan\n  x=\"bogus='>'\"\r\n\t bogus = 'ø\"'>", "bogus", "bogus = "),
      (#"<plan xmlns:a="urn:a" a:bogus="1">"#, "{urn:a}bogus", "a:bogus"),
    ] {
      let text = S.document(plan: tag + "<title>Klimaplan</title><framework>DK2020</framework><status>draft</status></plan>")
      let result = S.read(text)
      let d = result.diagnostics.first { $0.location.pointer == JSONPointer.root.appending("plan").appending(token) }
      #expect(d?.code == "NDC-SCH-002", "\(S.describe(result.diagnostics))")
      #expect(d?.location.position == Self.position(of: at, in: text), "\(tag.debugDescription): \(S.describe(result.diagnostics))")
    }
  }

  @Test func attributeOnAComplexElementIsWordedAlike() {
    let text = S.document(plan: #"<plan q="1"><title>Klimaplan</title><framework>DK2020</framework><status>draft</status></plan>"#)
    let result = S.read(text)
    #expect(S.codes(result.diagnostics) == ["NDC-SCH-002"], "\(S.describe(result.diagnostics))")
    #expect(result.diagnostics.first?.message == "unexpected attribute `q` on `plan`")
  }

  @Test func aBadValueWithoutAttributeIsStillABadValue() {
    let text = S.document().replacingOccurrences(of: "<version>1</version>", with: "<version>x</version>")
    let result = S.read(text)
    #expect(!S.codes(result.diagnostics).contains("NDC-SCH-002"), "\(S.describe(result.diagnostics))")
    #expect(result.diagnostics.first?.message.contains("must be an integer") == true, "\(S.describe(result.diagnostics))")
  }

  // (6) Characters named as people read them; I/O failures say what the system said, once.

  @Test func controlCharactersAreNamed() {
    let d = JSONParser.parse(Array("{\"a\":\u{0}}".utf8)).diagnostics.first
    #expect(d?.message == "expected a value, found U+0000 NULL", "\(d?.message ?? "")")
    let tab = JSONParser.parse(Array("{\"a\":1,\u{1B}}".utf8)).diagnostics.first
    #expect(tab?.message.contains("U+001B ESCAPE") == true, "\(tab?.message ?? "")")
    #expect(CharacterNames.describe("\u{9}") == "U+0009 CHARACTER TABULATION")
    #expect(CharacterNames.describe("\u{7F}") == "U+007F DELETE")
    #expect(CharacterNames.describe("æ") == "U+00E6 LATIN SMALL LETTER AE")
    #expect(CharacterNames.describe("\u{1F600}") == "U+1F600 GRINNING FACE")
  }

  @Test func printableCharactersAreQuotedNotNamed() {
    let d = JSONParser.parse(Array("{\"a\":}".utf8)).diagnostics.first
    #expect(d?.message == "expected a value, found `}`", "\(d?.message ?? "")")
  }

  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  private func reason(_ path: String) -> String? {
    do throws(InputError) {
      _ = try FileBytes.read(path: path, limit: 1024)
      return nil
    } catch {
      return error.reason
    }
  }

  @Test func missingFileSaysTheSystemsWordsOnce() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let reason = reason(folder.appendingPathComponent("missing.xml").path)
    #expect(reason == "no such file or directory")
    #expect(!(reason ?? "").contains("NSCocoaErrorDomain"))
  }

  @Test func namedPipeIsRefusedAtOnce() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("p.xml").path
    #expect(mkfifo(pipe, 0o600) == 0)
    // No writer ever opens it: reading it would wait for ever.
    let started = Date()
    #expect(reason(pipe) == "is a named pipe, not a regular file")
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test func devicesAndFoldersAreRefused() throws {
    #expect(reason("/dev/null") == "is a device, not a regular file")
    #expect(reason("/tmp") == "is a folder")
  }

  @Test func regularFileIsReadWithinItsLimit() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("a.json").path
    try Data(repeating: 0x41, count: 1024).write(to: URL(fileURLWithPath: path))
    #expect(try FileBytes.read(path: path, limit: 1024)?.count == 1024)
    #expect(try FileBytes.read(path: path, limit: 1023) == nil)
    #expect(try FileBytes.read(path: path, limit: 100_000) == [UInt8](repeating: 0x41, count: 1024))
  }

  @Test func referenceDataFromAPipeIsRefusedAtOnce() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pipe = folder.appendingPathComponent("reference.json").path
    #expect(mkfifo(pipe, 0o600) == 0)
    #expect(throws: ReferenceDataError(path: pipe, message: "cannot be read: is a named pipe, not a regular file")) {
      try ReferenceDataLoader.load(path: pipe)
    }
  }
}
