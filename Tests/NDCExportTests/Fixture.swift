import Foundation
import NDCCompile
@testable import NDCCore
import NDCExport
import NDCFormats

/// fixtures/dk read by the real readers and compiled once, and helpers on the exports.
enum Fixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The compiled DK corpus (nil only if the corpus or the compiler fails; tests then fail on #require).
  static let document: ContributionDocument? = {
    let folder = root.appendingPathComponent("fixtures/dk")
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter({ $0.hasSuffix(".json") || $0.hasSuffix(".xml") }).sorted(), !names.isEmpty,
      let reader = try? SubmissionReader() else { return nil }
    var inputs: [CompileInput] = []
    for name in names {
      guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { return nil }
      let bytes = [UInt8](data)
      inputs.append(CompileInput(bytes: bytes, read: reader.read(bytes: bytes, path: "fixtures/dk/" + name)))
    }
    guard let reference = try? ReferenceDataLoader.shipped() else { return nil }
    return try? Compiler(reference: reference, options: CompileOptions(toolVersion: "test")).compile(inputs: inputs)
  }()

  static func file(_ output: ExportOutput) -> String {
    if case .file(let text) = output { return text }
    return ""
  }

  /// Parses the exports' CSV (RFC 4180) into rows of fields.
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(text)
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if quoted {
        if c == "\"" {
          if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
        } else { field.append(c) }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field); field = ""
      } else if c == "\n" {
        row.append(field); rows.append(row); row = []; field = ""
      } else {
        field.append(c)
      }
      i += 1
    }
    chars.removeAll()
    if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
    return rows
  }

  /// Tonnes from a kt text: the decimal point shifted back three places (exact).
  static func tonnes(fromKt text: String) -> ExactDecimal? {
    if text.isEmpty { return nil }
    let negative = text.hasPrefix("-")
    let unsigned = negative ? String(text.dropFirst()) : text
    let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    let padded = fraction + String(repeating: "0", count: max(0, 3 - fraction.count))
    let integer = String(parts[0]) + padded.prefix(3)
    let rest = padded.dropFirst(3)
    let trimmed = String(integer.drop { $0 == "0" })
    return ExactDecimal((negative ? "-" : "") + (trimmed.isEmpty ? "0" : trimmed) + (rest.isEmpty ? "" : "." + rest))
  }
}
