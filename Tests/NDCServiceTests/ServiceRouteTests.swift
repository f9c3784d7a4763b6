import Foundation
import Crypto
import HTTPTypes
import HummingbirdTesting
import Logging
import NDCCore
import NDCStore
import NIOHTTP1
import Testing

@testable import NDCService

@Suite("status, compilations, rules, audit, limits")
struct ServiceRouteTests {
  static let storeIndices = Array(0..<Harness.stores().count)

  @Test("status: one row per municipality and region on the reference date; states follow the submissions", arguments: storeIndices)
  func status(_ i: Int) async throws {
    let h = try await Harness.make(store: try await Harness.stores()[i]())
    try await h.test { client in
      let empty = try await client.call(.get, "/v1/status", token: h.ministry)
      let rows = try #require(empty.json["rows"] as? [[String: Any]])
      #expect(rows.count == 103)
      #expect(rows.filter { $0["level"] as? String == "region" }.count == 5)
      // SERVICE.md names every member of a row: absent values are null, not left out.
      let missing = try #require(rows.first { $0["code"] as? String == "101" })
      for member in ["latestId", "latestVersion", "countingId", "countingVersion", "worstSeverity", "receivedAt"] {
        #expect(missing[member] is NSNull, "\(member) is null while nothing is received")
      }
      #expect(rows.first { $0["level"] as? String == "region" }?["region"] is NSNull)
      #expect((empty.json["summary"] as? [String: Int]) == ["missing": 103, "invalid": 0, "valid": 0])
      let posted = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: try Harness.fixture("fixtures/dk/101.json"))
      _ = try await client.call(.post, "/v1/submissions", token: h.submitters["147"], body: Data("{}".utf8))
      let after = try await client.call(.get, "/v1/status", token: h.ministry)
      #expect((after.json["summary"] as? [String: Int]) == ["missing": 101, "invalid": 1, "valid": 1])
      let row101 = try #require((after.json["rows"] as? [[String: Any]])?.first { $0["code"] as? String == "101" })
      #expect(row101["state"] as? String == "valid")
      #expect(row101["countingId"] as? String == posted.json["id"] as? String)
      #expect(row101["latestVersion"] as? Int == 1)
      let named = try await client.call(.get, "/v1/status?cycle=NDC2025", token: h.ministry)
      #expect((named.json["summary"] as? [String: Int]) == ["missing": 101, "invalid": 1, "valid": 1])
      let other = try await client.call(.get, "/v1/status?cycle=NDC2030", token: h.ministry)
      #expect(other.status == .badRequest, "the reference data has no NDC2030")
      #expect(other.isProblem)
    }
  }

  @Test("compilations: ministry only; nothing counts → 409; otherwise 201, document, exports", arguments: storeIndices)
  func compilation(_ i: Int) async throws {
    let h = try await Harness.make(store: try await Harness.stores()[i]())
    try await h.test { client in
      #expect(try await client.call(.post, "/v1/compilations", token: h.submitters["101"]).status == .forbidden)
      let nothing = try await client.call(.post, "/v1/compilations", token: h.ministry, body: Data("{}".utf8))
      #expect(nothing.status == .conflict)
      #expect(nothing.isProblem)
      #expect(try await client.call(.post, "/v1/compilations", token: h.ministry, body: Data("[".utf8)).status == .badRequest)
      _ = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: try Harness.fixture("fixtures/dk/101.json"))
      _ = try await client.call(.post, "/v1/submissions", token: h.submitters["147"], body: try Harness.fixture("fixtures/dk/147.xml"))
      let made = try await client.call(.post, "/v1/compilations", token: h.ministry, body: Data("{\"strict\":true}".utf8))
      #expect(made.status == .created)
      let id = try #require(made.json["id"] as? String)
      #expect(made.headers[.location] == "/v1/compilations/\(id)")
      #expect(made.json["counted"] as? Int == 2)
      #expect(made.json["asOf"] as? String == "2025-12-31" || made.json["asOf"] as? String != nil)
      let json = try await client.call(.get, "/v1/compilations/\(id)", token: h.ministry)
      #expect(json.headers[.contentType] == "application/json")
      #expect(json.json["header"] != nil)
      let xml = try await client.call(.get, "/v1/compilations/\(id)", token: h.ministry, headers: [.accept: "application/xml"])
      #expect(xml.headers[.contentType] == "application/xml")
      #expect(xml.data.starts(with: Data("<?xml".utf8)))
      #expect(try await client.call(.get, "/v1/compilations/\(id)", token: h.submitters["101"]).status == .forbidden)
      for format in ["pams-json", "pams-csv", "planning-json", "inventory-csv", "html"] {
        let e = try await client.call(.get, "/v1/compilations/\(id)/exports/\(format)", token: h.ministry)
        #expect(e.status == .ok, "\(format)")
        #expect(!e.data.isEmpty)
      }
      #expect(try await client.call(.get, "/v1/compilations/\(id)/exports/csv", token: h.ministry).status == .notFound)
      #expect(try await client.call(.get, "/v1/compilations/\(StoreIDs.random())", token: h.ministry).status == .notFound)
      // strict: a submitter whose latest version is invalid → 409 naming it.
      _ = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: withVersion(Data("{\"x\":1}".utf8), 2))
      var broken = String(decoding: withVersion(try Harness.fixture("fixtures/dk/101.json"), 2), as: UTF8.self)
      broken = broken.replacingOccurrences(of: "\"cycle\": \"NDC2025\"", with: "\"cycle\": \"NDC2025\", \"bogus\": 1")
      let invalid = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: Data(broken.utf8))
      #expect(invalid.status == .unprocessableContent)
      let strict = try await client.call(.post, "/v1/compilations", token: h.ministry, body: Data("{\"strict\":true}".utf8))
      #expect(strict.status == .conflict)
      #expect((strict.json["detail"] as? String)?.contains("101") == true)
      let lax = try await client.call(.post, "/v1/compilations", token: h.ministry, body: Data("{}".utf8))
      #expect(lax.status == .created)
    }
  }

  @Test("rules: the catalogue as `ndc rules --format json`, for both roles", arguments: storeIndices)
  func rules(_ i: Int) async throws {
    let h = try await Harness.make(store: try await Harness.stores()[i]())
    try await h.test { client in
      let r = try await client.call(.get, "/v1/rules", token: h.submitters["101"])
      #expect(r.status == .ok)
      #expect((r.json["rules"] as? [Any])?.isEmpty == false)
      #expect(try await client.call(.get, "/v1/rules", token: h.ministry).data == r.data)
    }
  }

  @Test("audit: ministry only; state changes and refusals are in it", arguments: storeIndices)
  func audit(_ i: Int) async throws {
    let h = try await Harness.make(store: try await Harness.stores()[i]())
    try await h.test { client in
      let fixture = try Harness.fixture("fixtures/dk/101.json")
      let created = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: fixture)
      #expect(try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: fixture).status == .ok)
      // Two stored invalid versions in a row: state changes, each recorded at once with its
      // row (not counted as a repeated refusal).
      var invalidIds: [String] = []
      for version in [2, 3] {
        var broken = String(decoding: withVersion(fixture, version), as: UTF8.self)
        broken = broken.replacingOccurrences(of: "\"cycle\": \"NDC2025\"", with: "\"cycle\": \"NDC2025\", \"bogus\": 1")
        let r = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: Data(broken.utf8))
        #expect(r.status == .unprocessableContent)
        invalidIds.append(try #require(r.json["id"] as? String))
      }
      _ = try await client.call(.get, "/v1/audit", token: h.submitters["101"])
      for _ in 0..<5 { _ = try await client.call(.get, "/v1/status") }
      #expect(try await client.call(.get, "/v1/audit", token: h.submitters["101"]).status == .forbidden)
      let r = try await client.call(.get, "/v1/audit", token: h.ministry)
      #expect(r.status == .ok)
      let events = try #require(r.json["events"] as? [[String: Any]])
      let creates = events.filter { $0["action"] as? String == "submission.create" }
      let createdId = try #require(created.json["id"] as? String)
      #expect(
        creates.map { "\($0["target"] ?? "-") \($0["outcome"] ?? "-") \($0["status"] ?? "-") \($0["count"] ?? "-")" } == [
          "submissions/\(createdId) created 201 1", "submissions/\(createdId) unchanged 200 1",
          "submissions/\(invalidIds[0]) stored invalid 422 1", "submissions/\(invalidIds[1]) stored invalid 422 1",
        ], "one event per POST, a stored one with its row")
      #expect(events.contains { $0["action"] as? String == "token.create" })
      #expect(events.contains { $0["status"] as? Int == 403 && $0["submitter"] as? String == "101" })
      // Five unauthenticated refusals: one event now, the repeats counted and written at flush.
      #expect(events.filter { $0["status"] as? Int == 401 }.count == 1)
      await h.service.auditor.flush(olderThan: 0)
      let later = try await client.call(.get, "/v1/audit", token: h.ministry)
      let counts = (later.json["events"] as? [[String: Any]] ?? []).filter { $0["status"] as? Int == 401 }.map { $0["count"] as? Int }
      #expect(counts == [1, 4])
      #expect(try await client.call(.get, "/v1/audit?since=yesterday", token: h.ministry).status == .badRequest)
      let since = try await client.call(.get, "/v1/audit?since=2999-01-01T00:00:00Z", token: h.ministry)
      #expect((since.json["events"] as? [Any])?.isEmpty == true)
    }
  }

  @Test("rate limit per token on POST: a burst passes, then 429 with Retry-After; other tokens unaffected")
  func rateLimit() async throws {
    // The defaults are SERVICE.md's: at least 10/s sustained, bursts of at least 30.
    #expect(IntakeService.Settings().postRate >= 10 && IntakeService.Settings().postBurst >= 30)
    // A slow refill here, so that a loaded machine's pace does not refill the bucket mid-test.
    var settings = IntakeService.Settings()
    settings.postRate = 0.01
    settings.postBurst = 30
    let h = try await Harness.make(store: MemoryStore(), settings: settings)
    try await h.test { client in
      var statuses: [Int] = []
      for _ in 0..<40 {
        statuses.append(Int(try await client.call(.post, "/v1/submissions", token: h.submitters["147"], body: Data("{}".utf8)).status.code))
      }
      #expect(statuses.prefix(30).allSatisfy { $0 == 422 })
      #expect(statuses.contains(429))
      let limited = try await client.call(.post, "/v1/submissions", token: h.submitters["147"], body: Data("{}".utf8))
      #expect(limited.status == .tooManyRequests)
      #expect(limited.headers[.retryAfter] != nil)
      #expect(limited.isProblem)
      #expect(try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: Data("{}".utf8)).status == .unprocessableContent)
      // Reads are not limited.
      #expect(try await client.call(.get, "/v1/submissions", token: h.submitters["147"]).status == .ok)
    }
  }

  @Test("unauthenticated refusals are limited per client address")
  func refusalLimit() async throws {
    var settings = IntakeService.Settings()
    settings.refusalRate = 0.01
    settings.refusalBurst = 5
    let h = try await Harness.make(store: MemoryStore(), settings: settings)
    try await h.test { client in
      var statuses: [Int] = []
      for _ in 0..<8 { statuses.append(Int(try await client.call(.get, "/v1/status").status.code)) }
      #expect(statuses.prefix(5).allSatisfy { $0 == 401 })
      #expect(statuses.suffix(2).allSatisfy { $0 == 429 })
      #expect(try await client.call(.get, "/v1/health").status == .ok)
    }
  }

  @Test("unknown routes: problem+json 404; a known path with another method: 405 with Allow")
  func notFound() async throws {
    let h = try await Harness.make(store: MemoryStore())
    try await h.test { client in
      let r = try await client.call(.get, "/v1/nothing", token: h.ministry)
      #expect(r.status == .notFound)
      #expect(r.isProblem)
      #expect(try await client.call(.delete, "/v1/nothing", token: h.ministry).status == .notFound)
      let wrong = try await client.call(.delete, "/v1/submissions", token: h.ministry)
      #expect(wrong.status == .methodNotAllowed)
      #expect(wrong.isProblem)
      #expect(wrong.headers[.allow] == "POST, GET, HEAD")
      let put = try await client.call(.put, "/v1/submissions/abc", token: h.ministry)
      #expect(put.status == .methodNotAllowed)
      #expect(put.headers[.allow] == "GET, HEAD")
      let head = try await client.call(.head, "/v1/compilations", token: h.ministry)
      #expect(head.status == .methodNotAllowed, "a path without GET has no HEAD either")
      #expect(head.headers[.allow] == "POST")
      for method in [HTTPRequest.Method.options, .trace, HTTPRequest.Method("QUERY")!] {
        let other = try await client.call(method, "/v1/health")
        #expect(other.status == .methodNotAllowed, "\(method)")
        #expect(other.isProblem && other.headers[.allow] == "GET, HEAD", "\(method)")
      }
      #expect(try await client.call(.get, "/v1/submissions", token: h.ministry).status == .ok, "the right method still answers")
      let openapi = try await client.call(.get, "/openapi.json")
      #expect(openapi.status == .ok)
      #expect(openapi.json["openapi"] as? String == "3.1.0")
    }
  }
}

/// A compile request's body: the four members, each once; another member or one given twice
/// is a 400 naming it, not a compile without what was asked (decision 239).
@Suite("compile request bodies") struct CompileRequestTests {
  static let cases: [(body: String, status: Int, named: String)] = [
    (#"{"Strict": true}"#, 400, "Strict"), (#"{"strict": true, "asof": "2025-12-31"}"#, 400, "asof"),
    (#"{"asOf": "2025-12-31", "asOf": "2026-06-30"}"#, 400, "JSON object"), (#"{"strict": "yes"}"#, 400, "JSON object"),
    ("[]", 400, "JSON object"), ("{", 400, "JSON object"),
    (#"{"strict": false, "asOf": "2025-12-31", "cycle": "NDC2025", "compiledAt": "2026-01-01T00:00:00Z"}"#, 201, ""),
    ("  \n", 201, ""), (#"{"cycle": null, "strict": null}"#, 201, ""), (#"{"cycle": 2025}"#, 400, "JSON object"),
  ]

  @Test(
    "a compile request with a member it does not take, or one twice: 400; the four members, once: compiled",
    arguments: cases)
  func bodies(_ c: (body: String, status: Int, named: String)) async throws {
    let (body, status, named) = c
    let h = try await Harness.make(store: MemoryStore())
    try await h.test { client in
      _ = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: try Harness.fixture("fixtures/dk/101.json"))
      let r = try await client.call(.post, "/v1/compilations", token: h.ministry, body: Data(body.utf8))
      #expect(Int(r.status.code) == status, "\(body)")
      if status == 400 {
        #expect(r.isProblem)
        #expect((r.json["detail"] as? String ?? "").contains(named), "\(r.json["detail"] ?? "")")
      }
    }
  }
}

@Suite("HTTP semantics")
struct HTTPSemanticsTests {
  @Test("HEAD answers where GET does: its status and headers, no body; the token is still needed")
  func headAnswersAsGet() async throws {
    let h = try await Harness.make(store: MemoryStore())
    try await h.test { client in
      for (uri, token) in [("/v1/health", nil), ("/v1/status", h.ministry), ("/v1/rules", h.ministry), ("/openapi.json", nil)] {
        let get = try await client.call(.get, uri, token: token)
        let head = try await client.call(.head, uri, token: token)
        #expect(get.status == .ok, "\(uri)")
        #expect(head.status == .ok, "\(uri)")
        #expect(head.body.readableBytes == 0, "\(uri)")
        #expect(get.body.readableBytes > 0, "\(uri)")
        #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
        #expect(head.headers[.contentLength] == String(get.body.readableBytes), "\(uri): the length a GET sends")
      }
      #expect(try await client.call(.head, "/v1/status").status == .unauthorized)
      #expect(try await client.call(.head, "/v1/submissions/abc", token: h.ministry).status == .notFound)
      #expect(try await client.call(.head, "/v1/nothing", token: h.ministry).status == .notFound)
    }
  }

  @Test(
    "the bearer scheme is matched without regard to case, after one space or more",
    arguments: [
      ("Bearer %@", true), ("bearer %@", true), ("BEARER %@", true), ("Bearer   %@", true),
      ("Basic %@", false), ("Bearer", false), ("Bearer ", false), ("Bearer%@", false), ("Bearer %@ x", false),
      ("%@", false),
    ])
  func bearerScheme(template: String, accepted: Bool) async throws {
    let h = try await Harness.make(store: MemoryStore())
    try await h.test { client in
      let value = template.replacingOccurrences(of: "%@", with: h.ministry)
      let r = try await client.call(.get, "/v1/status", headers: [.authorization: value])
      #expect(r.status == (accepted ? .ok : .unauthorized), "Authorization: \(template)")
    }
  }
}

@Suite("limits")
struct LimitTests {
  @Test("the validation pool refuses beyond workers + queue, and runs what it admitted")
  func poolBound() async throws {
    let pool = ValidationPool(workers: 1, queue: 64)
    let gate = DispatchSemaphore(value: 0)
    let started = DispatchSemaphore(value: 0)
    let first = Task { try await pool.submit { started.signal(); gate.wait(); return 1 } }
    started.wait()
    var waiting: [Task<Int, any Error>] = []
    for n in 0..<64 { waiting.append(Task { try await pool.submit { n } }) }
    while pool.load < 65 { try await Task.sleep(for: .milliseconds(5)) }
    await #expect(throws: ValidationPool.Full.self) { try await pool.submit { 0 } }
    gate.signal()
    #expect(try await first.value == 1)
    var sum = 0
    for t in waiting { sum += try await t.value }
    #expect(sum == (0..<64).reduce(0, +))
    #expect(try await pool.submit { 7 } == 7)
    pool.stop()
  }

  /// Decision 253: a finished job's captures (a request's body) are freed when it ends; the
  /// pool kept up to 256–512 finished jobs, so 16 MiB bodies posted one after another held
  /// gigabytes.
  @Test("the validation pool frees what a job holds when the job ends")
  func poolFreesFinishedJobs() async throws {
    final class Body: Sendable {}
    let pool = ValidationPool(workers: 2, queue: 64)
    var weak: [WeakBody] = []
    for _ in 0..<20 {
      let body = Body()
      weak.append(WeakBody(body))
      _ = try await pool.submit { withExtendedLifetime(body) { 1 } }
    }
    // The last job's worker may still be returning: give it a moment, no more.
    for _ in 0..<200 where weak.contains(where: { $0.value != nil }) { try await Task.sleep(for: .milliseconds(5)) }
    #expect(weak.filter { $0.value != nil }.count == 0)
    pool.stop()
  }

  struct WeakBody: @unchecked Sendable {
    weak var value: AnyObject?
    init(_ value: AnyObject) { self.value = value }
  }

  /// Decision 253: a body its client cut off, or a malformed chunk, is the client's fault: 400.
  @Test("a request HTTP cannot read is a 400, not a 500")
  func unreadableRequestIs400() {
    for error in [HTTPParserError.invalidEOFState, .invalidChunkSize, .invalidContentLength] {
      let problem = RequestLogMiddleware.problem(for: error, logger: Logger(label: "test"), requestID: "r")
      #expect(problem.status == .badRequest, "\(error)")
    }
    #expect(RequestLogMiddleware.problem(for: CancellationError(), logger: Logger(label: "test"), requestID: "r").status == .internalServerError)
  }

  /// Decision 256: `Expect: 100-continue` is answered with `100 Continue` before the body is
  /// sent (curl asks so for a body over 1 MiB and otherwise waits a second); without the
  /// header there is no interim answer. The final answer is the same either way.
  @Test("Expect: 100-continue gets 100 Continue before the body, and only then")
  func expectContinueIsAnswered() async throws {
    let h = try await Harness.make(store: MemoryStore())
    let body = try [UInt8](Harness.fixture("fixtures/dk/101.json"))
    let token = try #require(h.submitters["101"])
    try await h.service.application(host: "127.0.0.1", port: 0).test(.live) { client in
      let port = try #require(client.port)
      for (expect, version) in [("100-Continue", 1), ("", 2)] {
        let versioned = String(decoding: body, as: UTF8.self).replacingOccurrences(of: "\"version\": 1", with: "\"version\": \(version)")
        let bytes = Array(versioned.utf8)
        var head = "POST /v1/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\n"
        head += "Content-Type: application/json\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n"
        if !expect.isEmpty { head += "Expect: \(expect)\r\n" }
        let request = Array((head + "\r\n").utf8)
        let (interim, rest) = try await RawConnection.onThread {
          // Nothing is seen within 1 s; an interim answer may take longer on a loaded machine.
          try RawConnection.headThenBody(port: port, head: request, body: bytes, seconds: expect.isEmpty ? 1 : 10)
        }
        if expect.isEmpty {
          #expect(interim.isEmpty, "no interim answer without the header: \(interim)")
          #expect(rest.hasPrefix("HTTP/1.1 201"), "\(rest.prefix(200))")
        } else {
          #expect(interim == "HTTP/1.1 100 Continue\r\n\r\n", "\(interim.prefix(200))")
          #expect(rest.hasPrefix("HTTP/1.1 201"), "\(rest.prefix(200))")
        }
      }
    }
  }

  /// Decision 256: a body too large for any route is not invited: with `Expect:
  /// 100-continue` and such a `Content-Length` the first answer is the 413, and the client
  /// need not send the body at all.
  @Test("Expect: 100-continue with a Content-Length too large gets the 413, not 100 Continue; HTTP/1.0 gets none")
  func expectContinueIsNotGivenToABodyThatWillBeRefused() async throws {
    let h = try await Harness.make(store: MemoryStore())
    let token = try #require(h.submitters["101"])
    try await h.service.application(host: "127.0.0.1", port: 0).test(.live) { client in
      let port = try #require(client.port)
      for (length, first) in [(ServiceLimits.maxFormBytes + 1, "HTTP/1.1 413"), (1000, "HTTP/1.1 100 Continue")] {
        var head = "POST /v1/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\n"
        head += "Content-Type: application/json\r\nContent-Length: \(length)\r\nExpect: 100-continue\r\n\r\n"
        let bytes = Array(head.utf8)
        let answer = try await RawConnection.onThread { try RawConnection.sendThenReadHead(port: port, bytes: bytes, seconds: 20) }
        #expect(answer.hasPrefix(first), "\(length): \(answer.prefix(120))")
      }
      // HTTP/1.0 does not know the interim answer: none comes (the route waits for the body).
      var old = "POST /v1/submissions HTTP/1.0\r\nAuthorization: Bearer \(token)\r\n"
      old += "Content-Type: application/json\r\nContent-Length: 1000\r\nExpect: 100-continue\r\n\r\n"
      let bytes = Array(old.utf8)
      let answer = try await RawConnection.onThread { try RawConnection.sendThenReadHead(port: port, bytes: bytes, seconds: 2) }
      #expect(!answer.contains("100 Continue"), "\(answer.prefix(120))")
    }
  }

  /// Decision 256: a refusal sent before the request's body has arrived ends the connection
  /// (in stages, the answer first) instead of reading the body to its end: a request without a
  /// valid token that says it carries 10 MiB and sends 64 KiB gets its 401 and a closed
  /// connection within the linger time, not a connection held open for the rest. A request
  /// whose body is read keeps its connection.
  @Test("a refusal before the body ends the connection instead of reading the body")
  func refusalBeforeTheBodyEndsTheConnection() async throws {
    let h = try await Harness.make(store: MemoryStore())
    try await h.service.application(host: "127.0.0.1", port: 0).test(.live) { client in
      let port = try #require(client.port)
      var refused = "POST /v1/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(String(repeating: "0", count: 64))\r\n"
      refused += "Content-Type: application/json\r\nContent-Length: \(10 << 20)\r\n\r\n"
      let bytes = Array(refused.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 64 << 10)
      let (answer, closed) = try await RawConnection.onThread {
        try RawConnection.sendThenReadToClose(port: port, bytes: bytes, seconds: 20)
      }
      #expect(answer.hasPrefix("HTTP/1.1 401"), "\(answer.prefix(120))")
      #expect(answer.lowercased().contains("\r\nconnection: close\r\n"), "the answer says so")
      #expect(closed, "the connection is closed, not held for the rest of the body")
      // A body the route reads to its end: the connection stays open after the answer.
      let body = try [UInt8](Harness.fixture("fixtures/dk/101.json"))
      var accepted = "POST /v1/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(try #require(h.submitters["101"]))\r\n"
      accepted += "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
      let post = Array(accepted.utf8) + body
      let (stored, closedAfter) = try await RawConnection.onThread { try RawConnection.sendThenReadToClose(port: port, bytes: post, seconds: 10) }
      #expect(stored.hasPrefix("HTTP/1.1 201"), "\(stored.prefix(120))")
      #expect(!stored.lowercased().contains("connection: close"))
      #expect(!closedAfter)
    }
  }

  /// Decision 256: a connection closes after its response where HTTP/1 says so — an HTTP/1.0
  /// request, or `Connection: close` in any case — and stays open otherwise (Hummingbird
  /// closed only on a header exactly `close`, so an HTTP/1.0 client waited for ever).
  @Test("HTTP/1.0 and Connection: Close end the connection after the response; keep-alive does not")
  func connectionClosesWhereHTTPSaysSo() async throws {
    let h = try await Harness.make(store: MemoryStore())
    try await h.service.application(host: "127.0.0.1", port: 0).test(.live) { client in
      let port = try #require(client.port)
      let cases: [(request: String, closes: Bool)] = [
        ("GET /v1/health HTTP/1.0\r\n\r\n", true),
        ("GET /v1/health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", true),
        ("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n", true),
        ("GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, close\r\n\r\n", true),
        ("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n", false),
      ]
      for c in cases {
        let bytes = Array(c.request.utf8)
        // A close may take a while on a loaded machine; staying open is seen within 3 s.
        let closed = try await RawConnection.onThread {
          try RawConnection.sendThenWaitForClose(port: port, bytes: bytes, within: c.closes ? 20 : 3)
        }
        #expect(closed == c.closes, "\(c.request.debugDescription)")
      }
    }
  }

  /// Decision 253: a client that stops sending in the middle of a request's head, or of its
  /// body, or between requests, is disconnected after the idle timeout (there was none: such a
  /// connection was held for ever, and a graceful stop waited for it).
  @Test("a stalled connection is closed after the idle timeout")
  func stalledConnectionIsClosed() async throws {
    var settings = IntakeService.Settings()
    settings.idleTimeoutSeconds = 1
    let h = try await Harness.make(store: MemoryStore(), settings: settings)
    let token = try #require(h.submitters["101"])
    try await h.service.application(host: "127.0.0.1", port: 0).test(.live) { client in
      let port = try #require(client.port)
      // The body's stall with a valid token, so that the route waits for it (a refusal before
      // the body ends the connection at once, decision 256).
      let stalls = [
        "POST /v1/submissions HTTP/1.1\r\nHost: x\r\nAuthor",
        "POST /v1/submissions HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nContent-Length: 100\r\n\r\n{\"a\":",
        "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n",
      ]
      for stall in stalls {
        let started = ContinuousClock.now
        let bytes = Array(stall.utf8)
        let closed = try await RawConnection.onThread { try RawConnection.sendThenWaitForClose(port: port, bytes: bytes, within: 10) }
        #expect(closed, "\(stall.debugDescription)")
        #expect(ContinuousClock.now - started >= .milliseconds(900), "closed after the timeout, not at once")
      }
    }
  }

  /// Decision 253: the bytes of bodies held at once are bounded; a body beyond the budget is
  /// refused with 503 and Retry-After, nothing stored, and what it had counted is given back.
  @Test("request bodies beyond the body budget: 503 with Retry-After, nothing stored; within it: stored")
  func bodyBudget() async throws {
    let body = try Harness.fixture("fixtures/dk/101.json")
    for (budget, expected) in [(body.count - 1, HTTPResponse.Status.serviceUnavailable), (body.count, .created)] {
      var settings = IntakeService.Settings()
      settings.bodyBudgetBytes = budget
      let h = try await Harness.make(store: MemoryStore(), settings: settings)
      try await h.test { client in
        let r = try await client.call(.post, "/v1/submissions", token: h.submitters["101"], body: body)
        #expect(r.status == expected, "budget \(budget)")
        if expected == .serviceUnavailable {
          #expect(r.isProblem && r.headers[.retryAfter] == "2")
          #expect(try await h.store.submissions(cycle: "NDC2025", submitter: "101").isEmpty)
        }
      }
      #expect(h.service.bodies.bytesHeld == 0, "budget \(budget)")
    }
  }

  @Test("token buckets: burst, then refusal with a wait; refilled with time")
  func bucket() {
    let clock = Clock()
    let limiter = RateLimiter(rate: 10, burst: 30, clock: { clock.now })
    for _ in 0..<30 { #expect(limiter.take("a") == nil) }
    #expect(limiter.take("a") == 1)
    #expect(limiter.take("b") == nil)
    clock.now += 0.1
    #expect(limiter.take("a") == nil)
    #expect(limiter.blocked("a") != nil)
    clock.now += 3
    #expect(limiter.blocked("a") == nil)
  }

  final class Clock: @unchecked Sendable { var now = 0.0 }
}

@Suite("audit names")
struct AuditNameTests {
  @Test("one action has one name from the API and from the pages; other requests keep method and route")
  func actions() {
    #expect(AuditMiddleware.action(method: .post, route: "/v1/submissions") == "submission.create")
    #expect(AuditMiddleware.action(method: .post, route: "/upload") == "submission.create")
    #expect(AuditMiddleware.action(method: .post, route: "/v1/compilations") == "compilation.create")
    #expect(AuditMiddleware.action(method: .post, route: "/compile") == "compilation.create")
    #expect(AuditMiddleware.action(method: .post, route: "/signin") == "session.create")
    #expect(AuditMiddleware.action(method: .get, route: "/v1/status") == "GET /v1/status")
  }

  @Test("the target is the created resource, from an API or a page Location, else the path")
  func targets() {
    #expect(AuditMiddleware.target(location: "/v1/submissions/ab12", path: "/v1/submissions") == "submissions/ab12")
    #expect(AuditMiddleware.target(location: "/submissions/ab12", path: "/upload") == "submissions/ab12")
    #expect(AuditMiddleware.target(location: "/", path: "/signin") == "/signin", "a redirect home is not a target")
    #expect(AuditMiddleware.target(location: "/#compilations", path: "/compile") == "/compile")
    #expect(AuditMiddleware.target(location: nil, path: "/v1/status") == "/v1/status")
  }
}

@Suite("hex")
struct HexTests {
  @Test("the digest's hex equals the per-byte format string's, for many digests")
  func hexEqualsFormat() {
    var seen = Set<String>()
    for n in 0..<300 {
      let digest = SHA256.hash(data: Data((0..<n).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ n) }))
      let hex = StoreIDs.hex(digest)
      #expect(hex == digest.map { String(format: "%02x", $0) }.joined())
      seen.insert(hex)
    }
    #expect(seen.count == 300)
  }
}

/// The roster follows the reference date of the cycle asked for, not the service's.
@Suite("roster") struct RosterTests {
  @Test func theRosterIsOnTheAskedCyclesReferenceDate() throws {
    var reference = try ServiceEngine.loadReference(path: nil)
    let later = try #require(CalendarDate("2027-12-31"))
    reference.cycles.append(Cycle.with {
      $0.id = "NDC2027"
      $0.referenceDate = later
      $0.rulePack = reference.cycles[0].rulePack
      $0.gwp = reference.cycles[0].gwp
    })
    let engine = try ServiceEngine(reference: reference, cycle: "NDC2025")
    let now = engine.roster()
    #expect(engine.roster(cycle: "NDC2025").map { $0.map(\.code) } == now.map(\.code))
    let then = try #require(engine.roster(cycle: "NDC2027"))
    // The regions of the reference data change on 2027-01-01: one ends, one begins.
    let regionsNow = Set(now.filter { $0.level == "region" }.map(\.code))
    let regionsThen = Set(then.filter { $0.level == "region" }.map(\.code))
    #expect(regionsNow.count == 5)
    #expect(!regionsNow.subtracting(regionsThen).isEmpty && !regionsThen.subtracting(regionsNow).isEmpty)
    #expect(engine.roster(cycle: "NDC2030") == nil)
  }
}
