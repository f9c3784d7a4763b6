import Foundation
import NDCTestSupport
import Testing

/// Runs the built `ndc` binary and captures what it prints (NDCTestSupport reads both pipes at
/// once and takes the binary of this build only).
struct CLI {
  static let packageRoot: URL = PackageRoot.url

  typealias Result = ProcessResult

  static func run(_ arguments: [String], environment: [String: String] = [:], in directory: URL = packageRoot) throws -> Result {
    try NDCBinary.run(arguments, environment: environment, in: directory)
  }

  static func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], in directory: URL = packageRoot) throws -> Result {
    try ProcessRunner.run(executable, arguments, environment: environment, in: directory)
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
