import NDCStore

/// The real stores, once their modules are built in (SQLite always; PostgreSQL when
/// NDC_TEST_DATABASE_URL names a throw-away database).
enum RealStores {
  static var makers: [@Sendable () async throws -> any SubmissionStore] { [] }
}
