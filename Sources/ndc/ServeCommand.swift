import ArgumentParser
import Foundation
import Logging
import NDCEngine
import NDCService

/// `ndc serve` and `ndc serve token create|list|revoke` (SERVICE.md): arguments only; the
/// service is NDCService's.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Run the intake service (HTTP API over a SQLite or PostgreSQL store).",
    subcommands: [TokenCommand.self])

  @OptionGroup var store: StoreArguments
  @Option(name: .long, help: "HOST:PORT to listen on.") var listen = "127.0.0.1:8080"
  @Option(name: .long, help: "A reference-data file replacing the shipped one.") var reference: String?
  @Option(name: .long, help: "The cycle the service accepts (default: the reference data's current cycle).") var cycle: String?

  func run() throws {
    let logger = {
      var logger = Log.logger
      logger.logLevel = ProcessInfo.processInfo.environment["NDC_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
      return logger
    }()
    let (store, listen, reference, cycle) = (store.options, listen, reference, cycle)
    try ServeCommand.report {
      try await ServeRunner.serve(
        store: store, listen: listen, reference: reference, cycle: cycle, toolVersion: ToolVersion.tool, logger: logger)
    }
  }

  /// Runs `body`, turning the service's failures into `ndc: …` and their exit status.
  static func report(_ body: @escaping @Sendable () async throws -> Void) throws {
    do {
      try ServeRunner.blocking(body)
    } catch let failure as ServeRunner.Failure {
      Terminal.error(failure.description)
      throw ExitCode(failure.exitCode)
    } catch let failure as TokenAdmin.Failure {
      Terminal.error(failure.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }
  }
}

struct StoreArguments: ParsableArguments {
  @Option(name: .long, help: "The SQLite file (default ndc.sqlite).") var db: String?
  @Option(name: .customLong("database-url"), help: "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB instead of SQLite.")
  var databaseURL: String?

  func validate() throws {
    if db != nil && databaseURL != nil { throw ValidationError("give --db or --database-url, not both") }
  }
  var options: ServeRunner.StoreOptions { .init(db: databaseURL == nil ? (db ?? "ndc.sqlite") : nil, databaseURL: databaseURL) }
}

struct TokenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "token", abstract: "Create, list or revoke the service's tokens.",
    subcommands: [Create.self, List.self, Revoke.self])

  struct Create: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create a token and print it once.")
    @Option(name: .long, help: "The municipality or region code the token sends for.") var submitter: String?
    @Flag(name: .long, help: "A ministry token (reads everything, compiles).") var ministry = false
    @Option(name: .long, help: "A label, for the list.") var label: String?
    @Option(name: .long, help: "A reference-data file replacing the shipped one.") var reference: String?
    @Option(name: .long, help: "The service's cycle (default: the reference data's current cycle).") var cycle: String?
    @OptionGroup var store: StoreArguments

    func validate() throws {
      if (submitter == nil) == !ministry { throw ValidationError("give --submitter CODE or --ministry") }
    }

    func run() throws {
      let (store, submitter, label, reference, cycle) = (store.options, submitter, label, reference, cycle)
      let logger = Log.logger
      try ServeCommand.report {
        let engine: ServiceEngine
        do {
          engine = try ServiceEngine(reference: ServiceEngine.loadReference(path: reference), cycle: cycle, toolVersion: ToolVersion.tool)
        } catch {
          throw ServeRunner.Failure(description: "reference data: \(error)")
        }
        let opened = try await ServeRunner.openStore(store, logger: logger)
        let (token, _) = try await TokenAdmin.create(store: opened, engine: engine, submitter: submitter, label: label)
        await opened.close()
        FileHandle.standardOutput.write(Data((token + "\n").utf8))
      }
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the tokens (never the tokens themselves).")
    @OptionGroup var store: StoreArguments
    func run() throws {
      let (store, logger) = (store.options, Log.logger)
      try ServeCommand.report {
        let opened = try await ServeRunner.openStore(store, logger: logger)
        let text = try await TokenAdmin.list(store: opened)
        await opened.close()
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    }
  }

  struct Revoke: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Revoke a token: 401 from then on, its web sessions end.")
    @OptionGroup var store: StoreArguments
    @Argument(help: "The token's id (from `token list`).") var id: String
    func run() throws {
      let (store, id, logger) = (store.options, id, Log.logger)
      try ServeCommand.report {
        let opened = try await ServeRunner.openStore(store, logger: logger)
        try await TokenAdmin.revoke(store: opened, id: id)
        await opened.close()
      }
    }
  }
}
