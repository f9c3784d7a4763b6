import NDCCore
import NDCFormats

/// The contracts every reader keeps, checked on each input a fuzz target is given. A breach
/// stops the process (`fatalError`), which libFuzzer reports as a crash and keeps as a file.
public enum Contract {
  /// The longest message a diagnostic may carry (issue 16: every message is bounded).
  public static let maxMessageCharacters = 2_000

  /// Stops the run: the reader broke its contract on this input.
  public static func breach(_ what: String, file: StaticString = #file, line: UInt = #line) -> Never {
    fatalError("contract breached: \(what)", file: file, line: line)
  }

  public static func check(_ condition: Bool, _ what: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line) {
    if !condition { breach(what(), file: file, line: line) }
  }

  /// A refusal names what is wrong: a code, a non-empty bounded message, and a position inside
  /// the input when it has one.
  public static func checkDiagnostics(_ diagnostics: [Diagnostic], in bytes: [UInt8]) {
    let bounds = PositionBounds(bytes)
    for d in diagnostics {
      check(!d.code.isEmpty, "a diagnostic without a code: \(d)")
      checkMessage(d.message)
      if let p = d.location.position { bounds.check(p, "\(d.code) \(d.message)") }
    }
  }

  public static func checkMessage(_ message: String) {
    check(!message.isEmpty, "an empty message")
    check(message.count <= maxMessageCharacters, "a message of \(message.count) characters: \(message.prefix(200))…")
  }

  /// A reading that gave no document (or no model) carries a diagnostic that invalidates it.
  public static func checkRefusal(_ diagnostics: [Diagnostic]) {
    check(diagnostics.contains { $0.severity.invalidates }, "refused without an ERROR or BLOCKER: \(diagnostics)")
  }

  /// Every position of a document's nodes lies inside the input.
  public static func checkPositions(_ node: DocNode, in bytes: [UInt8]) {
    let bounds = PositionBounds(bytes)
    func walk(_ node: DocNode) {
      if let p = node.position { bounds.check(p, "a node's position") }
      switch node.value {
      case .object(let members):
        for m in members {
          if let p = m.namePosition { bounds.check(p, "member `\(m.name)`'s position") }
          walk(m.node)
        }
      case .array(let items): items.forEach(walk)
      default: break
      }
    }
    walk(node)
  }
}

/// The lines and columns an input has: a position must name one of its lines (counted by LF,
/// CR or CRLF, so the bound holds whichever a reader counts: the JSON reader counts LF only,
/// libxml2 also a lone CR) and a column no further than one past the longest run of bytes
/// between two LFs (columns in characters are never more than in bytes).
public struct PositionBounds {
  let lineCount: Int
  let longestLine: Int

  public init(_ bytes: [UInt8]) {
    var lines = 1
    var longest = 0
    var current = 0
    for b in bytes {
      if b == 0x0A || b == 0x0D { lines += 1 }
      if b == 0x0A {
        longest = max(longest, current)
        current = 0
      } else {
        current += 1
      }
    }
    lineCount = lines
    longestLine = max(longest, current)
  }

  public func check(_ p: SourcePosition, _ what: @autoclosure () -> String) {
    Contract.check(
      p.line >= 1 && p.line <= lineCount && p.column >= 1 && p.column <= longestLine + 1,
      "position \(p.line):\(p.column) outside the input (\(lineCount) lines, longest \(longestLine) bytes): \(what())")
  }
}

extension DocNode {
  /// The node without positions: what two readings of the same content must agree on.
  public var content: DocNode {
    switch value {
    case .object(let members): DocNode(.object(members.map { DocMember($0.name, $0.node.content) }))
    case .array(let items): DocNode(.array(items.map(\.content)))
    default: DocNode(value)
    }
  }
}
