import ArgumentParser
import Foundation
import NDCCore
import NDCFormats
import NDCStorage

/// `ndc-dev gen-fixtures`: regenerates `fixtures/dk/` from the real ENS emissions and the
/// reference data. Files of the folder that the set no longer contains are removed.
struct GenFixtures: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gen-fixtures", abstract: "Writes fixtures/dk from the reference data and the real ENS emissions.")

  @Option(help: "The folder to write (its .json and .xml files are replaced).")
  var output = "fixtures/dk"

  @Option(help: "The ENS emissions CSV (code,name,year,sector,tco2e).")
  var emissions = "reference/source/dk-municipal-emissions-2018-2023.csv"

  @Option(help: "A reference-data file instead of the shipped one.")
  var reference: String?

  func run() throws {
    let referenceData = try reference.map { (path) throws(ReferenceDataError) in try ReferenceDataLoader.load(path: path) }
      ?? ReferenceDataLoader.shipped()
    let files = try FixtureSet.generate(reference: referenceData, emissions: accounts(emissions))
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    let keep = Set(files.map(\.name))
    for name in try FileManager.default.contentsOfDirectory(atPath: output)
    where (name.hasSuffix(".json") || name.hasSuffix(".xml")) && !keep.contains(name) {
      try FileManager.default.removeItem(atPath: "\(output)/\(name)")
    }
    for file in files { try AtomicFile.write(file.text, to: "\(output)/\(file.name)") }
    print("wrote \(files.count) submissions to \(output)")
  }

  private func accounts(_ path: String) throws(FixtureError) -> MunicipalAccounts {
    do { return try MunicipalAccounts(path: path) } catch { throw FixtureError(error.description) }
  }
}
