import ArgumentParser
import Foundation
import NDCCore
import NDCFormats

/// `ndc convert`: a submission (or contribution document) between XML and JSON, written in
/// canonical form. Converting to the other format and back gives exactly `convert(x)`.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a submission or a contribution document between XML and JSON (canonical form).")

  @Option(name: .long, help: "Target format: xml or json.")
  var to: InputFormat

  @Option(name: [.short, .long], help: "Output file (written atomically), or - for standard output.")
  var output: String

  @OptionGroup var common: CommonOptions

  @Argument(help: "The document to convert.")
  var input: String

  func run() throws {
    try common.handleVersion()
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(path: input, limit: ContributionReading.maxFileBytes) ?? []
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    if DocumentKind.detect(bytes) == .contribution {
      try convertContribution(bytes)
      return
    }
    let result = try SubmissionReader().read(bytes: bytes, path: input)
    guard let submission = result.submission else {
      let formatter = DiagnosticFormatter(colour: Terminal.useColour(forStandardOutput: false))
      let lines = SourceLines(path: input)
      for d in result.diagnostics where d.severity.invalidates {
        FileHandle.standardError.write(Data(formatter.format(result.located(d), path: input, sourceLines: lines).utf8))
      }
      Terminal.error("\(input): not converted: the document is not valid")
      throw ExitCode(ExitStatus.invalid.rawValue)
    }
    let text = SubmissionWriter.write(submission, as: to)
    try OutputFile.write(text, to: output)
  }

  private func convertContribution(_ bytes: [UInt8]) throws {
    do {
      let document = try ContributionReading().read(bytes: bytes, path: input)
      try OutputFile.write(ContributionWriter.write(document, as: to), to: output)
    } catch let error as ContributionReadError {
      Terminal.error("\(error.description); not converted")
      throw ExitCode(ExitStatus.invalid.rawValue)
    }
  }
}

extension InputFormat: ExpressibleByArgument {}

/// Writing a command's output file: atomically, or to standard output for `-`.
enum OutputFile {
  static func write(_ text: String, to path: String) throws {
    if path == "-" {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }
  }
}
