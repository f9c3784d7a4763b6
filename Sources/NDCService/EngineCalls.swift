import Foundation
import NDCCheck
import NDCCompile
import NDCEngine
import NDCCore
import NDCExport
import NDCFormats
import NDCStore

// Every call the service makes into the engine (NDCEngine, the CLI's own use cases) is in
// this file, so that following the engine's API is a one-file change.

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
  var outcome: FileOutcome
  var model: Submission?
  /// The report's file entry, verdict and worst severity without set findings, made with the
  /// check on a worker: what a POST stores when the set rules find nothing (the usual case).
  var alone: Report? = nil
}

/// A validate report's file entry with its verdict and worst severity.
struct Report: Sendable {
  var entry: Data
  var valid: Bool
  var worst: String?
}

/// The service's engine: the CLI's engine on the service's cycle, and what the service asks
/// of the reference data.
public struct ServiceEngine: Sendable {
  public let reference: ReferenceData
  public let cycle: String
  public let referenceDate: CalendarDate
  /// The tool's version, written into compiled documents.
  public let toolVersion: String
  let engine: Engine

  public struct Refused: Error, CustomStringConvertible { public var description: String }

  public init(reference: ReferenceData, cycle: String?, toolVersion: String = ToolVersion.tool) throws {
    let id = cycle ?? reference.cycles.map(\.id).max() ?? "NDC2025"
    guard let c = reference.cycle(id) else { throw Refused(description: "the reference data has no cycle \(id)") }
    self.reference = reference
    self.cycle = id
    self.referenceDate = c.referenceDate
    self.toolVersion = toolVersion
    self.engine = try Engine(reference: reference, cycle: id)
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

  /// Every municipality and region of the reference data on the service's cycle's reference date.
  public func roster() -> [RosterEntry] { roster(on: referenceDate) }

  /// Every municipality and region of the reference data on the reference date of cycle `id`;
  /// nil when the reference data has no such cycle.
  public func roster(cycle id: String) -> [RosterEntry]? { reference.cycle(id).map { roster(on: $0.referenceDate) } }

  private func roster(on date: CalendarDate) -> [RosterEntry] {
    let regions = reference.regions(on: date).map {
      RosterEntry(level: "region", code: $0.code, name: $0.name, region: nil)
    }
    let municipalities = reference.municipalities.filter { $0.validity.contains(date) }.map {
      RosterEntry(level: "municipality", code: $0.code, name: $0.name, region: reference.regionCode(ofMunicipality: $0.code, on: date))
    }
    return municipalities + regions
  }

  // MARK: Checking

  /// Reads and checks one body as `ndc validate --cycle C` does one file.
  public func check(bytes: [UInt8], path: String) -> CheckedBody {
    let checked = engine.check(bytes: bytes, path: path)
    let header = checked.outcome.header
    var body = CheckedBody(
      format: checked.outcome.format?.rawValue, submitter: header.submitter, cycle: StoreText.storable(header.cycle),
      version: header.version, submissionId: StoreText.storable(header.submissionId),
      submittedAt: StoreText.storable(checked.model?.submittedAt.text),
      canonical: checked.model.map(SetKeys.fingerprint(of:)), keys: checked.keys, outcome: checked.outcome,
      model: checked.model)
    body.alone = report(for: body, setFindings: [])
    return body
  }

  /// The set rules over `body` together with `others` (this submitter's stored versions and
  /// every other submitter's counting version), as `ndc validate` of those files together:
  /// the findings that name `body`.
  func setFindings(for body: CheckedBody, others: [StoredKeys]) -> [Diagnostic] {
    guard let mine = body.keys else { return [] }
    var all = others.map(\.keys)
    all.append(mine)
    for i in all.indices { all[i].index = i }
    // A model is asked for only when two inputs share submitter, cycle and version, which a
    // stored version and a new one never do here (the route answered 200 or 409 before).
    return engine.setDiagnostics(all, about: mine.path) { key in key.path == mine.path ? body.model : nil }
  }

  /// The validate report's file entry for the body with its set findings, its verdict and
  /// worst severity.
  func report(for body: CheckedBody, setFindings: [Diagnostic]) -> Report {
    if setFindings.isEmpty, let alone = body.alone { return alone }
    var outcome = body.outcome
    outcome.diagnostics += setFindings
    return Report(entry: Data(JSONReport.fileEntry(outcome).utf8), valid: outcome.valid, worst: outcome.worstSeverity?.rawValue)
  }

  /// The catalogue, as `ndc rules --format json` writes it.
  public func rulesJSON() -> Data { RuleCatalogueReport.json() }
}

/// A stored submission's set keys, cached by the service.
struct StoredKeys: Sendable {
  var keys: SetKeys
  var canonical: String?
}

// MARK: Compiling and exporting

/// One stored submission given to the compiler.
struct CompileInputBytes: Sendable {
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
  /// `ndc compile --cycle C [--as-of A] [--compiled-at T] -o X.json` (and `-o X.xml`) on the
  /// stored bytes, in memory.
  func compile(_ sources: [CompileInputBytes], cycle: String, asOf: String?, compiledAt: String?) -> Result<Compiled, Refused> {
    let options = CompileOptions(
      cycle: cycle, asOf: asOf.flatMap { CalendarDate($0) }, compiledAt: compiledAt.flatMap(DateTime.init), sourceDateEpoch: nil,
      strict: false, toolVersion: toolVersion)
    let inputs = sources.map { CompileSource.bytes($0.bytes, path: $0.path) }
    do {
      let engine = cycle == self.cycle ? self.engine : try Engine(reference: reference, cycle: cycle)
      let json = try engine.compile(inputs, options: options, format: .json, to: .memory)
      let xml = try engine.compile(inputs, options: options, format: .xml, to: .memory)
      let document = json.document
      return .success(Compiled(
        json: Data(json.bytes ?? []), xml: Data(xml.bytes ?? []), asOf: document.header.asOf.description,
        compiledAt: document.header.compiledAt.text,
        inputs: document.inputs.map { ($0.path, $0.submitter, $0.status.rawValue, $0.reason, $0.status.counts) }))
    } catch let error as CompileSetError {
      return .failure(Refused(description: error.description))
    } catch {
      return .failure(Refused(description: "\(error)"))
    }
  }

  /// The bytes `ndc export --to FORMAT [--lang L]` writes for a stored document (JSON form);
  /// nil for an export that is not one file (`csv`) or a document that cannot be read.
  func export(documentJSON: Data, format: String, language: String) -> Data? {
    guard let exportFormat = ExportFormat(rawValue: format), !exportFormat.isFolder,
      let language = Language(rawValue: language),
      let document = try? Engine.readDocument(bytes: Array(documentJSON), path: "document.json")
    else { return nil }
    guard case .file(let text) = Engine.export(document, as: exportFormat, language: language) else { return nil }
    return Data(text.utf8)
  }
}
