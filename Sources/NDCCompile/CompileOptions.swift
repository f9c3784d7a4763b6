import NDCCore
import NDCFormats

/// The flags of `ndc compile` that shape the document (CLI.md).
public struct CompileOptions: Sendable {
  /// `--cycle`; nil: the one cycle of the inputs (several: refused).
  public var cycle: String?
  /// `--as-of`; nil: the cycle's reference date.
  public var asOf: CalendarDate?
  /// `--compiled-at`; nil: `sourceDateEpoch`, else the latest counted `submittedAt`.
  public var compiledAt: DateTime?
  /// `SOURCE_DATE_EPOCH` (seconds since 1970-01-01T00:00:00Z), read by the caller.
  public var sourceDateEpoch: Int?
  /// `--strict`: refuse when any input is invalid or a duplicate.
  public var strict: Bool
  public var toolVersion: String

  public init(
    cycle: String? = nil, asOf: CalendarDate? = nil, compiledAt: DateTime? = nil, sourceDateEpoch: Int? = nil,
    strict: Bool = false, toolVersion: String
  ) {
    self.cycle = cycle
    self.asOf = asOf
    self.compiledAt = compiledAt
    self.sourceDateEpoch = sourceDateEpoch
    self.strict = strict
    self.toolVersion = toolVersion
  }

  /// `SOURCE_DATE_EPOCH` from an environment, when it is a non-negative integer.
  public static func sourceDateEpoch(from environment: [String: String]) -> Int? {
    guard let text = environment["SOURCE_DATE_EPOCH"], let value = Int(text), value >= 0 else { return nil }
    return value
  }
}

/// Why a compile was refused (exit 1, nothing written).
public enum CompileError: Error, Sendable, Equatable, CustomStringConvertible {
  case severalCycles([String])
  case unknownCycle(String)
  case nothingCounts
  case referenceIncomplete(String)
  case strictRefused(invalid: [String], duplicate: [String])
  /// A file read for the overlap ledger could not be read again (it changed meanwhile).
  case changedDuringCompile(String)

  public var description: String {
    switch self {
    case .severalCycles(let cycles):
      "the inputs are of several cycles (\(cycles.joined(separator: ", "))); choose one with --cycle"
    case .unknownCycle(let cycle): "the cycle \(cycle) is not in the reference data"
    case .nothingCounts: "no submission counts: nothing to compile"
    case .referenceIncomplete(let what): "the reference data is incomplete: \(what)"
    case .changedDuringCompile(let path): "\(path) changed while it was compiled (its overlaps were settled from what it held); run again"
    case .strictRefused(let invalid, let duplicate):
      "--strict: refused because of " + [
        invalid.isEmpty ? nil : "invalid inputs (\(invalid.joined(separator: ", ")))",
        duplicate.isEmpty ? nil : "duplicates (\(duplicate.joined(separator: ", ")))",
      ].compactMap { $0 }.joined(separator: " and ")
    }
  }
}

extension DateTime {
  /// The instant `seconds` after the epoch, written `YYYY-MM-DDThh:mm:ssZ`.
  public init(epochSeconds seconds: Int) {
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let rest = seconds - days * 86400
    let date = CalendarDate(daysSinceEpoch: days)
    func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    self.init("\(date)T\(pad(rest / 3600)):\(pad(rest % 3600 / 60)):\(pad(rest % 60))Z")!
  }
}

extension CalendarDate {
  /// The date `days` after 1970-01-01 (Howard Hinnant's civil_from_days).
  init(daysSinceEpoch days: Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
  }
}

/// Where `compile` puts the per-submitter detail, one batch of submitters at a time in the
/// document's order: the document itself (`ContributionDocument.append`), or a place that need
/// not be held in memory (the spill files of the streamed writer).
public protocol ContributionDetailSink: AnyObject {
  func add(_ batch: [SubmitterDetail])
}

/// The streamed writer's spill files (NDCFormats) take the compiler's detail.
extension SpilledDetail: ContributionDetailSink {}
