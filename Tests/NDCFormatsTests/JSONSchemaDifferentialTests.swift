import Foundation
@testable import NDCCore
import Testing
@testable import NDCDocument
@testable import NDCFormats
import NDCTestSupport

/// The JSON reader's schema checks give the same verdict as Python `jsonschema` (Draft 2020-12
/// with its format checker) on the shipped JSON Schema, over several hundred documents made
/// from a valid base by deleting members, changing types, breaking code lists, patterns and
/// bounds, and adding unknown members. Only cases both can see: no exponents, no long digit
/// runs, no strings ending in a newline (Python's `$` matches before one).
struct JSONSchemaDifferentialTests {
  static let root = PackageRoot.url

  /// The base document: the committed fixture when present, else the full coding sample.
  static func base() -> DocNode {
    let fixture = root.appendingPathComponent("fixtures/valid/base.json")
    if let data = FileManager.default.contents(atPath: fixture.path),
      let document = JSONParser.parse([UInt8](data)).document
    {
      return document
    }
    return SubmissionCoding.encode(CodingSamples.full)
  }

  /// The committed schema when present, else one generated from the shape.
  static func schemaPath(in folder: URL) throws -> String {
    let committed = root.appendingPathComponent("schemas/\(SubmissionFormat.document.jsonSchemaFileName)")
    if FileManager.default.fileExists(atPath: committed.path) { return committed.path }
    let generated = folder.appendingPathComponent("schema.json")
    try JSONSchemaGenerator.generate(SubmissionFormat.document).write(to: generated, atomically: true, encoding: .utf8)
    return generated.path
  }

  @Test func verdictsAgreeWithJSONSchema() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-json-diff-\(UUID().uuidString)")
    let cases = folder.appendingPathComponent("cases")
    try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    let base = Self.base()
    var mutations = JSONSchemaMutations()
    mutations.walk(base, .object(SubmissionFormat.document.root), at: .root)
    #expect(mutations.cases.count >= 300)

    var ndcVerdicts: [String: String] = [:]
    var descriptions: [String: String] = [:]
    for (k, mutation) in mutations.cases.enumerated() {
      let name = String(format: "case-%04d.json", k)
      let document = JSONTestDocuments.replacing(mutation.pointer, in: base, with: mutation.value)
      let bytes = JSONTestDocuments.bytes(document)
      try Data(bytes).write(to: cases.appendingPathComponent(name))
      let diagnostics = JSONDocumentReader.read(bytes: bytes, format: SubmissionFormat.document).diagnostics
      ndcVerdicts[name] = diagnostics.contains { $0.severity.invalidates } ? "invalid" : "valid"
      descriptions[name] = "\(mutation.pointer) ← \(mutation.label)"
    }

    let python = try Self.run(["python3", Self.root.appendingPathComponent("scripts/json-verdicts.py").path,
                                try Self.schemaPath(in: folder), cases.path])
    let reference = try JSONDecoder().decode([String: String].self, from: python)
    #expect(reference.count == ndcVerdicts.count)
    var valid = 0
    for (name, verdict) in ndcVerdicts.sorted(by: { $0.key < $1.key }) {
      if verdict == "valid" { valid += 1 }
      #expect(reference[name] == verdict, "\(name): \(descriptions[name] ?? "")")
    }
    // Both verdicts occur.
    #expect(valid > 0)
    #expect(valid < ndcVerdicts.count)
  }

  static func run(_ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return data
  }
}

/// The generated cases: a pointer and the value to put there (nil deletes).
struct JSONSchemaMutations {
  struct Case {
    var pointer: JSONPointer
    var value: DocValue?
    var label: String
  }
  private(set) var cases: [Case] = []

  private mutating func add(_ pointer: JSONPointer, _ value: DocValue?, _ label: String) {
    cases.append(Case(pointer: pointer, value: value, label: label))
  }

  mutating func walk(_ node: DocNode, _ shape: Shape, at pointer: JSONPointer) {
    switch shape {
    case .object(let object):
      guard case .object(let members) = node.value else { return }
      add(pointer.appending("unknownMember"), .string("x"), "unknown member")
      add(pointer, .array([]), "a list for an object")
      for member in members {
        let memberPointer = pointer.appending(member.name)
        add(memberPointer, nil, "deleted")
        if let field = object.field(member.name) { walk(member.node, field.shape, at: memberPointer) }
      }
    case .list(let list):
      guard case .array(let items) = node.value else { return }
      add(pointer, .object([]), "an object for a list")
      add(pointer, .array([]), "empty list (minItems \(list.minItems))")
      for (k, item) in items.enumerated() { walk(item, list.item, at: pointer.appending(k)) }
    case .scalar(let scalar):
      scalarCases(scalar.type, at: pointer)
    }
  }

  private mutating func scalarCases(_ type: ScalarType, at pointer: JSONPointer) {
    add(pointer, .null, "null")
    switch type {
    case .string(let pattern):
      add(pointer, .number("1"), "a number for a string")
      add(pointer, .string(""), "empty string")
      for sample in Self.patternSamples[pattern] ?? [] { add(pointer, .string(sample), "pattern sample") }
    case .enumeration(_, let values):
      add(pointer, .bool(true), "a boolean for a code")
      add(pointer, .string(values[0].uppercased() == values[0] ? values[0].lowercased() : values[0].uppercased()), "case changed")
      add(pointer, .string(values[values.count - 1]), "last code")
    case .constant:
      add(pointer, .string("0.9"), "another constant")
    case .decimal(let bounds):
      add(pointer, .string("1"), "a string for a number")
      add(pointer, .bool(false), "a boolean for a number")
      boundCases(bounds, at: pointer, step: ExactDecimal("0.000001")!)
      add(pointer, .number("123456789012345.123456"), "widest accepted form")
    case .integer(let bounds):
      add(pointer, .string("2020"), "a string for an integer")
      add(pointer, .number("1.5"), "a fraction for an integer")
      boundCases(bounds, at: pointer, step: .one)
    case .boolean:
      add(pointer, .string("true"), "a string for a boolean")
      add(pointer, .number("1"), "a number for a boolean")
      add(pointer, .bool(false), "false")
    case .date:
      for sample in ["2024-02-29", "2023-02-29", "2023-13-01", "2023-1-01", "20230101", "2023-04-31"] {
        add(pointer, .string(sample), "date sample")
      }
    case .dateTime:
      for sample in [
        "2025-03-01T12:30:00Z", "2025-03-01T12:30:00.123+01:00", "2025-03-01T12:30:00", "2025-03-01t12:30:00z",
        "2025-02-29T12:30:00Z", "2025-03-01T24:00:00Z", "2025-03-01T12:30:60Z", "2025-03-01 12:30:00Z",
      ] { add(pointer, .string(sample), "date-time sample") }
    }
  }

  private mutating func boundCases(_ bounds: Bounds, at pointer: JSONPointer, step: ExactDecimal) {
    if let minimum = bounds.minimum {
      add(pointer, .number(minimum.description), "at the minimum")
      add(pointer, .number((minimum - step).description), "below the minimum")
      add(pointer, .number((minimum + step).description), "above the minimum")
    } else {
      add(pointer, .number("-5.5"), "negative")
    }
    if let maximum = bounds.maximum {
      add(pointer, .number(maximum.description), "at the maximum")
      add(pointer, .number((maximum + step).description), "above the maximum")
    }
  }

  static let patternSamples: [LexicalPattern: [String]] = [
    .text: ["ok æøå\ttab\nline", "bell\u{7}", "cr\rhere", "del\u{7F}ok", "nonchar\u{FFFE}"],
    .identifier: ["ok-1.2_3", "with space", String(repeating: "a", count: 65), "ø"],
    .code: ["101", "0101", "123456789", "12a"],
    .gpc: ["I.1.1", "VII", "I.0", "I.1.1.1", "i.1"],
    .email: ["a@b.dk", "ab.dk", "a@b", "a b@c.dk", "a@@b.dk"],
  ]
}
