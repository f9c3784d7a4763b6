import Foundation
import NDCTestSupport
import Testing

/// Independent validators (xmllint, Python's xmlschema and jsonschema) agree with the
/// committed schemas on the valid documents and the negative fixtures. Needs xmllint and the
/// Python packages: the script fails when one is missing, and so does this test.
@Suite struct SchemaValidatorsAgreementTests {
  /// Runs `python3 scripts/check-schemas.py ARGS…` in the package root.
  static func checkSchemas(_ arguments: [String] = []) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "scripts/check-schemas.py"] + arguments
    process.currentDirectoryURL = PackageRoot.url
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  @Test func validatorsAgreeWithTheSchemas() throws {
    let run = try Self.checkSchemas()
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains(" passed, 0 failed"))
  }

  @Test func theCheckFailsWhenAValidatorDisagrees() throws {
    // The negative fixtures offered as documents to accept: every validator refuses them.
    let run = try Self.checkSchemas(["fixtures/invalid/schema"])
    #expect(run.status == 1)
    #expect(run.output.contains("FAIL xmllint refuses fixtures/invalid/schema/SC-001"))
    #expect(run.output.contains("FAIL jsonschema refuses fixtures/invalid/schema/SC-001"))
  }
}
