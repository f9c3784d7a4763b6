import ArgumentParser
import Foundation
import NDCCompile
import NDCCore
import NDCEngine
import NDCDocument
import NDCStorage
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

  @Flag(name: .customLong("allow-empty"), help: "Accept a folder holding no .xml or .json file.")
  var allowEmpty = false

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
    let inputs = try EmptyInputs.collect(paths: paths, filesFrom: filesFrom, allowEmpty: allowEmpty)
    let files = inputs.files
    // An input known to be unreadable refuses the compile as one found so by reading (decision 46).
    let known = files.compactMap { path in inputs.unreadable[path].map { (path: path, reason: $0) } }
    if !known.isEmpty {
      for file in known { Terminal.error("\(file.path): cannot be read: \(file.reason)") }
      Terminal.error("not compiled: \(known.count) input(s) cannot be read; nothing written")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    // The document would replace one of its own inputs (decision 254).
    if let input = OutputTarget.sameFile(output, among: files) {
      Terminal.error("\(output): is the input \(input); the document would replace it; nothing written")
      throw ExitCode(ExitStatus.usage.rawValue)
    }

    let engine = try Engine(reference: referenceData, cycle: cycle)
    let progress = ProgressBar(total: files.count, label: "compiling", quiet: common.quiet)
    let options = CompileOptions(
      cycle: cycle, asOf: asOf.flatMap { CalendarDate($0) }, compiledAt: compiledAt.flatMap(DateTime.init),
      sourceDateEpoch: CompileOptions.sourceDateEpoch(from: ProcessInfo.processInfo.environment),
      strict: strict, toolVersion: ToolVersion.tool)
    let compiled: CompiledSet
    do {
      compiled = try engine.compile(
        files.map(CompileSource.file), options: options, format: outputFormat!, to: .file(output), progress: progress,
        logger: Log.logger)
    } catch {
      switch error {
      case .unreadable(let files):
        for file in files { Terminal.error("\(file.path): \(file.message)") }
        Terminal.error("not compiled: \(files.count) input(s) cannot be read; nothing written")
        throw ExitCode(ExitStatus.usage.rawValue)
      case .refused(let reason):
        Terminal.error("not compiled: \(reason.description); nothing written")
        throw ExitCode(ExitStatus.invalid.rawValue)
      case .output(let failure):
        Terminal.error(failure.description)
        throw ExitCode(ExitStatus.usage.rawValue)
      }
    }
    report(compiled.document)
  }

  /// What was compiled, and every input excluded with its reason.
  private func report(_ document: ContributionDocument) {
    var counts: [InputStatus: Int] = [:]
    for input in document.inputs { counts[input.status, default: 0] += 1 }
    var out = ""
    let excluded = document.inputs.filter { !$0.status.counts }
    for input in excluded {
      out += TerminalText.shown("excluded: \(input.path): \(input.status.rawValue): \(input.reason)") + "\n"
    }
    let summary = InputStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.rawValue)" } }
    out += "wrote \(TerminalText.shown(output)): \(document.inputs.count) inputs (\(summary.joined(separator: ", "))), cycle \(document.header.cycle), as of \(document.header.asOf)\n"
    if !common.quiet || !excluded.isEmpty { FileHandle.standardOutput.write(Data(out.utf8)) }
  }
}
