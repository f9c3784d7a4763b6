import ArgumentParser
import Foundation
import NDCCompile
import NDCCore
import NDCFormats

/// `ndc compile`: validates, selects and merges the submissions into the contribution document.
struct CompileCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compile",
    abstract: "Compile the submissions that count into the multilevel contribution document (XML or JSON).",
    discussion: """
      Writes the document whenever at least one submission counts, and lists the inputs it \
      excluded. Exit codes: 0 written; 1 refused, nothing written (--strict with an invalid or \
      duplicate input, no counting submission, several cycles without --cycle); 2 usage error, \
      or a file or folder could not be read or written.
      """)

  @Option(name: .long, help: "The cycle to compile; inputs of other cycles are excluded as other-cycle.")
  var cycle: String?

  @Option(name: .customLong("as-of"), help: "The date of the geography aggregated on (default: the cycle's reference date).")
  var asOf: String?

  @Option(name: .customLong("compiled-at"), help: "The compiledAt date-time (default: SOURCE_DATE_EPOCH, else the latest counted submittedAt).")
  var compiledAt: String?

  @Option(name: .long, help: "A reference-data file replacing the shipped one.")
  var reference: String?

  @Flag(name: .long, help: "Refuse (exit 1, nothing written) if any input is invalid or a duplicate.")
  var strict = false

  @Option(name: .customLong("files-from"), help: "A file listing input paths, one a line.")
  var filesFrom: String?

  @Option(name: [.short, .long], help: "The document to write; the extension .xml or .json picks the format.")
  var output: String

  @OptionGroup var common: CommonOptions

  @Argument(help: "Submission files, or folders searched recursively for .xml and .json files.")
  var paths: [String] = []

  var outputFormat: InputFormat? {
    let lower = output.lowercased()
    return lower.hasSuffix(".xml") ? .xml : lower.hasSuffix(".json") ? .json : nil
  }

  func validate() throws {
    if common.version { return }
    if paths.isEmpty && filesFrom == nil { throw ValidationError("give at least one PATH or --files-from FILE") }
    if outputFormat == nil { throw ValidationError("-o must end in .xml or .json (it picks the format)") }
    if let asOf, CalendarDate(asOf) == nil { throw ValidationError("--as-of must be a date YYYY-MM-DD, not \(asOf)") }
    if let compiledAt, DateTime(compiledAt) == nil {
      throw ValidationError("--compiled-at must be an RFC 3339 date-time with offset, not \(compiledAt)")
    }
  }

  func run() throws {
    try common.handleVersion()
    let referenceData = try ReferenceOption.load(reference)
    let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      Terminal.error("\(output): the folder \(folder) does not exist")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    let files: [String]
    do {
      files = try InputCollector.collect(paths: paths, filesFrom: filesFrom)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }

    let run = try ValidationRun(reference: referenceData, requestedCycle: cycle)
    let progress = ProgressBar(total: files.count, label: "compiling", quiet: common.quiet)
    var started = Date()
    // First pass: the small record of each input, and the models of valid ones: in memory
    // while they fit the budget of KeptModels, beyond it in a temporary file; the compiler takes
    // them when the selection asks for them. No input file is read twice (unless the temporary
    // file cannot be written: then the models beyond the budget are read again).
    let models = KeptModels(budget: KeptModels.budget(inputs: files.count), spill: spilledSubmissions())
    let records = try firstPass(files, run: run, progress: progress, keeping: models)
    Log.logger.info("checked", metadata: ["files": "\(files.count)", "seconds": "\(Date().timeIntervalSince(started))"])
    let kept = models.stored
    Log.logger.info(
      "kept",
      metadata: [
        "models": "\(kept.models)", "of file bytes": "\(kept.fileBytes)", "spilled": "\(kept.spilled)",
        "spilled bytes": "\(kept.spilledBytes)",
      ])
    started = Date()

    let options = CompileOptions(
      cycle: cycle, asOf: asOf.flatMap { CalendarDate($0) }, compiledAt: compiledAt.flatMap(DateTime.init),
      sourceDateEpoch: CompileOptions.sourceDateEpoch(from: ProcessInfo.processInfo.environment),
      strict: strict, toolVersion: ToolVersion.tool)
    // The per-submitter detail goes to temporary files as it is made; the document holds the
    // aggregates, and the writer copies the detail in.
    let detail: SpilledDetail
    do {
      detail = try SpilledDetail(format: outputFormat!)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    let document: ContributionDocument
    do {
      document = try Compiler(reference: referenceData, options: options).compile(
        records: consume records, load: models.loader(readAgain: run.reload), peek: models.peeker(readAgain: run.reload),
        detail: detail)
    } catch {
      Terminal.error("not compiled: \(error.description); nothing written")
      throw ExitCode(ExitStatus.invalid.rawValue)
    }
    Log.logger.info("compiled", metadata: ["counted": "\(document.inputs.filter(\.status.counts).count)", "seconds": "\(Date().timeIntervalSince(started))"])
    started = Date()
    try write(document, detail: detail)
    Log.logger.info("written", metadata: ["file": "\(output)", "seconds": "\(Date().timeIntervalSince(started))"])
    report(document)
  }

  /// Where the models beyond the memory budget are kept; nil (they are read again) when no
  /// temporary file can be made.
  private func spilledSubmissions() -> SpilledSubmissions? {
    do {
      return try SpilledSubmissions()
    } catch {
      Log.logger.warning("the checked submissions beyond the memory budget will be read again: \(error.description)")
      return nil
    }
  }

  /// The record of every input, and the models of valid ones kept in `models` (the compiler
  /// takes them when the selection asks for them). Exits 2 if an input cannot be read.
  private func firstPass(_ files: [String], run: ValidationRun, progress: ProgressBar, keeping models: KeptModels) throws -> [CompileRecord] {
    let checked = run.checkAll(files, forCompile: true, progress: progress) { file in
      if let model = file.model {
        models.keep(model, document: file.document, position: file.outcome.index, fileBytes: file.fileBytes)
      }
      return file.record.map(Result.success)
        ?? .failure(Unreadable(path: file.outcome.path, message: file.outcome.diagnostics.first?.message ?? "cannot be read"))
    }
    let unreadable = checked.compactMap { if case .failure(let u) = $0 { u } else { nil } }
    if !unreadable.isEmpty {
      for file in unreadable { Terminal.error("\(file.path): \(file.message)") }
      Terminal.error("not compiled: \(unreadable.count) input(s) cannot be read; nothing written")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    return checked.compactMap { try? $0.get() }
  }

  /// Writes the document as it is encoded, with the detail copied in, chunk by chunk, to a
  /// temporary file renamed onto the output; nothing if the detail could not be written or read.
  private func write(_ document: ContributionDocument, detail: SpilledDetail) throws {
    do throws(InputError) {
      try detail.close()
      let file = try StreamedFile(path: output)
      ContributionWriter.write(document, as: outputFormat!, spilled: detail, drain: file.write)
      do throws(InputError) {
        try detail.close()
      } catch {
        file.discard()
        throw error
      }
      try file.commit()
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }
  }

  /// An input that could not be read, and why.
  struct Unreadable: Error {
    var path: String
    var message: String
  }

  /// What was compiled, and every input excluded with its reason.
  private func report(_ document: ContributionDocument) {
    var counts: [InputStatus: Int] = [:]
    for input in document.inputs { counts[input.status, default: 0] += 1 }
    var out = ""
    let excluded = document.inputs.filter { !$0.status.counts }
    for input in excluded {
      out += "excluded: \(input.path): \(input.status.rawValue): \(input.reason)\n"
    }
    let summary = InputStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
    out += "wrote \(output): \(document.inputs.count) inputs (\(summary.joined(separator: ", "))), cycle \(document.header.cycle), as of \(document.header.asOf)\n"
    if !common.quiet || !excluded.isEmpty { FileHandle.standardOutput.write(Data(out.utf8)) }
  }
}
