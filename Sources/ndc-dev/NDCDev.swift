import ArgumentParser

/// Developer tools (not shipped to users): regenerate the committed schemas and fixtures.
@main
struct NDCDev: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ndc-dev",
    abstract: "Developer tools for the ndc project: schema and fixture generation, fuzz seeds.",
    subcommands: [GenSchemas.self, GenFixtures.self, ModelBinarySeeds.self])
}
