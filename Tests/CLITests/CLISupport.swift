import Foundation
import Testing

/// Runs the built `ndc` binary and captures what it prints.
struct CLI {
  static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The `ndc` executable next to the test bundle.
  static let binary: URL? = {
    var url = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = url.appendingPathComponent("ndc")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      url = url.deletingLastPathComponent()
    }
    for config in ["debug", "release"] {
      let candidate = packageRoot.appendingPathComponent(".build/\(config)/ndc")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }()

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL = packageRoot) throws -> Result {
    let binary = try #require(binary, "the ndc executable is not built (run `swift build` first)")
    return try runProcess(binary, arguments, environment: environment, in: directory)
  }

  static func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], in directory: URL = packageRoot) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Validates JSON text against a JSON Schema with Python `jsonschema` (2020-12, format checker).
  static func pythonSchemaCheck(json: String, schema: URL) throws -> Result {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("doc.json")
    try json.write(to: file, atomically: true, encoding: .utf8)
    let script = """
      import json, sys
      from jsonschema import Draft202012Validator
      schema = json.load(open(sys.argv[1]))
      doc = json.load(open(sys.argv[2]))
      errors = list(Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).iter_errors(doc))
      for e in errors: print(e.message)
      sys.exit(1 if errors else 0)
      """
    return try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema.path, file.path])
  }

  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }
}
