import Testing
@testable import NDCCore

/// Issue 16 (6): every message is bounded, however long what it quotes.
@Suite struct DiagnosticMessageTests {
  func diagnostic(_ message: String) -> Diagnostic {
    Diagnostic(code: "NDC-X", severity: .error, message: message, location: Location(pointer: .root))
  }

  @Test func shortMessagesAreKeptAsTheyAre() {
    let long = "a " + String(repeating: "x", count: 200) + " b"
    #expect(diagnostic(long).message == long)
    let exactly = String(repeating: "y", count: Diagnostic.maxMessageCharacters)
    #expect(diagnostic(exactly).message == exactly)
  }

  @Test func aLongQuotedNameIsCut() {
    let name = String(repeating: "n", count: 50_000)
    let message = diagnostic("the root element is `\(name)`, not `submission`").message
    #expect(message == "the root element is `" + String(repeating: "n", count: 63) + "… not `submission`")
  }

  @Test func manyWordsAreCutAtTheBound() {
    let message = diagnostic(String(repeating: "word ", count: 10_000)).message
    #expect(message.count == Diagnostic.maxMessageCharacters)
    #expect(message.hasSuffix("…"))
  }
}
