import Dispatch
import Foundation
import Hummingbird
import Logging
import NDCStore
import Synchronization

/// What `ndc serve` does, so that the CLI's command only parses its arguments.
public enum ServeRunner {
  public struct StoreOptions: Sendable {
    public var db: String?
    public var databaseURL: String?
    public init(db: String?, databaseURL: String?) { self.db = db; self.databaseURL = databaseURL }
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
    /// The process's exit status: 2 usage or set-up.
    public var exitCode: Int32 = 2
    public init(description: String, exitCode: Int32 = 2) { self.description = description; self.exitCode = exitCode }
  }

  /// Opens (creating if absent) and migrates the store.
  public static func openStore(_ options: StoreOptions, logger: Logger) async throws -> any SubmissionStore {
    let store = try await StoreOpening.open(options, logger: logger)
    do {
      try await store.migrate()
    } catch {
      await store.close()
      throw Failure(description: "the store could not be migrated: \(error.message)")
    }
    return store
  }

  /// `host:port`, the port 0–65535.
  public static func parseListen(_ text: String) -> (host: String, port: Int)? {
    guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]), (0...65535).contains(port)
    else { return nil }
    var host = String(text[..<colon])
    if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    return host.isEmpty ? nil : (host, port)
  }

  /// Runs the service until SIGTERM or SIGINT: stops accepting, finishes the requests in
  /// flight, closes the store.
  public static func serve(
    store options: StoreOptions, listen: String, reference: String?, cycle: String?, toolVersion: String, logger: Logger
  ) async throws {
    guard let (host, port) = parseListen(listen) else { throw Failure(description: "--listen must be HOST:PORT, not \(listen)") }
    let engine: ServiceEngine
    do {
      engine = try ServiceEngine(reference: ServiceEngine.loadReference(path: reference), cycle: cycle, toolVersion: toolVersion)
    } catch {
      throw Failure(description: "reference data: \(error)")
    }
    let store = try await openStore(options, logger: logger)
    var settings = IntakeService.Settings()
    // For benchmarks only: a higher per-token rate on the POST routes.
    if let rate = ProcessInfo.processInfo.environment["NDC_SERVICE_POST_RATE"].flatMap(Double.init), rate >= 10 {
      settings.postRate = rate
      settings.postBurst = max(30, rate * 3)
    }
    let service = IntakeService(store: store, engine: engine, version: toolVersion, settings: settings, logger: logger)
    let app = service.application(host: host, port: port) { bound in
      logger.info("listening", metadata: ["address": "\(host):\(bound)", "store": "\(store.kind)", "cycle": "\(engine.cycle)"])
    }
    do {
      try await app.runService()
    } catch {
      await service.shutdown()
      await store.close()
      throw Failure(description: "the service stopped: \(error)", exitCode: 1)
    }
    await service.shutdown()
    await store.close()
    logger.info("stopped")
  }

  /// Runs async work from the CLI's synchronous entry point and waits for it.
  public static func blocking(_ body: @escaping @Sendable () async throws -> Void) throws {
    let done = DispatchSemaphore(value: 0)
    let outcome = Mutex<(any Error)?>(nil)
    Task {
      do { try await body() } catch { outcome.withLock { $0 = error } }
      done.signal()
    }
    done.wait()
    if let error = outcome.withLock({ $0 }) { throw error }
  }
}
