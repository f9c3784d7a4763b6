import Foundation
@testable import NDCCore
import NDCTestSupport
import Testing
@testable import NDCDocument
@testable import NDCFormats

/// The JSON parser against Python's `json` (scripts/json-parse-verdicts.py) on texts written
/// from RFC 8259's grammar, generated at random and mutated: where Python reads a text, the
/// parser reads it to the same value, unless the text breaks one of the parser's deliberate
/// refusals (duplicate member names, nesting deeper than 32, lone surrogates, limits: SUBMISSION.md
/// and docs/decisions.md 100); where Python refuses a text, the parser refuses it too.
struct JSONParserDifferentialTests {
  /// Corners of the grammar, each a whole text.
  static let corners: [String] = [
    "{}", "[]", "0", "-0", "1", "-1", "0.5", "1.0", "1e5", "1E+5", "1e-5", "-0.0e0", "123456789012345678901234567890",
    "01", "-", "+1", ".5", "1.", "1e", "1e+", "0x10", "1_000", "- 1", "--1", "Infinity", "-Infinity", "NaN", "nan",
    "true", "false", "null", "True", "nul", "truex", "\"\"", "\"a\"", "\"\\u0000\"", "\"\\ud83d\\ude00\"", "\"\\ud800\"",
    "\"\\udc00\"", "\"\\ud800\\u0041\"", "\"\\uDBFF\\uDFFF\"", "\"\\x41\"", "\"\\'\"", "\"\\/\"", "\"\\b\\f\\n\\r\\t\"", "\"\\u00e6\"",
    "\"\\u00E6\"", "\"\\u12\"", "\"\\u12G4\"", "\"a\tb\"", "\"a\nb\"", "\"a\u{7F}b\"", "\"æøå\"", "\"\u{10FFFF}\"", "'a'",
    "\"a", "[1,]", "[,1]", "[1 2]", "[1,,2]", "{\"a\":1,}", "{,}", "{\"a\"}", "{\"a\":}", "{a:1}", "{\"a\" 1}", "{1:1}",
    "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":{\"a\":2}}", "{\"\":0}", "{\"\":0,\"\":1}", " {} ", "\t\n\r {}\r\n", "\u{FEFF}{}",
    "\u{FEFF}\u{FEFF}{}", "{}\u{FEFF}", "\u{A0}{}", "{} {}", "{}x", "[]]", "[[]", "{\"a\":[{\"b\":null}]}",
    String(repeating: "[", count: 31) + String(repeating: "]", count: 31),
    String(repeating: "[", count: 32) + String(repeating: "]", count: 32),
    String(repeating: "[", count: 33) + String(repeating: "]", count: 33),
    String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
    "{\"a\":" + String(repeating: "{\"a\":", count: 31) + "1" + String(repeating: "}", count: 32),
    "\"" + String(repeating: "x", count: 65536) + "\"", "\"" + String(repeating: "x", count: 65537) + "\"",
    "/* c */ {}", "{} // c", "\u{0}", "", " ", "\"\u{1F}\"", "[1e400]", "[-1e-400]", "[0.1234567]",
  ]

  @Test func parserAgreesWithPython() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-json-parse-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }

    var texts = Self.corners.map { Array($0.utf8) }
    var random = SplitMix(seed: 16)
    let generated = (0..<300).map { _ in Array(JSONGenerator.text(&random, depth: 0).utf8) }
    texts += generated
    let base = try Data(contentsOf: JSONSchemaDifferentialTests.root.appendingPathComponent("fixtures/valid/base.json"))
    for source in generated.prefix(100) + [[UInt8](base)] {
      for _ in 0..<(source.count > 1000 ? 200 : 3) { texts.append(JSONGenerator.mutate(source, &random)) }
    }

    var parsed: [String: (DocNode?, [Diagnostic])] = [:]
    for (k, bytes) in texts.enumerated() {
      let name = String(format: "case-%04d.json", k)
      try Data(bytes).write(to: folder.appendingPathComponent(name))
      let result = JSONParser.parse(bytes)
      parsed[name] = result
      if let document = result.document {
        let text = JSONWriter.write(document, format: SubmissionFormat.document)
        try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".ndc"))
      }
    }
    let output = try JSONSchemaDifferentialTests.run(
      ["python3", JSONSchemaDifferentialTests.root.appendingPathComponent("scripts/json-parse-verdicts.py").path, folder.path])
    let python = try JSONDecoder().decode([String: PythonVerdict].self, from: output)

    let deliberate = ["duplicate": "NDC-STR-012", "depth": "NDC-STR-005", "surrogate": "NDC-STR-002",
                      "string": "NDC-STR-006", "list": "NDC-STR-007"]
    var agreedAccepted = 0
    var agreedRefused = 0
    var refusedOnPurpose = 0
    for (name, (document, diagnostics)) in parsed.sorted(by: { $0.key < $1.key }) {
      let shown = String(decoding: texts[Int(name.dropFirst(5).prefix(4))!].prefix(80), as: UTF8.self)
      guard let verdict = python[name] else { Issue.record("\(name): no Python verdict"); continue }
      if !verdict.ok {
        #expect(document == nil, "\(name) `\(shown)`: Python refuses, ndc reads it")
        agreedRefused += 1
      } else if !verdict.deliberate.isEmpty {
        let codes = Set(verdict.deliberate.compactMap { deliberate[$0] })
        #expect(document == nil && diagnostics.contains { codes.contains($0.code) },
                "\(name) `\(shown)`: ndc should refuse on purpose (\(verdict.deliberate)), gives \(diagnostics.map(\.code))")
        refusedOnPurpose += 1
      } else {
        #expect(document != nil, "\(name) `\(shown)`: Python reads it, ndc refuses: \(diagnostics.map(\.message))")
        #expect(python[name + ".ndc"]?.value == verdict.value, "\(name) `\(shown)`: ndc reads another value")
        agreedAccepted += 1
      }
    }
    // All three outcomes occur.
    #expect(agreedAccepted >= 100)
    #expect(agreedRefused >= 100)
    #expect(refusedOnPurpose >= 5)
  }

  struct PythonVerdict: Decodable {
    var ok: Bool
    var value: String?
    var deliberate: [String]
  }
}

/// Random JSON texts from RFC 8259's grammar, and mutations of texts.
enum JSONGenerator {
  static let whitespace = ["", "", " ", "\n", "\t", "\r\n"]
  static let strings = ["", "a", "æ", "\\n", "\\\"", "\\\\", "\\/", "\\u0041", "\\u00e6", "\\ud83d\\ude00", "😀", "a b", "\\t"]
  static let numbers = ["0", "-0", "1", "-12", "3.25", "0.000001", "1e3", "2E-2", "-0.5e+1", "123456789012345", "10.5"]

  static func text(_ r: inout SplitMix, depth: Int) -> String {
    let ws = r.pick(whitespace)
    switch depth > 4 ? r.below(4) : r.below(6) {
    case 0: return ws + "\"" + r.pick(strings) + r.pick(strings) + "\"" + ws
    case 1: return ws + r.pick(numbers) + ws
    case 2: return ws + r.pick(["true", "false", "null"]) + ws
    case 3: return ws + "\"" + r.pick(strings) + "\"" + ws
    case 4:
      let items = (0..<r.below(4)).map { _ in text(&r, depth: depth + 1) }
      return ws + "[" + (items.isEmpty ? r.pick(whitespace) : items.joined(separator: ",")) + "]" + ws
    default:
      var names = Set<String>()
      let members = (0..<r.below(4)).compactMap { _ -> String? in
        let name = r.pick(["a", "b", "schemaVersion", "æ", "", "a b", "\\u0061"]) + r.pick(["", "1", "2"])
        guard names.insert(name).inserted else { return nil }
        return r.pick(whitespace) + "\"" + name + "\"" + r.pick(whitespace) + ":" + text(&r, depth: depth + 1)
      }
      return ws + "{" + (members.isEmpty ? r.pick(whitespace) : members.joined(separator: ",")) + "}" + ws
    }
  }

  static let tokens: [[UInt8]] = ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "1e", "-", ".", "0", "true",
                                  "nul", "NaN", " ", "\n", "\u{0}", "æ", "\u{FEFF}"].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80]]

  static func mutate(_ source: [UInt8], _ r: inout SplitMix) -> [UInt8] {
    var bytes = source
    for _ in 0...r.below(3) {
      let at = bytes.isEmpty ? 0 : r.below(bytes.count)
      switch r.below(5) {
      case 0 where !bytes.isEmpty: bytes.remove(at: at)
      case 1: bytes.insert(contentsOf: r.pick(tokens), at: at)
      case 2 where !bytes.isEmpty: bytes[at] = r.pick(tokens)[0]
      case 3 where !bytes.isEmpty: bytes.removeSubrange(at...)
      default:
        let end = min(bytes.count, at + r.below(8))
        bytes.insert(contentsOf: bytes[at..<end], at: at)
      }
    }
    return bytes
  }
}
