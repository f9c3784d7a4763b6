// Developer tool: how fast a store takes submissions. Inserts COUNT submissions (BYTES bytes
// each, distinct versions) from CLIENTS concurrent tasks into a new SQLite file or into the
// PostgreSQL database of a URL, and prints inserts per second and the latency percentiles of
// one insert (one durable transaction: row and bytes).
//
//   ndc-store-bench sqlite PATH|postgresql URL [--clients N] [--count N] [--bytes N]
import Foundation
import NDCStore
import NDCStorePostgres
import NDCStoreSQLite

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("ndc-store-bench: \(message)\n".utf8))
  exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int, in arguments: inout [String]) -> Int {
  guard let i = arguments.firstIndex(of: name) else { return fallback }
  guard i + 1 < arguments.count, let value = Int(arguments[i + 1]), value > 0 else { fail("\(name) takes a number") }
  arguments.removeSubrange(i...(i + 1))
  return value
}
let clients = option("--clients", 8, in: &arguments)
let count = option("--count", 2000, in: &arguments)
let size = option("--bytes", 20_000, in: &arguments)
guard arguments.count == 2 else { fail("usage: ndc-store-bench sqlite PATH|postgresql URL [--clients N] [--count N] [--bytes N]") }

let store: any SubmissionStore
switch arguments[0] {
case "sqlite":
  guard !FileManager.default.fileExists(atPath: arguments[1]) else { fail("\(arguments[1]) exists: give a new file") }
  store = try SQLiteStore(path: arguments[1])
case "postgresql":
  store = PostgresStore(url: try PostgresDatabaseURL(arguments[1]), maximumConnections: max(clients, 2))
default:
  fail("the store is sqlite or postgresql")
}
try await store.migrate()

let run = StoreIDs.random().prefix(8)
let body = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
let clock = ContinuousClock()
let start = clock.now
let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
  for client in 0..<clients {
    group.addTask {
      var mine: [Duration] = []
      for i in stride(from: client, to: count, by: clients) {
        let row = SubmissionRecord(
          id: StoreIDs.random(), submitter: "b\(run)-\(i % 103)", level: "municipality", cycle: "NDC2025",
          version: i / 103 + 1, submissionId: "v\(i)", format: "xml", contentType: "application/xml",
          sha256: String(repeating: "ab", count: 32), canonicalSHA256: String(repeating: "cd", count: 32), size: size,
          receivedAt: "2026-12-05T12:00:00.000Z", submittedAt: nil, valid: true, worstSeverity: nil,
          report: Data(repeating: 0x20, count: 2_000))
        let began = clock.now
        let event = AuditEvent(
          at: row.receivedAt, tokenId: "t\(i % 103)", role: "submitter", submitter: row.submitter,
          action: "submission.create", target: "submissions/\(row.id)", outcome: "created", status: 201)
        guard try await store.insertSubmission(row, bytes: body, audit: event) == .inserted else { fail("unexpected conflict") }
        mine.append(clock.now - began)
      }
      return mine
    }
  }
  var all: [Duration] = []
  for try await part in group { all += part }
  return all
}.sorted()
let elapsed = clock.now - start
await store.close()

func ms(_ d: Duration) -> String {
  String(format: "%.2f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
}
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(
  "\(arguments[0]) clients=\(clients) count=\(count) bytes=\(size): \(String(format: "%.0f", Double(count) / seconds)) inserts/s, "
    + "p50 \(ms(latencies[latencies.count / 2])) ms, p99 \(ms(latencies[latencies.count * 99 / 100])) ms, "
    + "max \(ms(latencies.last!)) ms")
