import ArgumentParser
import Foundation
import NDCDocument
import NDCFormats

/// Writes the committed schemas of every document format from its `Shape`: the submission
/// (`submission-1.0.xsd`, `submission-1.0.schema.json`) and the contribution document
/// (`contribution-1.0.xsd`, `contribution-1.0.schema.json`).
struct GenSchemas: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gen-schemas", abstract: "Writes schemas/ from the format shapes.")

  @Option(name: .long, help: "The folder the schema files are written to.")
  var output: String = "schemas"

  func run() throws {
    let folder = URL(fileURLWithPath: output, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let files = [SubmissionFormat.document, ContributionFormat.document].flatMap { format in
      [
        (format.xsdFileName, XSDGenerator.generate(format)),
        (format.jsonSchemaFileName, JSONSchemaGenerator.generate(format)),
      ]
    }
    for (name, text) in files {
      let url = folder.appendingPathComponent(name)
      try Data(text.utf8).write(to: url, options: .atomic)
      print("wrote \(url.path)")
    }
  }
}
