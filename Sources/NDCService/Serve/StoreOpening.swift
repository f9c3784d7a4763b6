import Logging
import NDCStore

/// The store named by `--db` / `--database-url`.
enum StoreOpening {
  static func open(_ options: ServeRunner.StoreOptions, logger: Logger) async throws -> any SubmissionStore {
    // FIXME(store): NDCStoreSQLite and NDCStorePostgres land from the `store` branch.
    throw ServeRunner.Failure(description: "no store implementation is built in yet")
  }
}
