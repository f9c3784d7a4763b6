import ArgumentParser

// STUB — replaced by the schema work.
struct GenSchemas: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "gen-schemas", abstract: "Writes schemas/ from the format shapes.")
  func run() throws {}
}
