import ArgumentParser
import Foundation
import NDCCore
import NDCFormats

/// The seeds of the `fuzz-model-binary` target (scripts/fuzz-seeds.py): the binary form, made
/// by the field lists, of every submission given that reads into a model.
struct ModelBinarySeeds: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the binary form of each readable submission's model into a folder (fuzz seeds).")

  @Argument(help: "The folder to write into (created if absent).")
  var output: String

  @Argument(help: "Submission files, XML or JSON.")
  var files: [String]

  func run() throws {
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    let reader = try SubmissionReader()
    for (i, file) in files.enumerated() {
      guard let model = try reader.read(path: file).submission else { continue }
      let url = URL(fileURLWithPath: output).appendingPathComponent("model-\(i)")
      try Data(SubmissionCoding.binary(model)).write(to: url)
    }
  }
}
