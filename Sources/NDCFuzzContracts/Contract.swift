import NDCCore
import NDCDocument
import NDCFormats

/// A reader broke its contract on an input.
public struct ContractBreach: Error, CustomStringConvertible {
  public var description: String
}

/// The contracts every reader keeps, checked on each input a fuzz target is given (Fuzz/) and
/// on every kept regression input (fixtures/fuzz-regressions/, by the tests).
public enum Contract {
  /// The longest message a diagnostic may carry (issue 16: every message is bounded).
  public static let maxMessageCharacters = Diagnostic.maxMessageCharacters

  public static func breach(_ what: String) -> ContractBreach { ContractBreach(description: what) }

  public static func check(_ condition: Bool, _ what: @autoclosure () -> String) throws(ContractBreach) {
    if !condition { throw breach(what()) }
  }

  /// A refusal names what is wrong: a code, a non-empty bounded message, and a position inside
  /// the input when it has one.
  public static func checkDiagnostics(_ diagnostics: [Diagnostic], in bytes: [UInt8]) throws(ContractBreach) {
    let bounds = PositionBounds(bytes)
    for d in diagnostics {
      try check(!d.code.isEmpty, "a diagnostic without a code: \(d)")
      try checkMessage(d.message)
      if let p = d.location.position { try bounds.check(p, "\(d.code) \(d.message)") }
    }
  }

  public static func checkMessage(_ message: String) throws(ContractBreach) {
    try check(!message.isEmpty, "an empty message")
    try check(message.count <= maxMessageCharacters, "a message of \(message.count) characters: \(message.prefix(200))…")
  }

  /// A reason of a refusal: a bounded message, after the rule code when it names one
  /// (`NDC-STR-002 the XML declaration …`: the code is not part of the message).
  public static func checkReason(_ reason: String) throws(ContractBreach) {
    let words = reason.split(separator: " ", maxSplits: 1)
    if words.count == 2, words[0].hasPrefix("NDC-") {
      try checkMessage(String(words[1]))
    } else {
      try checkMessage(reason)
    }
  }

  /// A reading that gave no document (or no model) carries a diagnostic that invalidates it.
  public static func checkRefusal(_ diagnostics: [Diagnostic]) throws(ContractBreach) {
    try check(diagnostics.contains { $0.severity.invalidates }, "refused without an ERROR or BLOCKER: \(diagnostics)")
  }

  /// Every position of a document's nodes lies inside the input.
  public static func checkPositions(_ node: DocNode, in bytes: [UInt8]) throws(ContractBreach) {
    let bounds = PositionBounds(bytes)
    func walk(_ node: DocNode) throws(ContractBreach) {
      if let p = node.position { try bounds.check(p, "a node's position") }
      switch node.value {
      case .object(let members):
        for m in members {
          if let p = m.namePosition { try bounds.check(p, "member `\(m.name)`'s position") }
          try walk(m.node)
        }
      case .array(let items):
        for item in items { try walk(item) }
      default: break
      }
    }
    try walk(node)
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

  public func check(_ p: SourcePosition, _ what: @autoclosure () -> String) throws(ContractBreach) {
    try Contract.check(
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
