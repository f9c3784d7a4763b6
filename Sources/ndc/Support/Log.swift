import Foundation
import Logging

/// The tool's log (swift-log) on standard error. Diagnostics are not log lines: they go to the
/// report. The log says what the run did — reference data used, files read, time taken — at
/// the level `NDC_LOG_LEVEL` names (trace, debug, info, notice, warning, error, critical;
/// default warning, so a normal run logs nothing).
enum Log {
  static let logger: Logger = {
    LoggingSystem.bootstrap { label in
      var handler = StreamLogHandler.standardError(label: label)
      handler.logLevel = level
      return handler
    }
    return Logger(label: "ndc")
  }()

  static var level: Logger.Level {
    ProcessInfo.processInfo.environment["NDC_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
  }
}
