import NDCCore

/// A JSON parser for submissions: bytes to a `DocNode` tree with the position of every value
/// and member name, enforcing the limits of SUBMISSION.md as it goes (depth, string length,
/// list length), refusing duplicate member names and checking every number's lexical form.
/// Works on the raw bytes in one pass; recursion is bounded by `Limits.maxDepth`.
public enum JSONParser {
  /// The document, or nil when a BLOCKER stopped parsing (then the BLOCKER is the only
  /// diagnostic). Otherwise the diagnostics are the ERRORs `NDC-SCH-007` of numbers outside the
  /// accepted lexical form.
  public static func parse(_ bytes: [UInt8]) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    bytes.withUnsafeBufferPointer { buffer in
      var parser = JSONByteParser(buffer)
      do throws(JSONParseFailure) {
        let root = try parser.parseDocument()
        return (root, parser.numberFormErrors)
      } catch {
        return (nil, [error.diagnostic])
      }
    }
  }
}

/// Parsing stopped at a BLOCKER.
struct JSONParseFailure: Error {
  var diagnostic: Diagnostic
}

/// The parser's state over one buffer. Not `Sendable`: it lives inside `withUnsafeBufferPointer`.
struct JSONByteParser {
  private enum PathToken {
    case key(String)
    case index(Int)
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var i = 0
  private var position = JSONPositionCounter()
  private var depth = 0
  private var path: [PathToken] = []
  private var scratch: [UInt8] = []
  private(set) var numberFormErrors: [Diagnostic] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  mutating func parseDocument() throws(JSONParseFailure) -> DocNode {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      i = 3
      position.startLine(at: 3)
    }
    skipWhitespace()
    guard i < bytes.count else { throw failure(.notWellFormed, "the file is empty", hint: "a submission is a JSON object `{ … }`") }
    let root = try parseValue()
    skipWhitespace()
    guard i == bytes.count else {
      throw failure(.notWellFormed, "text after the end of the JSON value: \(found())", hint: "a file holds one JSON value")
    }
    return root
  }

  // MARK: - Values

  private mutating func parseValue() throws(JSONParseFailure) -> DocNode {
    guard i < bytes.count else { throw failure(.notWellFormed, "the file ends where a value is expected") }
    let start = position.at(i, in: bytes)
    switch bytes[i] {
    case UInt8(ascii: "{"): return DocNode(try parseObject(start), at: start)
    case UInt8(ascii: "["): return DocNode(try parseArray(start), at: start)
    case UInt8(ascii: "\""): return DocNode(.string(try parseString(start)), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return DocNode(.number(try parseNumber(start)), at: start)
    case UInt8(ascii: "t"): try literal("true"); return DocNode(.bool(true), at: start)
    case UInt8(ascii: "f"): try literal("false"); return DocNode(.bool(false), at: start)
    case UInt8(ascii: "n"): try literal("null"); return DocNode(.null, at: start)
    default: throw unexpectedValue()
    }
  }

  private mutating func parseObject(_ start: SourcePosition) throws(JSONParseFailure) -> DocValue {
    try enterContainer(start)
    i += 1
    var members: [DocMember] = []
    var names: Set<String>? = nil
    skipWhitespace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
        if !members.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "}") {
          throw failure(.notWellFormed, "a comma before `}`", hint: "remove the trailing comma")
        }
        throw failure(.notWellFormed, "expected a member name in quotes, found \(found())")
      }
      let namePosition = position.at(i, in: bytes)
      let name = try parseString(namePosition)
      if isDuplicate(name, in: members, names: &names) {
        throw failure(
          .duplicateMember, "the member `\(name)` appears twice in this object", at: namePosition,
          pointer: pointer.appending(name), hint: "keep one `\(name)`")
      }
      skipWhitespace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
        throw failure(.notWellFormed, "expected `:` after the member name `\(name)`, found \(found())")
      }
      i += 1
      skipWhitespace()
      path.append(.key(name))
      let node = try parseValue()
      path.removeLast()
      members.append(DocMember(name, node, namePosition: namePosition))
      skipWhitespace()
      guard i < bytes.count else { throw failure(.notWellFormed, "the file ends inside an object") }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "}") { i += 1; break }
      throw failure(.notWellFormed, "expected `,` or `}` after the member `\(name)`, found \(found())")
    }
    depth -= 1
    return .object(members)
  }

  /// Linear for small objects, a set from the 16th member on (hostile objects stay linear).
  private func isDuplicate(_ name: String, in members: [DocMember], names: inout Set<String>?) -> Bool {
    if names == nil {
      if members.count < 16 { return members.contains { $0.name == name } }
      names = Set(members.map(\.name))
    }
    return !names!.insert(name).inserted
  }

  private mutating func parseArray(_ start: SourcePosition) throws(JSONParseFailure) -> DocValue {
    try enterContainer(start)
    i += 1
    var items: [DocNode] = []
    skipWhitespace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      depth -= 1
      return .array(items)
    }
    path.append(.index(0))
    while true {
      skipWhitespace()
      if items.count == Limits.maxListItems {
        path.removeLast()
        throw failure(
          .listTooLong, "the list has more than \(Limits.maxListItems) items", at: start, pointer: pointer,
          hint: "aggregate the entries")
      }
      if !items.isEmpty, i < bytes.count, bytes[i] == UInt8(ascii: "]") {
        throw failure(.notWellFormed, "a comma before `]`", hint: "remove the trailing comma")
      }
      path[path.count - 1] = .index(items.count)
      items.append(try parseValue())
      skipWhitespace()
      guard i < bytes.count else { throw failure(.notWellFormed, "the file ends inside a list") }
      if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
      if bytes[i] == UInt8(ascii: "]") { i += 1; break }
      throw failure(.notWellFormed, "expected `,` or `]` after a list item, found \(found())")
    }
    path.removeLast()
    depth -= 1
    return .array(items)
  }

  private mutating func enterContainer(_ start: SourcePosition) throws(JSONParseFailure) {
    depth += 1
    if depth > Limits.maxDepth {
      throw failure(
        .tooDeep, "objects and lists nest deeper than \(Limits.maxDepth) levels", at: start,
        hint: "follow the schema; a submission needs at most 8 levels")
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONParseFailure) {
    let n = word.utf8CodeUnitCount
    guard i + n <= bytes.count, (0..<n).allSatisfy({ bytes[i + $0] == word.utf8Start[$0] }),
      i + n == bytes.count || !isLetter(bytes[i + n])
    else { throw unexpectedValue() }
    i += n
  }

  private func unexpectedValue() -> JSONParseFailure {
    guard isLetter(bytes[i]) else { return failure(.notWellFormed, "expected a value, found \(found())") }
    var end = i
    while end < bytes.count, end - i < 40, isLetter(bytes[end]) { end += 1 }
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
    return failure(
      .notWellFormed, "`\(word)` is not a JSON value",
      hint: "values are numbers, strings in quotes, `true`, `false`, `null`, objects and lists; `NaN` and `Infinity` are not JSON")
  }

  // MARK: - Numbers

  /// The full JSON number grammar; a number outside the accepted form is an ERROR, not a stop.
  private mutating func parseNumber(_ start: SourcePosition) throws(JSONParseFailure) -> String {
    let s = i
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    let integerStart = i
    guard i < bytes.count, isDigit(bytes[i]) else {
      throw failure(.notWellFormed, "expected a digit after `-`, found \(found())")
    }
    if bytes[i] == UInt8(ascii: "0") {
      i += 1
      if i < bytes.count, isDigit(bytes[i]) {
        throw failure(.notWellFormed, "a JSON number may not start with `0` followed by digits", hint: "remove the leading zeros")
      }
    } else {
      while i < bytes.count, isDigit(bytes[i]) { i += 1 }
    }
    let integerDigits = i - integerStart
    var fractionDigits = 0
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      let fractionStart = i
      while i < bytes.count, isDigit(bytes[i]) { i += 1 }
      fractionDigits = i - fractionStart
      guard fractionDigits > 0 else { throw failure(.notWellFormed, "expected a digit after the decimal point, found \(found())") }
    }
    var hasExponent = false
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      hasExponent = true
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      let exponentStart = i
      while i < bytes.count, isDigit(bytes[i]) { i += 1 }
      guard i > exponentStart else { throw failure(.notWellFormed, "expected a digit in the exponent, found \(found())") }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<i]), as: UTF8.self)
    if hasExponent || integerDigits > 15 || fractionDigits > 6 {
      let reason =
        hasExponent ? "has an exponent" : integerDigits > 15 ? "has more than 15 integer digits" : "has more than 6 decimals"
      let hint = hasExponent ? "write the number without exponent, e.g. `2500` for `2.5e3`" : "at most 15 integer digits and 6 decimals"
      numberFormErrors.append(
        diagnostic(.jsonNumberForm, "\(subject) `\(text)` \(reason)", at: start, pointer: pointer, hint: hint))
    }
    return text
  }

  /// How a message names the current value: `` `amount` `` or `the number`.
  private var subject: String {
    if case .key(let name)? = path.last { return "`\(name)`" }
    return "the number"
  }

  // MARK: - Strings

  private mutating func parseString(_ start: SourcePosition) throws(JSONParseFailure) -> String {
    i += 1
    let contentStart = i
    var segmentStart = i
    var escaped = false
    scratch.removeAll(keepingCapacity: true)
    while true {
      guard i < bytes.count else { throw failure(.notWellFormed, "the file ends inside a string", at: start) }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") { break }
      if b == UInt8(ascii: "\\") {
        escaped = true
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<i]))
        try parseEscape()
        segmentStart = i
      } else if b < 0x20 {
        throw failure(
          .notWellFormed, "a control character (U+00\(hex(b))) inside a string",
          hint: b == 0x0A ? "write a line break as `\\n`" : "escape it as `\\u00\(hex(b))`")
      } else if b < 0x80 {
        i += 1
      } else {
        try skipMultibyteSequence()
      }
      if scratch.count + (i - segmentStart) > Limits.maxStringBytes {
        throw failure(
          .stringTooLong, "a string longer than \(Limits.maxStringBytes) bytes", at: start,
          hint: "shorten it; link long documents by URL")
      }
    }
    let text: String
    if escaped {
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<i]))
      text = String(decoding: scratch, as: UTF8.self)
    } else {
      text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<i]), as: UTF8.self)
    }
    i += 1
    return text
  }

  private mutating func parseEscape() throws(JSONParseFailure) {
    guard i + 1 < bytes.count else { throw failure(.notWellFormed, "the file ends inside a string") }
    let c = bytes[i + 1]
    let simple: UInt8? =
      switch c {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): c
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      scratch.append(simple)
      i += 2
      return
    }
    guard c == UInt8(ascii: "u") else {
      throw failure(
        .notWellFormed, "`\\` followed by \(found(at: i + 1)) is not a JSON escape",
        hint: #"the escapes are \" \\ \/ \b \f \n \r \t \uXXXX"#)
    }
    let escapeStart = i
    let unit = try hexUnit()
    var scalar = UInt32(unit)
    if (0xD800...0xDBFF).contains(unit) {
      guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
        throw loneSurrogate(unit, at: escapeStart)
      }
      let low = try hexUnit()
      guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: escapeStart) }
      scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(unit) {
      throw loneSurrogate(unit, at: escapeStart)
    }
    scratch.append(contentsOf: Unicode.UTF8.encode(Unicode.Scalar(scalar)!)!)
  }

  /// Reads `\uXXXX` at `i`.
  private mutating func hexUnit() throws(JSONParseFailure) -> UInt16 {
    var value: UInt16 = 0
    for k in 2..<6 {
      guard i + k < bytes.count, let digit = hexValue(bytes[i + k]) else {
        throw failure(.notWellFormed, "`\\u` must be followed by four hexadecimal digits")
      }
      value = value << 4 | UInt16(digit)
    }
    i += 6
    return value
  }

  private func loneSurrogate(_ unit: UInt16, at offset: Int) -> JSONParseFailure {
    var counter = position
    return failure(
      .encoding, "the escape `\\u\(String(unit, radix: 16, uppercase: true))` is half of a surrogate pair",
      at: counter.at(offset, in: bytes), hint: "escape characters outside the BMP as a pair, or write them as UTF-8")
  }

  /// Validates one multi-byte UTF-8 sequence at `i` (`UTF8Check.sequenceLength`).
  private mutating func skipMultibyteSequence() throws(JSONParseFailure) {
    guard let length = UTF8Check.sequenceLength(bytes, at: i) else { throw invalidUTF8() }
    i += length
  }

  private func invalidUTF8() -> JSONParseFailure {
    failure(.encoding, "the byte 0x\(hex(bytes[i])) is not UTF-8", hint: "save the file as UTF-8")
  }

  // MARK: - Bytes and positions

  private mutating func skipWhitespace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09: i += 1
      case 0x0A:
        i += 1
        position.newLine(at: i)
      case 0x0D:
        // A line ends at LF, CR LF or a lone CR, as in XML (decision 247).
        i += 1
        if i == bytes.count || bytes[i] != 0x0A { position.newLine(at: i) }
      default: return
      }
    }
  }

  /// What stands at `i`, for a message: `` `x` `` or "the end of the file".
  private func found(at offset: Int? = nil) -> String {
    let k = offset ?? i
    guard k < bytes.count else { return "the end of the file" }
    let end = min(k + 4, bytes.count)
    let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<end]), as: UTF8.self).unicodeScalars.first!
    return scalar.properties.generalCategory == .control ? CharacterNames.describe(scalar) : "`\(scalar)`"
  }

  private var pointer: JSONPointer {
    path.reduce(JSONPointer.root) { p, token in
      switch token {
      case .key(let name): p.appending(name)
      case .index(let index): p.appending(index)
      }
    }
  }

  private func failure(
    _ rule: RuleDescriptor, _ message: String, at start: SourcePosition? = nil, pointer: JSONPointer? = nil,
    hint: String? = nil
  ) -> JSONParseFailure {
    var counter = position
    let where_ = start ?? counter.at(i, in: bytes)
    return JSONParseFailure(diagnostic: diagnostic(rule, message, at: where_, pointer: pointer ?? self.pointer, hint: hint))
  }

  private func diagnostic(
    _ rule: RuleDescriptor, _ message: String, at position: SourcePosition, pointer: JSONPointer, hint: String?
  ) -> Diagnostic {
    var d = rule.diagnostic(message, at: pointer, hint: hint)
    d.location.position = position
    return d
  }
}

private extension RuleDescriptor {
  static var notWellFormed: RuleDescriptor { StructureRules.notWellFormed }
  static var encoding: RuleDescriptor { StructureRules.encoding }
  static var tooDeep: RuleDescriptor { StructureRules.tooDeep }
  static var stringTooLong: RuleDescriptor { StructureRules.stringTooLong }
  static var listTooLong: RuleDescriptor { StructureRules.listTooLong }
  static var duplicateMember: RuleDescriptor { StructureRules.duplicateMember }
  static var jsonNumberForm: RuleDescriptor { StructureRules.jsonNumberForm }
}

@inline(__always) private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
@inline(__always) private func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
private func hexValue(_ b: UInt8) -> UInt8? {
  switch b {
  case 0x30...0x39: b - 0x30
  case 0x41...0x46: b - 0x41 + 10
  case 0x61...0x66: b - 0x61 + 10
  default: nil
  }
}
private func hex(_ b: UInt8) -> String {
  let s = String(b, radix: 16, uppercase: true)
  return s.count == 1 ? "0" + s : s
}
