import Foundation
import GRDB
import NDCStore
import NDCStorePostgres
import NDCStoreSQLite
import Testing

@Suite struct DatabaseURLTests {
  @Test func aFullURL() throws {
    let url = try PostgresDatabaseURL("postgresql://ndc:secret@db.example.org:6543/intake")
    #expect(url == PostgresDatabaseURL(user: "ndc", password: "secret", host: "db.example.org", port: 6543, database: "intake"))
  }

  @Test func theShortestURLTakesTheDefaults() throws {
    let url = try PostgresDatabaseURL("postgres://ndc@localhost/intake")
    #expect(url == PostgresDatabaseURL(user: "ndc", password: nil, host: "localhost", port: 5432, database: "intake"))
    #expect(url.tls == .prefer)
  }

  @Test func percentEscapesAreDecoded() throws {
    let url = try PostgresDatabaseURL("postgresql://us%40er:p%3Aa%2Fss%40w%25rd%C3%A6@127.0.0.1/my%20db")
    #expect(url.user == "us@er")
    #expect(url.password == "p:a/ss@w%rdæ")
    #expect(url.database == "my db")
    // Unescaped, the first ':' splits user and password, and the last '@' ends them.
    let raw = try PostgresDatabaseURL("postgresql://ndc:pa:ss@word@host/db")
    #expect(raw.password == "pa:ss@word")
    #expect(raw.host == "host")
  }

  @Test func anEmptyPasswordIsNotNoPassword() throws {
    #expect(try PostgresDatabaseURL("postgresql://ndc:@host/db").password == "")
    #expect(try PostgresDatabaseURL("postgresql://ndc@host/db").password == nil)
  }

  @Test func ipv6AndSocketHosts() throws {
    let v6 = try PostgresDatabaseURL("postgresql://ndc@[::1]:5433/db")
    #expect(v6.host == "::1")
    #expect(v6.port == 5433)
    let socket = try PostgresDatabaseURL("postgresql://ndc@%2Fvar%2Frun%2Fpostgresql/db")
    #expect(socket.host == "/var/run/postgresql")
    #expect(socket.clientConfiguration().unixSocketPath == "/var/run/postgresql/.s.PGSQL.5432")
    #expect(try PostgresDatabaseURL("postgresql://ndc@host/db").clientConfiguration().host == "host")
  }

  @Test(arguments: [("disable", PostgresDatabaseURL.TLSMode.disable), ("prefer", .prefer), ("require", .require), ("verify-full", .require)])
  func sslMode(_ text: String, _ mode: PostgresDatabaseURL.TLSMode) throws {
    #expect(try PostgresDatabaseURL("postgresql://ndc@host/db?sslmode=\(text)").tls == mode)
  }

  @Test(arguments: [
    "", "mysql://ndc@host/db", "postgresql://host/db", "postgresql://@host/db", "postgresql://ndc@host",
    "postgresql://ndc@host/", "postgresql://ndc@/db", "postgresql://ndc@host:0/db", "postgresql://ndc@host:65536/db",
    "postgresql://ndc@host:54x/db", "postgresql://ndc@host:/db", "postgresql://ndc@[::1/db", "postgresql://ndc@[::1]x/db",
    "postgresql://ndc@host/db/more", "postgresql://n%4@host/db", "postgresql://n%zz@host/db", "postgresql://n%ff@host/db",
    "postgresql://n%0a@host/db", "postgresql://ndc@host/db?sslmode=sometimes", "postgresql://ndc@host/db?user=x",
  ])
  func malformedURLsAreRefused(_ text: String) {
    #expect(throws: DatabaseURLError.self) { try PostgresDatabaseURL(text) }
  }

  @Test func theErrorNeverRepeatsThePassword() {
    let error = #expect(throws: DatabaseURLError.self) { try PostgresDatabaseURL("postgresql://ndc:hunter2@host:99999/db") }
    #expect(error.map { !$0.description.contains("hunter2") } == true)
    #expect(error?.description.contains("port") == true)
  }
}

@Suite struct SQLiteStoreSetupTests {
  /// WAL and synchronous=FULL on every connection of the pool: commits survive a power loss.
  @Test func durableSettings() async throws {
    try await withStore(.sqlite) { h in
      let store = try #require(h.store as? SQLiteStore)
      let queue = try DatabaseQueue(path: store.path)
      let journal = try await queue.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
      try queue.close()
      #expect(journal == "wal")
      #expect(try await store.synchronousSetting() == 2, "FULL")
      #expect(try await store.tempStoreSetting() == 2, "MEMORY: no journal spilled to a temporary file")
    }
  }

  /// What every POST reads costs the same however many versions are stored (decision 203):
  /// SQLite's steps for the reads of a POST stay put when one submitter's history grows from
  /// 20 to 420 versions, while a read of every version of it grows with them.
  @Test func postReadsDoNotGrowWithTheHistory() async throws {
    try await withStore(.sqlite) { h in
      let store = try #require(h.store as? SQLiteStore)
      func add(_ submitter: String, _ versions: ClosedRange<Int>) async throws {
        for v in versions {
          let row = StoreContract.submission("s-\(submitter)-\(v)", submitter: submitter, version: v)
          #expect(try await store.insertSubmission(row, bytes: Data("x".utf8)) == .inserted)
        }
      }
      for other in ["0202", "0303", "0404"] { try await add(other, 1...3) }
      func steps(next: Int) async throws -> [Int] {
        let asked: StatementArguments = ["NDC2025", "0101", next, "0101-v\(next)"]
        // The rows stored since the previous POST: the last one (rowids count from 1).
        let top = 9 + next - 1
        return [
          try await store.steps(SQLiteStore.versionsAskedSQL, arguments: asked),
          try await store.steps(SQLiteStore.countingHeadsSQL, arguments: ["NDC2025"]),
          try await store.steps(SQLiteStore.countingVersionsSQL, arguments: ["NDC2025"]),
          try await store.steps(SQLiteStore.countingSinceSQL, arguments: [top - 1, top, "NDC2025"]),
        ]
      }
      let everyVersion = "SELECT id FROM submissions WHERE submitter = ? AND cycle = ? AND version IS NOT NULL"
      try await add("0101", 1...20)
      let before = try await steps(next: 21)
      let allBefore = try await store.steps(everyVersion, arguments: ["0101", "NDC2025"])
      try await add("0101", 21...420)
      let after = try await steps(next: 421)
      let allAfter = try await store.steps(everyVersion, arguments: ["0101", "NDC2025"])
      #expect(zip(before, after).allSatisfy { $1 <= $0 + 8 }, "\(before) → \(after)")
      #expect(allAfter >= allBefore + 400, "the count sees rows: \(allBefore) → \(allAfter)")
    }
  }

  /// Inserts that wait for the writer share its next commit, and each gets its own answer
  /// (decision 209): while another connection holds the write lock, 24 inserts (one a version
  /// conflict, one an id taken) queue; once it is released they take at most two commits.
  @Test func waitingInsertsShareOneCommit() async throws {
    try await withStore(.sqlite) { h in
      let store = try #require(h.store as? SQLiteStore)
      #expect(try await store.insertSubmission(StoreContract.submission("s-0", version: 100), bytes: Data("0".utf8)) == .inserted)
      let before = store.groupCommits
      var holding = Configuration()
      holding.allowsUnsafeTransactions = true
      let holder = try DatabaseQueue(path: store.path, configuration: holding)
      try await holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
      let outcomes = try await withThrowingTaskGroup(of: (Int, Result<InsertOutcome, StoreError>).self) { group in
        for i in 1...24 {
          group.addTask {
            // 23: the version of s-0 again (a conflict); 24: the id s-1 again (an error).
            let row = StoreContract.submission(i == 24 ? "s-1" : "s-\(i)", version: i == 23 ? 100 : i)
            do { return (i, .success(try await store.insertSubmission(row, bytes: Data("\(i)".utf8)))) } catch let e as StoreError {
              return (i, .failure(e))
            }
          }
        }
        try await Task.sleep(for: .milliseconds(300))
        try await holder.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        var all: [Int: Result<InsertOutcome, StoreError>] = [:]
        for try await (i, outcome) in group { all[i] = outcome }
        return all
      }
      try holder.close()
      let after = store.groupCommits
      #expect(after.inserts - before.inserts == 24)
      #expect(after.commits - before.commits <= 2, "24 waiting inserts, \(after.commits - before.commits) commits")
      let stored = try #require(try await store.submission(id: "s-0"))
      for i in 2...22 { #expect((try? outcomes[i]?.get()) == .inserted, "s-\(i)") }
      #expect(outcomes[23].flatMap { try? $0.get() } == .conflict(stored))
      // s-1 and the second s-1: one is stored, the other is a constraint error.
      let ones = [outcomes[1], outcomes[24]].compactMap { $0 }
      #expect(ones.filter { (try? $0.get()) == .inserted }.count == 1)
      #expect(ones.filter { if case .failure(let e) = $0 { e.kind == .constraint } else { false } }.count == 1)
      #expect(try await store.submissions(cycle: "NDC2025", submitter: nil).count == 23, "s-0 and s-1…s-22")
    }
  }

  @Test func aFileThatIsNotADatabaseIsACorruptStore() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-store-test-\(StoreIDs.random())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("not.sqlite").path
    try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: path))
    let error = await #expect(throws: StoreError.self) {
      let store = try SQLiteStore(path: path)
      try await store.migrate()
    }
    #expect(error?.kind == .corrupt)
  }

  @Test func aFolderThatCannotBeMadeIsAnUnavailableStore() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-store-test-\(StoreIDs.random())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("a file".utf8).write(to: folder)
    let error = #expect(throws: StoreError.self) { try SQLiteStore(path: folder.appendingPathComponent("x/ndc.sqlite").path) }
    #expect(error?.kind == .unavailable, "\(String(describing: error))")
  }
}

@Suite struct PostgresStoreSetupTests {
  /// A server that is not there is an unavailable store (an error the service turns into 503),
  /// neither a hang nor a crash. Port 1 on loopback: nothing listens there.
  @Test func anUnreachableServerIsAnUnavailableStore() async throws {
    var url = try PostgresDatabaseURL("postgresql://ndc:secret@127.0.0.1:1/ndc?sslmode=disable")
    url.port = 1
    let store = PostgresStore(url: url, logger: StoreHarness.quietLogger)
    let error = await #expect(throws: StoreError.self) { try await store.migrate() }
    #expect(error?.kind == .unavailable, "\(String(describing: error))")
    #expect(error.map { !$0.message.contains("secret") } == true, "the message never holds the password")
    await store.close()
  }
}
