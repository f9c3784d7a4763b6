import NDCCore

/// Checks a logical document against a `Shape` with the verdict of the JSON Schema generated
/// from the same shape (`additionalProperties: false`, `required`, types, `enum`/`const`,
/// patterns, `minLength: 1`, formats `date`/`date-time`, bounds, `minItems`), and reports
/// each violation with the schema ERROR codes of `StructureRules`.
///
/// Numbers outside the accepted lexical form were reported by the parser (`NDC-SCH-007`) and
/// are not judged again. An integer written with a zero fraction (`2018.0`) is `NDC-SCH-007`
/// here: JSON Schema's `integer` accepts it, the accepted integer form does not.
struct ShapeValidator {
  private(set) var diagnostics: [Diagnostic] = []

  static func validate(_ document: DocNode, against root: ObjectShape) -> [Diagnostic] {
    var validator = ShapeValidator()
    validator.checkObject(document, root, at: .root, label: "the submission")
    return validator.diagnostics
  }

  /// Suggestions cost an edit distance per known name; past the listed diagnostics they are
  /// never shown, so a hostile document with thousands of unknown members stays linear.
  private var wantsHints: Bool { diagnostics.count < Limits.maxDiagnosticsPerFile }

  private mutating func check(_ node: DocNode, _ shape: Shape, at pointer: JSONPointer, label: String) {
    switch shape {
    case .object(let object): checkObject(node, object, at: pointer, label: label)
    case .list(let list): checkList(node, list, at: pointer, label: label)
    case .scalar(let scalar): checkScalar(node, scalar.type, at: pointer, label: label)
    }
  }

  private mutating func checkObject(_ node: DocNode, _ shape: ObjectShape, at pointer: JSONPointer, label: String) {
    guard case .object(let members) = node.value else {
      return wrongType(node, expected: "an object", at: pointer, label: label)
    }
    for member in members {
      let memberPointer = pointer.appending(member.name)
      guard let field = shape.field(member.name) else {
        report(
          .unexpectedMember, "\(label) has no member `\(member.name)`", at: memberPointer,
          position: member.namePosition ?? member.node.position,
          hint: wantsHints ? MemberNames.suggestion(for: member.name, among: shape.fields.map(\.name)) : nil)
        continue
      }
      check(member.node, field.shape, at: memberPointer, label: "`\(member.name)`")
    }
    for field in shape.fields where field.required && !members.contains(where: { $0.name == field.name }) {
      report(.missingMember, "\(label) lacks the required member `\(field.name)`", at: pointer, position: node.position)
    }
  }

  private mutating func checkList(_ node: DocNode, _ shape: ListShape, at pointer: JSONPointer, label: String) {
    guard case .array(let items) = node.value else {
      return wrongType(node, expected: "a list", at: pointer, label: label)
    }
    if items.count < shape.minItems {
      report(
        .outOfBounds, "\(label) needs at least \(shape.minItems) item\(shape.minItems == 1 ? "" : "s")", at: pointer,
        position: node.position, hint: "add an item, or leave the member out where it is optional")
    }
    for (index, item) in items.enumerated() {
      check(item, shape.item, at: pointer.appending(index), label: "item \(index) of \(label)")
    }
  }

  private mutating func checkScalar(_ node: DocNode, _ type: ScalarType, at pointer: JSONPointer, label: String) {
    switch type {
    case .string(let pattern):
      guard let text = string(node, expected: "a string", at: pointer, label: label) else { return }
      if !LexicalForms.matches(pattern, text) {
        report(
          .patternMismatch, "\(label) \(quoted(text)) is not \(pattern.expectation)", at: pointer, position: node.position,
          hint: pattern.hint(for: text))
      }
    case .enumeration(let name, let values):
      guard let text = string(node, expected: "a string", at: pointer, label: label) else { return }
      checkCode(text, values, name: name, node, at: pointer, label: label)
    case .constant(let value):
      guard let text = string(node, expected: "the string \"\(value)\"", at: pointer, label: label) else { return }
      checkCode(text, [value], name: nil, node, at: pointer, label: label)
    case .decimal(let bounds):
      guard case .number(let text) = node.value else { return wrongType(node, expected: "a number", at: pointer, label: label) }
      guard let value = ExactDecimal(text) else { return }  // reported by the parser (NDC-SCH-007)
      checkBounds(value, bounds, node, at: pointer, label: label)
    case .integer(let bounds):
      guard case .number(let text) = node.value else { return wrongType(node, expected: "an integer", at: pointer, label: label) }
      guard let value = ExactDecimal(text) else { return }  // reported by the parser (NDC-SCH-007)
      guard value.micros % ExactDecimal.scale == 0 else {
        return wrongType(node, expected: "an integer", at: pointer, label: label)
      }
      if text.utf8.contains(UInt8(ascii: ".")) {
        report(
          .jsonNumberForm, "\(label) `\(text)` is an integer written with a fraction", at: pointer, position: node.position,
          hint: "write `\(value.description)`")
        return
      }
      checkBounds(value, bounds, node, at: pointer, label: label)
    case .boolean:
      guard case .bool = node.value else { return wrongType(node, expected: "`true` or `false`", at: pointer, label: label) }
    case .date:
      guard let text = string(node, expected: "a date string", at: pointer, label: label) else { return }
      if !(LexicalForms.matches(.date, text) && CalendarDate(text) != nil) {
        report(
          .patternMismatch, "\(label) \(quoted(text)) is not a date that exists", at: pointer, position: node.position,
          hint: "write YYYY-MM-DD, e.g. `2025-06-30`")
      }
    case .dateTime:
      guard let text = string(node, expected: "a date-time string", at: pointer, label: label) else { return }
      if !(LexicalForms.matches(.dateTime, text) && DateTime(text) != nil) {
        report(
          .patternMismatch, "\(label) \(quoted(text)) is not a date-time with offset", at: pointer, position: node.position,
          hint: LexicalPattern.dateTime.hint(for: text))
      }
    }
  }

  /// The text of a string value, or nil after reporting a wrong type or an empty string.
  private mutating func string(_ node: DocNode, expected: String, at pointer: JSONPointer, label: String) -> String? {
    guard case .string(let text) = node.value else {
      wrongType(node, expected: expected, at: pointer, label: label)
      return nil
    }
    if text.isEmpty {
      report(Self.empty(label: label, at: pointer), position: node.position)
      return nil
    }
    return text
  }

  private mutating func checkCode(
    _ text: String, _ values: [String], name: String?, _ node: DocNode, at pointer: JSONPointer, label: String
  ) {
    guard !values.contains(text) else { return }
    let caseInsensitive = values.first { $0.lowercased() == text.lowercased() }
    let listed = values.count <= 12 ? values.map { "`\($0)`" }.joined(separator: ", ") : "the values of \(name ?? "the list")"
    report(
      .notInEnumeration, "\(label) \(quoted(text)) is not one of \(listed)", at: pointer, position: node.position,
      hint: caseInsensitive.map { "write `\($0)` (codes are case-sensitive)" })
  }

  private mutating func checkBounds(_ value: ExactDecimal, _ bounds: Bounds, _ node: DocNode, at pointer: JSONPointer, label: String) {
    guard !bounds.contains(value) else { return }
    let expected: String
    switch (bounds.minimum, bounds.maximum) {
    case (let minimum?, let maximum?):
      expected = bounds.exclusiveMinimum ? "above \(minimum) and at most \(maximum)" : "between \(minimum) and \(maximum)"
    case (let minimum?, nil): expected = bounds.exclusiveMinimum ? "above \(minimum)" : "at least \(minimum)"
    case (nil, let maximum?): expected = "at most \(maximum)"
    case (nil, nil): return
    }
    report(.outOfBounds, "\(label) is \(value), expected \(expected)", at: pointer, position: node.position)
  }

  private mutating func wrongType(_ node: DocNode, expected: String, at pointer: JSONPointer, label: String) {
    report(.wrongType, "\(label) must be \(expected), found \(node.value.typeDescription)", at: pointer, position: node.position)
  }

  /// An empty text, in either format (decision 248): the lexical form, as `minLength: 1` is
  /// part of it (decision 16).
  static func empty(label: String, at pointer: JSONPointer) -> Diagnostic {
    StructureRules.patternMismatch.diagnostic("\(label) is empty", at: pointer, hint: "write a value, or leave an optional member out")
  }

  private mutating func report(
    _ rule: RuleDescriptor, _ message: String, at pointer: JSONPointer, position: SourcePosition?, hint: String? = nil
  ) {
    report(rule.diagnostic(message, at: pointer, hint: hint), position: position)
  }

  private mutating func report(_ diagnostic: Diagnostic, position: SourcePosition?) {
    var d = diagnostic
    d.location.position = position
    diagnostics.append(d)
  }

  private func quoted(_ text: String) -> String {
    let shown = text.unicodeScalars.count > 40 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…" : text
    return "\"" + shown.unicodeScalars.map { $0.value < 0x20 ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined() + "\""
  }
}

private extension RuleDescriptor {
  static var unexpectedMember: RuleDescriptor { StructureRules.unexpectedMember }
  static var missingMember: RuleDescriptor { StructureRules.missingMember }
  static var wrongType: RuleDescriptor { StructureRules.wrongType }
  static var notInEnumeration: RuleDescriptor { StructureRules.notInEnumeration }
  static var patternMismatch: RuleDescriptor { StructureRules.patternMismatch }
  static var outOfBounds: RuleDescriptor { StructureRules.outOfBounds }
  static var jsonNumberForm: RuleDescriptor { StructureRules.jsonNumberForm }
}

extension DocValue {
  /// How a message names the JSON type found.
  var typeDescription: String {
    switch self {
    case .object: "an object"
    case .array: "a list"
    case .string: "a string"
    case .number: "a number"
    case .bool: "a boolean"
    case .null: "null"
    }
  }
}

extension LexicalPattern {
  /// What a value of this form is, for "… is not ⟨expectation⟩".
  var expectation: String {
    switch self {
    case .text: "text without control characters"
    case .identifier: "an identifier"
    case .code: "a code without leading zeros"
    case .gpc: "a GPC code"
    case .email: "an e-mail address"
    case .decimal: "a decimal"
    case .integer: "an integer"
    case .boolean: "`true` or `false`"
    case .date: "a date"
    case .dateTime: "a date-time with offset"
    }
  }

  /// The canonical form to write instead, or the form expected.
  func hint(for text: String) -> String {
    switch self {
    case .text: "only tab and line feed among the control characters; no U+FFFE, U+FFFF"
    case .identifier: "1 to 64 of A–Z, a–z, 0–9, `.`, `_`, `-`"
    case .code: LexicalForms.canonicalCode(text).map { "write `\($0)`" } ?? "1 to 8 digits, not starting with 0, e.g. `101`"
    case .gpc: "a sector, subsector or reference number, e.g. `I`, `I.1`, `I.1.1`"
    case .email: "e.g. `klima@kommune.dk`"
    case .decimal: "e.g. `1234.5`: no exponent, at most 15 integer digits and 6 decimals"
    case .integer: "digits without leading zeros, e.g. `2018`"
    case .boolean: "write `true` or `false`"
    case .date: "write YYYY-MM-DD, e.g. `2025-06-30`"
    case .dateTime: "RFC 3339 with an offset, e.g. `2026-03-01T12:00:00Z` or `2026-03-01T13:00:00+01:00`"
    }
  }
}

/// Suggestions for misspelt member names.
enum MemberNames {
  /// "did you mean `title`?" for a name within two edits (or differing only in case), else nil.
  static func suggestion(for name: String, among names: [String]) -> String? {
    let lowered = name.lowercased()
    if let exact = names.first(where: { $0.lowercased() == lowered }) { return "did you mean `\(exact)`?" }
    let best = names.map { ($0, editDistance(Array(lowered.unicodeScalars), Array($0.lowercased().unicodeScalars))) }
      .filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
    return best.map { "did you mean `\($0.0)`?" }
  }

  /// Levenshtein distance (names are short).
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.count > 64 || b.count > 64 { return Int.max }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
