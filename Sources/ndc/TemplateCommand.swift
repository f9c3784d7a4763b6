import ArgumentParser
import Foundation
import NDCCore
import NDCDocument
import NDCFormats

/// `ndc template`: a submission to start from for one municipality or region, with code and name
/// filled in; a municipality's inventory 2018–2023 from the Danish Energy Agency's accounts shipped
/// with the tool, and skeletons of a 2030 target and a measure (`--empty`: the bare skeleton).
/// Deliberately incomplete: validating it lists what to fill in.
struct TemplateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "template",
    abstract: "Print a submission to start from for one municipality or region (validate it to see what to fill in).")

  @Option(name: .long, help: "The municipality or region code, e.g. 101 or 1084.")
  var submitter: String

  @Option(name: .long, help: "xml or json.")
  var format: InputFormat = .json

  @Option(name: .long, help: "A reference-data file replacing the shipped one.")
  var reference: String?

  @Option(name: .long, help: "The cycle (default: the latest in the reference data).")
  var cycle: String?

  @Flag(name: .long, help: "The bare skeleton: no inventory from the Danish Energy Agency's accounts, no target or measure skeletons.")
  var empty = false

  @Option(name: [.short, .long], help: "Output file (written atomically); standard output when absent.")
  var output: String = "-"

  @OptionGroup var common: CommonOptions

  func run() throws {
    try common.handleVersion()
    let referenceData = try ReferenceOption.load(reference)
    guard let cycle = cycle.flatMap({ referenceData.cycle($0) }) ?? referenceData.cycles.max(by: { $0.referenceDate < $1.referenceDate }) else {
      Terminal.error("unknown cycle \(cycle ?? "")")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    let code = submitter.drop { $0 == "0" }
    let level: SubmitterLevel
    let name: String
    if let m = referenceData.municipality(String(code), on: cycle.referenceDate) {
      level = .municipality
      name = m.name
    } else if let r = referenceData.region(String(code), on: cycle.referenceDate) {
      level = .region
      name = r.name
    } else {
      Terminal.error("no municipality or region has the code \(submitter) on \(cycle.referenceDate)")
      throw ExitCode(ExitStatus.usage.rawValue)
    }
    var document = SubmissionTemplate.skeleton(code: String(code), level: level, name: name, cycle: cycle.id)
    if level == .municipality, !empty {
      do {
        document = try SubmissionTemplate.fromAccounts(code: String(code), name: name, cycle: cycle.id, accounts: MunicipalAccounts.shipped())
      } catch {
        Terminal.error("municipality \(code): \(error.description) (use --empty for the bare skeleton)")
        throw ExitCode(ExitStatus.usage.rawValue)
      }
    }
    let text: String
    switch format {
    case .xml: text = XMLWriter.write(document, format: SubmissionFormat.document)
    case .json: text = JSONWriter.write(document, format: SubmissionFormat.document)
    }
    try OutputFile.write(text, to: output)
  }
}
