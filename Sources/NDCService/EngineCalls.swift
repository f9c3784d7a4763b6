import Foundation
import NDCCheck
import NDCCompile
import NDCCore
import NDCExport
import NDCFormats

// Every call the service makes into the engine is in this file, so that following the
// engine's API is a one-file change.

/// One body checked as `ndc validate --cycle C` checks one file (set rules aside).
public struct CheckedBody: Sendable {
  public var format: String?
  public var submitter: String?
  public var cycle: String?
  public var version: Int?
  public var submissionId: String?
  public var submittedAt: String?
  /// The canonical form's fingerprint (the same for the XML and the JSON of one document).
  public var canonical: String?
  /// What the set rules need of it.
  var keys: SetKeys?
  var outcome: FileCheck
}

/// The per-file part of the outcome, kept until the set findings are added.
struct FileCheck: Sendable {
  var path: String
  var format: InputFormat?
  var header: SubmissionHeader
  var rulePack: String?
  var diagnostics: [Diagnostic]
  var readable: Bool
}

/// The service's engine: the reference data, the service's cycle, the reader and checkers.
public struct ServiceEngine: Sendable {
  public let reference: ReferenceData
  public let cycle: String
  public let referenceDate: CalendarDate
  /// The tool's version, written into compiled documents.
  public let toolVersion: String
  let reader: SubmissionReader
  let checker: SubmissionChecker

  public struct Refused: Error, CustomStringConvertible { public var description: String }

  public init(reference: ReferenceData, cycle: String?, toolVersion: String) throws {
    let id = cycle ?? reference.cycles.map(\.id).max() ?? "NDC2025"
    guard let c = reference.cycle(id) else { throw Refused(description: "the reference data has no cycle \(id)") }
    self.reference = reference
    self.cycle = id
    self.referenceDate = c.referenceDate
    self.toolVersion = toolVersion
    self.reader = try SubmissionReader()
    self.checker = SubmissionChecker(reference: reference, requestedCycle: id)
  }

  /// The shipped reference data, or the file at `path`.
  public static func loadReference(path: String?) throws -> ReferenceData {
    try path.map { try ReferenceDataLoader.load(path: $0) } ?? ReferenceDataLoader.shipped()
  }

  // MARK: Submitters

  /// `municipality` or `region` for a code valid on the cycle's reference date or later
  /// (1086 may get a token); nil for an unknown code.
  public func level(ofSubmitter code: String) -> String? {
    if reference.municipality(code, on: referenceDate) != nil { return "municipality" }
    if let region = reference.anyRegion(code), region.validity.to.map({ $0 >= referenceDate }) ?? true {
      return "region"
    }
    return nil
  }

  public struct RosterEntry: Sendable { public var level, code, name: String; public var region: String? }

  /// Every municipality and region of the reference data on the cycle's reference date.
  public func roster() -> [RosterEntry] {
    let regions = reference.regions(on: referenceDate).map {
      RosterEntry(level: "region", code: $0.code, name: $0.name, region: nil)
    }
    let municipalities = reference.municipalities.filter { $0.validity.contains(referenceDate) }.map {
      RosterEntry(level: "municipality", code: $0.code, name: $0.name, region: reference.regionCode(ofMunicipality: $0.code, on: referenceDate))
    }
    return municipalities + regions
  }

  // MARK: Checking

  /// Reads and checks one body as `ndc validate --cycle C` does one file.
  public func check(bytes: [UInt8], path: String) -> CheckedBody {
    let result = reader.read(bytes: bytes, path: path)
    var diagnostics = result.diagnostics
    var rulePack: String? = nil
    if let submission = result.submission {
      let checked = checker.check(submission)
      rulePack = checked.rulePack
      diagnostics += checked.diagnostics
    }
    diagnostics = diagnostics.map(result.located).sorted(by: Self.order)
    let file = FileCheck(
      path: path, format: result.format, header: result.header, rulePack: rulePack, diagnostics: diagnostics, readable: true)
    let valid = !diagnostics.contains { $0.severity.invalidates }
    return CheckedBody(
      format: result.format?.rawValue, submitter: result.header.submitter, cycle: result.header.cycle,
      version: result.header.version, submissionId: result.header.submissionId,
      submittedAt: result.submission?.submittedAt.text,
      canonical: result.submission.map(SetKeys.fingerprint(of:)),
      keys: SetKeys(index: 0, path: path, result: result, valid: valid), outcome: file)
  }

  static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    let pa = a.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    let pb = b.location.position ?? SourcePosition(line: Int.max, column: Int.max)
    if pa != pb { return pa < pb }
    if a.location.pointer != b.location.pointer { return a.location.pointer < b.location.pointer }
    return a.code < b.code
  }

  /// The set rules over `body` together with `others` (this submitter's stored versions and
  /// every other submitter's counting version), as `ndc validate` of those files together:
  /// the findings that name `body`.
  func setFindings(for body: CheckedBody, others: [StoredKeys]) -> [Diagnostic] {
    guard let mine = body.keys else { return [] }
    var setChecker = SetChecker(reference: reference, requestedCycle: cycle)
    var all: [SetKeys] = []
    for (i, other) in others.enumerated() {
      var k = other.keys
      k.index = i
      all.append(k)
    }
    var k = mine
    k.index = all.count
    all.append(k)
    for k in all { setChecker.add(k) }
    let fingerprints = Dictionary(uniqueKeysWithValues: others.map { ($0.keys.path, $0.canonical) })
    let outcome = setChecker.finish { key in key.path == mine.path ? body.canonical : fingerprints[key.path] ?? nil }
    return outcome.diagnostics.filter { d in d.related.contains { $0.path == mine.path } }
  }

  /// The validate report's file entry for the body with its set findings, its verdict and
  /// worst severity.
  func report(for body: CheckedBody, setFindings: [Diagnostic]) -> (entry: Data, valid: Bool, worst: String?) {
    let all = body.outcome.diagnostics + setFindings
    let valid = body.outcome.readable && !all.contains { $0.severity.invalidates }
    let worst = all.map(\.severity).max()?.rawValue
    let entry = ReportEntry.encode(body.outcome, extra: setFindings, valid: valid)
    return (entry, valid, worst)
  }
}

/// A stored submission's set keys, cached by the service.
struct StoredKeys: Sendable {
  var keys: SetKeys
  var canonical: String?
}

/// The validate report's file entry (validate-report.schema.json `files[i]`).
/// FIXME(engine): use the engine's `ValidateReport.fileEntry` once it lands on main.
enum ReportEntry {
  static func encode(_ file: FileCheck, extra: [Diagnostic], valid: Bool) -> Data {
    let diagnostics = file.diagnostics + extra
    let listed = diagnostics.prefix(Limits.maxDiagnosticsPerFile)
    var object: [String: Any] = [
      "path": file.path, "format": file.format?.rawValue ?? NSNull(), "submitter": file.header.submitter ?? NSNull(),
      "cycle": file.header.cycle ?? NSNull(), "version": file.header.version ?? NSNull(),
      "submissionId": file.header.submissionId ?? NSNull(), "rulePack": file.rulePack ?? NSNull(), "valid": valid,
    ]
    if diagnostics.count > listed.count { object["suppressed"] = diagnostics.count - listed.count }
    object["diagnostics"] = listed.map { d -> [String: Any] in
      var location: [String: Any] = ["pointer": d.location.pointer.text]
      if let p = d.location.position {
        location["line"] = p.line
        location["column"] = p.column
      }
      var e: [String: Any] = ["code": d.code, "severity": d.severity.rawValue, "message": d.message, "location": location]
      if let hint = d.hint { e["hint"] = hint }
      if !d.related.isEmpty {
        e["related"] = d.related.map { r -> [String: Any] in
          var o: [String: Any] = ["path": r.path]
          if let p = r.pointer { o["pointer"] = p.text }
          return o
        }
      }
      return e
    }
    return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
  }
}

extension ServiceEngine {
  /// The catalogue, as `ndc rules --format json` writes it.
  /// FIXME(engine): use the engine's catalogue document once it lands on main.
  public func rulesJSON() -> Data {
    struct Catalogue: Encodable {
      var rulePack: String
      var rules: [Rule]
      struct Rule: Encodable { var code, severity, area, title, explanation: String }
    }
    let catalogue = Catalogue(
      rulePack: reference.cycle(cycle)?.rulePack ?? "",
      rules: RuleCatalogue.all.map {
        .init(code: $0.code, severity: $0.severity.rawValue, area: $0.area, title: $0.title, explanation: $0.explanation)
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return ((try? encoder.encode(catalogue)) ?? Data()) + Data("\n".utf8)
  }
}

// MARK: Compiling and exporting

/// One stored submission given to the compiler.
struct CompileSource: Sendable {
  var path: String
  var bytes: [UInt8]
}

/// A compiled document, in both forms, and its inputs' statuses.
struct Compiled: Sendable {
  var json: Data
  var xml: Data
  var asOf: String
  var compiledAt: String
  var inputs: [(path: String, submitter: String?, status: String, reason: String, counts: Bool)]
}

extension ServiceEngine {
  /// `ndc compile --cycle C [--as-of A] [--compiled-at T]` on the stored bytes (in memory).
  func compile(_ sources: [CompileSource], cycle: String, asOf: String?, compiledAt: String?) -> Result<Compiled, Refused> {
    let checker = cycle == self.cycle ? self.checker : SubmissionChecker(reference: reference, requestedCycle: cycle)
    let inputs = sources.map { source -> CompileInput in
      let read = reader.read(bytes: source.bytes, path: source.path)
      var diagnostics = read.diagnostics
      if let submission = read.submission { diagnostics += checker.check(submission).diagnostics }
      return CompileInput(bytes: source.bytes, read: read, diagnostics: diagnostics.map(read.located))
    }
    let options = CompileOptions(
      cycle: cycle, asOf: asOf.flatMap { CalendarDate($0) }, compiledAt: compiledAt.flatMap(DateTime.init), sourceDateEpoch: nil,
      strict: false, toolVersion: toolVersion)
    do {
      let document = try Compiler(reference: reference, options: options).compile(inputs: inputs)
      return .success(Compiled(
        json: Data(ContributionWriter.write(document, as: .json).utf8), xml: Data(ContributionWriter.write(document, as: .xml).utf8),
        asOf: document.header.asOf.description, compiledAt: document.header.compiledAt.text,
        inputs: document.inputs.map { ($0.path, $0.submitter, $0.status.rawValue, $0.reason, $0.status.counts) }))
    } catch {
      return .failure(Refused(description: error.description))
    }
  }

  /// The bytes `ndc export --to FORMAT [--lang L]` writes for a stored document (JSON form);
  /// nil for an export that is not one file (`csv`) or a document that cannot be read.
  func export(documentJSON: Data, format: String, language: String) -> Data? {
    guard let exportFormat = ExportFormat(rawValue: format), !exportFormat.isFolder,
      let language = Language(rawValue: language),
      let document = try? ContributionReading().read(bytes: Array(documentJSON), path: "document.json")
    else { return nil }
    guard case .file(let text) = Exporter.export(document, as: exportFormat, language: language) else { return nil }
    return Data(text.utf8)
  }
}
