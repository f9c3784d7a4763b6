import Logging
import NDCStore
import NDCStorePostgres
import NDCStoreSQLite

/// The store named by `--db` (SQLite, the default) or `--database-url` (PostgreSQL).
enum StoreOpening {
  static func open(_ options: ServeRunner.StoreOptions, logger: Logger) async throws -> any SubmissionStore {
    if let text = options.databaseURL {
      let url: PostgresDatabaseURL
      do {
        url = try PostgresDatabaseURL(text)
      } catch {
        throw ServeRunner.Failure(description: "--database-url: \(error.description)")
      }
      return PostgresStore(url: url, logger: logger)
    }
    let path = options.db ?? "ndc.sqlite"
    do {
      return try SQLiteStore(path: path)
    } catch {
      throw ServeRunner.Failure(description: "\(path): \(error.message)")
    }
  }
}
