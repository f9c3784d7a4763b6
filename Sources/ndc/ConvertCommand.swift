import ArgumentParser
import Foundation
import NDCCore
import NDCEngine
import NDCDocument
import NDCFormats
import NDCStorage

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
    do throws(InputError) {
      // Beyond the larger of the two formats' limits nothing is read (it was taken as empty).
      guard let read = try FileBytes.read(path: input, limit: ContributionReading.maxFileBytes) else {
        throw InputError(path: input, reason: "larger than 256 MiB")
      }
      bytes = read
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    switch try Conversion.convert(bytes: bytes, path: input, to: to) {
    case .converted(let text):
      try OutputFile.write(text, to: output)
    case .invalidSubmission(let diagnostics):
      let formatter = DiagnosticFormatter(colour: Terminal.useColour(forStandardOutput: false))
      let lines = SourceLines(bytes: bytes)
      for d in diagnostics {
        FileHandle.standardError.write(Data(formatter.format(d, path: input, sourceLines: lines).utf8))
      }
      Terminal.error("\(input): not converted: the document is not valid")
      throw ExitCode(ExitStatus.invalid.rawValue)
    case .invalidContribution(let error):
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
