import Foundation
import NDCStore
import NDCStorePostgres
import NDCStoreSQLite

/// The real stores the service's tests also run on: SQLite in a temporary file always;
/// PostgreSQL when NDC_TEST_DATABASE_URL names a throw-away database (scripts/ci/postgres.sh).
/// Each PostgreSQL test gets a schema of its own, so tests do not see each other's rows.
enum RealStores {
  /// The folder of every SQLite file this test process makes, removed when the process ends
  /// (the tests' stores were left behind in the temporary folder, one per test).
  static let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ndc-service-tests-\(ProcessInfo.processInfo.processIdentifier)")
    atexit { try? FileManager.default.removeItem(at: RealStores.folder) }
    return folder
  }()

  static var makers: [@Sendable () async throws -> any SubmissionStore] {
    var makers: [@Sendable () async throws -> any SubmissionStore] = [
      {
        try SQLiteStore(path: folder.appendingPathComponent("\(UUID().uuidString)/ndc.sqlite").path)
      }
    ]
    if let url = ProcessInfo.processInfo.environment["NDC_TEST_DATABASE_URL"], !url.isEmpty {
      makers.append({ try await PostgresTestDatabase.fresh(url) })
    }
    return makers
  }
}

/// A new, empty database on the test cluster for each store made (`CREATE DATABASE` through
/// psql), so that tests running at once never see each other's rows.
enum PostgresTestDatabase {
  struct Failure: Error, CustomStringConvertible { var description: String }

  static func fresh(_ url: String) async throws -> any SubmissionStore {
    guard let slash = url.lastIndex(of: "/"), url[..<slash].hasSuffix("//") == false else {
      throw Failure(description: "NDC_TEST_DATABASE_URL has no database: \(url)")
    }
    let name = "ndc_service_\(StoreIDs.random().prefix(16))"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-q", "-c", "CREATE DATABASE \(name)"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw Failure(description: "psql could not create a database") }
    let query = url[slash...].firstIndex(of: "?").map { String(url[$0...]) } ?? ""
    return PostgresStore(url: try PostgresDatabaseURL(String(url[...slash]) + name + query))
  }
}
