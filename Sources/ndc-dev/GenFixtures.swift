import ArgumentParser

// STUB — replaced by the fixture work.
struct GenFixtures: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "gen-fixtures", abstract: "Writes fixtures/dk from the reference data.")
  func run() throws {}
}
