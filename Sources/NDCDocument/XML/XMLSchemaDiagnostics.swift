import NDCCore
import NDCLibXML

/// A schema error tied to the element it concerns.
struct XMLSchemaFinding {
  var cause: SchemaErrorCause
  var error: LibXMLError
  var pointer: JSONPointer
  var position: SourcePosition?
  var elementName: String
  /// What the element is in the shape; nil when the shape does not know it.
  var kind: XMLDocumentBuilder.Kind?
  /// The enclosing element, when known.
  var parent: XMLDocumentBuilder.OpenElement?

  /// XSD sequences report a missing element as the next one being unexpected: when that
  /// next element is a field of the parent that comes after a required expected one which
  /// the parent does not have at all (not merely later, out of order), the finding is the
  /// parent lacking it (JSON reports the same as missing).
  func missingBeforeUnexpected(in document: DocNode) -> [String]? {
    guard cause == .unexpected, error.attributeName == nil, let parent, case .object(let object) = parent.kind,
      let position = object.fields.firstIndex(where: { $0.name == elementName && !$0.xmlAttribute })
    else { return nil }
    let expected = error.expectedElementNames
    let present = document.node(at: parent.pointer)
    let missing = object.fields[..<position].filter { field in
      field.required && expected.contains(field.name) && present?[member: field.name] == nil
    }
    return missing.isEmpty ? nil : missing.map(\.name)
  }
}

/// Turns libxml2's schema errors into short, compiler-like ERRORs: one per pointer and cause
/// (libxml2 reports one bad value several times: a facet, then the datatype), naming the
/// element and the expected form.
enum XMLSchemaDiagnostics {
  static func diagnostics(for findings: [XMLSchemaFinding], in document: DocNode) -> [Diagnostic] {
    let valueCauses: Set<SchemaErrorCause> = [.enumeration, .pattern, .bounds, .invalidValue]
    let facetPointers = Set(findings.filter { valueCauses.contains($0.cause) && $0.cause != .invalidValue }.map(\.pointer))
    var valuePointers = Set<JSONPointer>()
    var seen = Set<String>()
    var result: [Diagnostic] = []
    for finding in findings {
      if valueCauses.contains(finding.cause), finding.kind.map(isScalar) ?? false {
        // One diagnostic per bad value: the first facet libxml2 names, else the datatype.
        if finding.cause == .invalidValue, facetPointers.contains(finding.pointer) { continue }
        guard valuePointers.insert(finding.pointer).inserted else { continue }
      }
      var diagnostic = diagnostic(for: finding, in: document)
      guard seen.insert("\(diagnostic.location.pointer.text)\u{0}\(diagnostic.code)").inserted else { continue }
      let own = diagnostic.location.pointer == finding.pointer || diagnostic.location.pointer.text.hasPrefix(finding.pointer.text + "/")
      diagnostic.location.position = own ? finding.position : finding.parent?.position
      result.append(diagnostic)
    }
    // Text where an object or a list belongs is a wrong type, and libxml2 also reports the
    // children or items it then lacks: JSON reports the wrong type alone, and so does XML.
    let wrongTypes = Set(result.filter { $0.code == StructureRules.wrongType.code }.map(\.location.pointer))
    return result.filter { d in
      !(wrongTypes.contains(d.location.pointer)
        && (d.code == StructureRules.missingMember.code || d.code == StructureRules.outOfBounds.code))
    }
  }

  private static func diagnostic(for finding: XMLSchemaFinding, in document: DocNode) -> Diagnostic {
    let node = document.node(at: finding.pointer)
    let name = finding.elementName
    let value: String? = if case .string(let text)? = node?.value { text } else { nil }
    let scalar: ScalarShape? = if case .scalar(let s)? = finding.kind { s } else { nil }
    if let missing = finding.missingBeforeUnexpected(in: document), let parent = finding.parent {
      let names = missing.map { "`\($0)`" }.joined(separator: ", ")
      return StructureRules.missingMember.diagnostic("`\(parent.name)` lacks \(names)", at: parent.pointer)
    }
    if value == "", let scalar, scalar.type.isText, finding.cause != .missing, finding.cause != .unexpected {
      return ShapeValidator.empty(label: "`\(name)`", at: finding.pointer)
    }
    switch finding.cause {
    case .missing:
      let expected = expectedList(finding.error)
      if case .list(let list)? = finding.kind {
        return StructureRules.outOfBounds.diagnostic(
          "`\(name)` needs at least \(list.minItems) `\(list.itemElement)`", at: finding.pointer)
      }
      if let attribute = finding.error.attributeName {
        return StructureRules.missingMember.diagnostic("`\(name)` lacks the attribute `\(attribute)`", at: finding.pointer)
      }
      return StructureRules.missingMember.diagnostic("`\(name)` lacks \(expected)", at: finding.pointer)
    case .unexpected:
      let what = finding.error.attributeName.map { "attribute `\($0)` on `\(name)`" } ?? "element `\(name)`"
      let expected = finding.error.expectedElementNames.isEmpty ? "" : "; expected \(expectedList(finding.error))"
      // An attribute is a member of its element's object, as in JSON: the pointer names it
      // (decision 247), and the position is the attribute's (`XMLPrescan.attributePosition`).
      let pointer = finding.error.attributeName.map { finding.pointer.appending($0) } ?? finding.pointer
      return StructureRules.unexpectedMember.diagnostic("unexpected \(what)\(expected)", at: pointer)
    case .invalidValue:
      guard let scalar else {
        return StructureRules.wrongType.diagnostic(
          "`\(name)` must contain elements, not text", at: finding.pointer)
      }
      // A date or a date-time that is not one is text of the right type in the wrong form, as
      // in JSON; text where a number or a boolean belongs is a wrong type.
      return (scalar.type.isText ? StructureRules.patternMismatch : StructureRules.wrongType).diagnostic(
        "`\(name)` must be \(ExpectedForm.describe(scalar.type))\(quoted(value))", at: finding.pointer)
    case .enumeration:
      return StructureRules.notInEnumeration.diagnostic(
        "`\(name)` must be \(scalar.map { ExpectedForm.describe($0.type) } ?? "a listed value")\(quoted(value))",
        at: finding.pointer)
    case .pattern:
      return StructureRules.patternMismatch.diagnostic(
        "`\(name)` must be \(scalar.map { ExpectedForm.describe($0.type) } ?? "in its canonical form")\(quoted(value))",
        at: finding.pointer, hint: scalar.flatMap { ExpectedForm.canonicalHint($0.type, value: value) })
    case .bounds:
      return StructureRules.outOfBounds.diagnostic(
        "`\(name)` must be \(scalar.map { ExpectedForm.describe($0.type) } ?? "within its bounds")\(quoted(value))",
        at: finding.pointer)
    }
  }

  private static func isScalar(_ kind: XMLDocumentBuilder.Kind) -> Bool {
    if case .scalar = kind { return true }
    return false
  }

  private static func quoted(_ value: String?) -> String {
    guard let value else { return "" }
    let shown = value.count > 40 ? String(value.prefix(40)) + "…" : value
    return ", not `\(shown)`"
  }

  private static func expectedList(_ error: LibXMLError) -> String {
    let names = error.expectedElementNames.map { "`\($0)`" }
    switch names.count {
    case 0: return "a required element"
    case 1: return names[0]
    default: return "one of " + names.joined(separator: ", ")
    }
  }
}

/// How messages spell the form a scalar must have.
enum ExpectedForm {
  static func describe(_ type: ScalarType) -> String {
    switch type {
    case .string(let pattern): describe(pattern)
    case .decimal(let bounds): "a decimal" + describe(bounds)
    case .integer(let bounds): "an integer" + describe(bounds)
    case .boolean: "`true` or `false`"
    case .date: "a date YYYY-MM-DD"
    case .dateTime: "a date-time with offset, e.g. 2025-03-01T12:00:00Z"
    case .enumeration(_, let values): "one of " + values.map { "`\($0)`" }.joined(separator: ", ")
    case .constant(let value): "`\(value)`"
    }
  }

  private static func describe(_ pattern: LexicalPattern) -> String {
    switch pattern {
    case .text: "text without CR or control characters"
    case .identifier: "1–64 of A–Z a–z 0–9 . _ -"
    case .code: "a code without leading zeros, e.g. `101`"
    case .gpc: "a GPC code such as `I.1.2`"
    case .email: "an e-mail address"
    case .decimal: "a decimal such as `12.5`"
    case .integer: "an integer without leading zeros"
    case .boolean: "`true` or `false`"
    case .date: "a date YYYY-MM-DD"
    case .dateTime: "a date-time with offset"
    }
  }

  private static func describe(_ bounds: Bounds) -> String {
    switch (bounds.minimum, bounds.maximum) {
    case (let minimum?, let maximum?):
      " \(bounds.exclusiveMinimum ? "above \(minimum) and at most" : "from \(minimum) to") \(maximum)"
    case (let minimum?, nil): bounds.exclusiveMinimum ? " above \(minimum)" : " ≥ \(minimum)"
    case (nil, let maximum?): " ≤ \(maximum)"
    case (nil, nil): ""
    }
  }

  /// For a zero-padded code, the canonical form (`0101` → "write `101`").
  static func canonicalHint(_ type: ScalarType, value: String?) -> String? {
    guard case .string(.code) = type, let value, value.first == "0", value.allSatisfy(\.isASCIIDigit) else { return nil }
    let canonical = String(value.drop { $0 == "0" })
    return canonical.isEmpty ? nil : "write `\(canonical)`"
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
