import ArgumentParser
import Foundation
import NDCCore
import NDCEngine
import NDCFormats

/// `ndc validate`: checks submissions, then the set rules over the version of each submitter
/// that would count.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check submissions (XML or JSON): structure, schema, rules, and rules across submissions.",
    discussion: """
      Exit codes: 0 all valid (warnings allowed); 1 an input is invalid (an ERROR or BLOCKER \
      in a file or in the set); 2 usage error, or a file or folder could not be read. When both \
      apply, 2 wins.
      """)

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

  @Option(name: .long, help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "The cycle required; a file of another cycle gets an ERROR.")
  var cycle: String?

  @Option(name: .long, help: "A reference-data file replacing the shipped one (docs/reference-data.md).")
  var reference: String?

  @Option(name: .customLong("files-from"), help: "A file listing input paths, one a line.")
  var filesFrom: String?

  @Flag(
    name: .customLong("structure-only"),
    help: ArgumentHelp("Only the structure-level checks (no rules): for benchmarks.", visibility: .hidden))
  var structureOnly = false

  @OptionGroup var common: CommonOptions

  @Argument(help: "Submission files, or folders searched recursively for .xml and .json files.")
  var paths: [String] = []

  func validate() throws {
    if paths.isEmpty && filesFrom == nil && !common.version {
      throw ValidationError("give at least one PATH or --files-from FILE")
    }
  }

  func run() throws {
    try common.handleVersion()
    let referenceData = try ReferenceOption.load(reference)
    let files: [String]
    do {
      files = try InputCollector.collect(paths: paths, filesFrom: filesFrom)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    let engine = try Engine(reference: referenceData, cycle: cycle, structureOnly: structureOnly)
    let progress = ProgressBar(total: files.count, label: "validating", quiet: common.quiet || format == .json)
    let minimum: Severity = common.quiet ? .warning : .info
    let reporter: ValidationReporter =
      format == .json
      ? JSONReport(minimumSeverity: minimum)
      : TextReport(colour: Terminal.useColour(), minimumSeverity: minimum, quiet: common.quiet)
    let started = Date()
    let summary = engine.validate(files: files, progress: progress, reporter: reporter)
    Log.logger.info(
      "validated", metadata: ["files": "\(summary.files)", "seconds": "\(Date().timeIntervalSince(started))",
        "valid": "\(summary.validFiles)"])
    for file in summary.unreadable { Terminal.error("\(file.path): \(file.reason)") }
    if !summary.unreadable.isEmpty { throw ExitCode(ExitStatus.usage.rawValue) }
    if !summary.valid { throw ExitCode(ExitStatus.invalid.rawValue) }
  }
}

/// `--reference PATH`: the replacement reference data, or the shipped one. Unreadable or
/// malformed: exit 2.
enum ReferenceOption {
  static func load(_ path: String?) throws -> ReferenceData {
    do {
      let data = try path.map { try ReferenceDataLoader.load(path: $0) } ?? ReferenceDataLoader.shipped()
      Log.logger.info(
        "reference data", metadata: ["edition": "\(data.edition)", "file": "\(path ?? "shipped")",
          "municipalities": "\(data.municipalities.count)", "regions": "\(data.regions.count)"])
      return data
    } catch {
      Terminal.error("reference data: \(error)")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
  }
}
