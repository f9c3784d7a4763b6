import Foundation
import Hummingbird
import HummingbirdAuth
import Logging
import NDCStore
import NIOCore
import ServiceLifecycle
import Synchronization

/// The intake service: its engine, store, pools and limits, and the router over them. The JSON
/// API is one route group (`API/`); the web pages can be another, sharing the same context,
/// identities and middlewares.
public final class IntakeService: Sendable {
  public let store: any SubmissionStore
  public let engine: ServiceEngine
  public let version: String
  let logger: Logger
  let pool: ValidationPool
  /// POST routes, per token: 10/s sustained, bursts of 30.
  let postLimiter: RateLimiter
  /// Refused authentications, per client address.
  let refusals: RateLimiter
  let auditor: Auditor
  let keys: KeysCache
  /// One submission being stored at a time per submitter, so that the set rules of one see the
  /// versions stored before it (concurrent posts of different submitters run in parallel).
  let submitterLocks = KeyedLock()
  let idleTimeout: TimeAmount
  let bodies: BodyBudget

  public struct Settings: Sendable {
    public var workers = ProcessInfo.processInfo.activeProcessorCount
    public var queue = 64
    public var postRate = 10.0
    public var postBurst = 30.0
    public var refusalRate = 5.0
    public var refusalBurst = 30.0
    /// A connection that sends nothing for this long — between requests, or in the middle of
    /// a request's head or body — is closed (decision 253): a stalled or idle client holds no
    /// descriptor, no memory and no graceful stop for longer.
    public var idleTimeoutSeconds: Int64 = 30
    /// The bytes of request bodies held at once (`BodyBudget`): four bodies at the limit.
    public var bodyBudgetBytes = 4 * ServiceLimits.maxBodyBytes
    public init() {}
  }

  public init(store: any SubmissionStore, engine: ServiceEngine, version: String, settings: Settings = Settings(), logger: Logger) {
    self.store = store
    self.engine = engine
    self.version = version
    self.logger = logger
    pool = ValidationPool(workers: settings.workers, queue: settings.queue)
    postLimiter = RateLimiter(rate: settings.postRate, burst: settings.postBurst)
    refusals = RateLimiter(rate: settings.refusalRate, burst: settings.refusalBurst)
    auditor = Auditor(store: store, logger: logger)
    keys = KeysCache()
    idleTimeout = .seconds(settings.idleTimeoutSeconds)
    bodies = BodyBudget(capacity: settings.bodyBudgetBytes)
  }

  /// The router: middlewares first (they apply to the routes added after them), then the
  /// route groups. Every GET route answers HEAD too (RFC 9110 §9.1: a general-purpose server
  /// must): the GET's status and headers, no body.
  public func router() -> Router<ServiceContext> {
    let router = Router(context: ServiceContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: RequestLogMiddleware(logger: logger))
    router.add(middleware: AuditMiddleware(auditor: auditor, logger: logger))
    router.add(middleware: UnauthenticatedThrottle(refusals: refusals))
    router.add(middleware: BearerAuthenticator(tokens: TokenResolver(store: store), refusals: refusals))
    APIRoutes(service: self).register(on: router)
    PageRoutes(service: self).register(on: router)
    return router
  }

  /// The application on `host:port`; `runService()` on it stops gracefully on SIGTERM/SIGINT.
  public func application(host: String, port: Int, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in })
    -> some ApplicationProtocol
  {
    Application(
      router: router(), server: .ruledHTTP1(configuration: .init(idleTimeout: idleTimeout)),
      configuration: .init(address: .hostname(host, port: port), serverName: "ndc"),
      services: [AuditFlusher(auditor: auditor)],
      onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) }, logger: logger)
  }

  /// Writes what the auditor holds and stops the workers (after the server has stopped).
  public func shutdown() async {
    await auditor.flush(olderThan: 0)
    pool.stop()
  }
}

/// Writes the aggregated refusals of ended windows every few seconds, and all at shutdown.
struct AuditFlusher: Service {
  let auditor: Auditor
  func run() async throws {
    while !Task.isShuttingDownGracefully && !Task.isCancelled {
      try? await Task.sleep(for: .seconds(5))
      await auditor.flush(olderThan: auditor.window)
    }
    await auditor.flush(olderThan: 0)
  }
}

/// The set keys of stored submissions, by id (a stored submission never changes).
///
/// Bounded, in two generations: new keys go into the young table; when it holds `limit`, it
/// becomes the old one and the keys the old one held are dropped. A key found in the old table
/// moves back into the young one. So what POSTs keep asking for — every submitter's counting
/// version, on every POST of the others — stays, while a key nobody asks for again leaves after
/// `limit` to `2 × limit` newer ones. (Dropping the whole table instead, as until decision 222,
/// sent every POST after it to read and check each other submitter's stored bytes again.)
final class KeysCache: Sendable {
  private struct Generations {
    let limit: Int
    var young: [String: StoredKeys] = [:]
    var old: [String: StoredKeys] = [:]

    mutating func add(_ id: String, _ keys: StoredKeys) {
      if young.count >= limit, young[id] == nil {
        old = young
        young = [:]
      }
      young[id] = keys
    }
  }
  private let table: Mutex<Generations>
  let limit: Int

  init(limit: Int = 4096) {
    self.limit = max(1, limit)
    table = Mutex(Generations(limit: self.limit))
  }

  func get(_ id: String) -> StoredKeys? {
    table.withLock { t in
      if let keys = t.young[id] { return keys }
      guard let keys = t.old.removeValue(forKey: id) else { return nil }
      t.add(id, keys)
      return keys
    }
  }

  func put(_ id: String, _ keys: StoredKeys) { table.withLock { $0.add(id, keys) } }

  func remove(_ id: String) {
    table.withLock { t in
      t.young[id] = nil
      t.old[id] = nil
    }
  }

  /// How many keys are held (at most `2 × limit`).
  var count: Int { table.withLock { $0.young.count + $0.old.count } }
}

/// One async holder per key at a time (FIFO), the others waiting without a thread.
final class KeyedLock: Sendable {
  private let state = Mutex<[String: [CheckedContinuation<Void, Never>]]>([:])

  func withLock<T: Sendable>(_ key: String, _ body: () async throws -> T) async throws -> T {
    await acquire(key)
    defer { release(key) }
    return try await body()
  }

  private func acquire(_ key: String) async {
    // Uncontended (the usual case): taken without suspending, as a suspension resumed at once
    // still sends the task through the executor's queue (a thread switch on a busy server).
    let taken = state.withLock { table -> Bool in
      guard table[key] == nil else { return false }
      table[key] = []
      return true
    }
    if taken { return }
    await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
      let now = state.withLock { table -> Bool in
        if var waiting = table[key] {
          waiting.append(c)
          table[key] = waiting
          return false
        }
        table[key] = []
        return true
      }
      if now { c.resume() }
    }
  }

  private func release(_ key: String) {
    let next = state.withLock { table -> CheckedContinuation<Void, Never>? in
      guard var waiting = table[key], !waiting.isEmpty else {
        table[key] = nil
        return nil
      }
      let next = waiting.removeFirst()
      table[key] = waiting
      return next
    }
    next?.resume()
  }
}
