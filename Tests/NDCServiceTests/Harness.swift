import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NDCStore
import Testing

@testable import NDCService

/// A service over a store, with a ministry token and submitter tokens, driven through
/// HummingbirdTesting's router client (no socket).
struct Harness {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let engine: ServiceEngine = try! ServiceEngine(
    reference: ServiceEngine.loadReference(path: nil), cycle: nil, toolVersion: "0.1.0")

  let store: any SubmissionStore
  let service: IntakeService
  var ministry = ""
  var submitters: [String: String] = [:]

  /// The stores the service's guarantees are tested on: memory always; the real ones when built.
  static func stores() -> [@Sendable () async throws -> any SubmissionStore] {
    [{ MemoryStore() }] + RealStores.makers
  }

  static func make(store: any SubmissionStore, settings: IntakeService.Settings = .init(), submitters codes: [String] = ["101", "147"])
    async throws -> Harness
  {
    try await store.migrate()
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    let service = IntakeService(store: store, engine: engine, version: "0.1.0", settings: settings, logger: logger)
    var h = Harness(store: store, service: service)
    h.ministry = try await TokenAdmin.create(store: store, engine: engine, submitter: nil, label: "test").token
    for code in codes {
      h.submitters[code] = try await TokenAdmin.create(store: store, engine: engine, submitter: code, label: nil).token
    }
    return h
  }

  /// Runs `body` with a client of the service's router.
  func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
    let app = Application(router: service.router())
    try await app.test(.router, body)
  }

  static func fixture(_ path: String) throws -> Data {
    try Data(contentsOf: packageRoot.appendingPathComponent(path))
  }
}

extension TestClientProtocol {
  @discardableResult
  func call(
    _ method: HTTPRequest.Method, _ uri: String, token: String? = nil, body: Data? = nil, headers extra: HTTPFields = [:]
  ) async throws -> TestResponse {
    var headers = extra
    if let token { headers[.authorization] = "Bearer \(token)" }
    return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
  }
}

extension TestResponse {
  var data: Data { Data(body.readableBytesView) }
  var json: [String: Any] { (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:] }
  var isProblem: Bool {
    headers[.contentType] == "application/problem+json" && json["status"] as? Int == Int(status.code)
      && json["title"] is String && json["detail"] is String && json["type"] is String
  }
}

/// A submission's bytes with its version (and submissionId) changed, the rest as given.
func withVersion(_ data: Data, _ version: Int) -> Data {
  var text = String(decoding: data, as: UTF8.self)
  if let r = text.range(of: #""version": *[0-9]+"#, options: .regularExpression) {
    text.replaceSubrange(r, with: "\"version\": \(version)")
  }
  if let r = text.range(of: #"-v[0-9]+""#, options: .regularExpression) { text.replaceSubrange(r, with: "-v\(version)\"") }
  return Data(text.utf8)
}
