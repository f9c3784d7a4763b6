import ArgumentParser
import Foundation
import NDCCore
import NDCEngine
import NDCExport
import NDCFormats

/// `ndc export`: one export from a compiled contribution document (XML or JSON, sniffed),
/// written atomically: a file by temporary name and rename, the `csv` folder by temporary
/// folder and rename (an existing non-empty folder only with `--force`).
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a compiled contribution document: pams-json, pams-csv, planning-json, inventory-csv, csv (a folder), html.")

  @Option(name: .long, help: "The export: pams-json, pams-csv, planning-json, inventory-csv, csv, html.")
  var to: ExportFormat

  @Option(name: .long, help: "The report's language (html): da or en.")
  var lang: Language = .en

  @Flag(name: .long, help: "Replace an existing non-empty output folder (csv).")
  var force = false

  @Option(name: [.short, .long], help: "Output file, or folder for csv (written atomically).")
  var output: String

  @OptionGroup var common: CommonOptions

  @Argument(help: "The compiled contribution document (XML or JSON).")
  var contribution: String

  func run() throws {
    try common.handleVersion()
    let document: ContributionDocument
    do {
      document = try Engine.readDocument(path: contribution)
    } catch {
      Terminal.error(error.description)
      switch error {
      case .unreadable: throw ExitCode(ExitStatus.usage.rawValue)
      case .invalid: throw ExitCode(ExitStatus.invalid.rawValue)
      }
    }
    switch Engine.export(document, as: to, language: lang) {
    case .file(let text):
      try OutputFile.write(text, to: output)
    case .folder(let files):
      do {
        try AtomicFolder.write(files, to: output, replacing: force)
      } catch {
        Terminal.error(error.description)
        throw ExitCode(ExitStatus.usage.rawValue)
      }
    }
  }
}

extension ExportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
