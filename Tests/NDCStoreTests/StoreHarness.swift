import Foundation
import GRDB
import Logging
import NDCStore
import NDCStorePostgres
import NDCStoreSQLite
import PostgresNIO

/// The two store kinds the contract runs against.
enum StoreKind: String, Sendable, CustomStringConvertible {
  case sqlite, postgresql
  var description: String { rawValue }

  /// The PostgreSQL server of the tests: CI starts a throw-away cluster and sets it
  /// (`scripts/ci/postgres.sh`); each test makes a database of its own there.
  static let postgresURL: PostgresDatabaseURL? = ProcessInfo.processInfo.environment["NDC_TEST_DATABASE_URL"]
    .flatMap { try? PostgresDatabaseURL($0) }
}

/// One empty database of a kind, the store on it, and ways to open a second store on the same
/// database and to run raw SQL there through the driver (as an intruder with the database's
/// password would).
final class StoreHarness: Sendable {
  let kind: StoreKind
  let store: any SubmissionStore
  private let location: Location

  private enum Location {
    case file(folder: URL, path: String)
    case database(admin: PostgresDatabaseURL, url: PostgresDatabaseURL)
  }

  private init(kind: StoreKind, store: any SubmissionStore, location: Location) {
    self.kind = kind; self.store = store; self.location = location
  }

  /// A new empty database of `kind`, migrated unless told otherwise.
  static func make(_ kind: StoreKind, migrated: Bool = true) async throws -> StoreHarness {
    let harness: StoreHarness
    switch kind {
    case .sqlite:
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-store-test-\(StoreIDs.random())")
      // A folder that does not exist yet: the store creates it.
      let path = folder.appendingPathComponent("nested/ndc.sqlite").path
      harness = StoreHarness(kind: kind, store: try SQLiteStore(path: path), location: .file(folder: folder, path: path))
    case .postgresql:
      guard let admin = StoreKind.postgresURL else { throw StoreError(.unavailable, "NDC_TEST_DATABASE_URL is not set") }
      var url = admin
      let database = "ndc_test_\(StoreIDs.random())"
      url.database = database
      // An identifier cannot be a bind parameter; this one is a constant and hex digits.
      try await withClient(admin) { client in
        try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(database)"))
      }
      harness = StoreHarness(
        kind: kind, store: PostgresStore(url: url, logger: quietLogger), location: .database(admin: admin, url: url))
    }
    if migrated { try await harness.store.migrate() }
    return harness
  }

  /// Another store on the same database (another service instance, or the service restarted).
  func open() throws -> any SubmissionStore {
    switch location {
    case .file(_, let path): try SQLiteStore(path: path)
    case .database(_, let url): PostgresStore(url: url, logger: Self.quietLogger)
    }
  }

  /// Runs one statement through the driver, bypassing the store.
  func raw(_ sql: String) async throws {
    switch location {
    case .file(_, let path):
      let queue = try DatabaseQueue(path: path)
      try await queue.write { db in try db.execute(sql: sql) }
      try queue.close()
    case .database(_, let url):
      try await Self.withClient(url) { client in try await client.query(PostgresQuery(unsafeSQL: sql)) }
    }
  }

  /// Closes the store and removes the database.
  func dispose() async {
    await store.close()
    switch location {
    case .file(let folder, _):
      try? FileManager.default.removeItem(at: folder)
    case .database(let admin, let url):
      try? await Self.withClient(admin) { client in
        try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(url.database) WITH (FORCE)"))
      }
    }
  }

  static let quietLogger = Logger(label: "ndc.store.test") { _ in SwiftLogNoOpLogHandler() }

  static func withClient(_ url: PostgresDatabaseURL, _ body: @Sendable (PostgresClient) async throws -> Void)
    async throws
  {
    let client = PostgresClient(
      configuration: url.clientConfiguration(maximumConnections: 2), backgroundLogger: quietLogger)
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { await client.run() }
      defer { group.cancelAll() }
      try await body(client)
    }
  }
}

/// Runs `body` on a new harness of `kind` and disposes of it, also when `body` throws.
func withStore(_ kind: StoreKind, migrated: Bool = true, _ body: (StoreHarness) async throws -> Void) async throws {
  let harness = try await StoreHarness.make(kind, migrated: migrated)
  do {
    try await body(harness)
  } catch {
    await harness.dispose()
    throw error
  }
  await harness.dispose()
}
