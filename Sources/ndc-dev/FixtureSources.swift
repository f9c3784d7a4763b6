import NDCCore

/// The two data sources every fixture names: the real ENS figures and the invented rest.
enum FixtureSources {
  static let ensId = "ENS"
  static let syntheticId = "SYNTH"

  static let ens = DataSource(
    sourceId: ensId, publisher: "Energistyrelsen", title: "Energi- og CO2-regnskabet", edition: "2025",
    url: "https://sparenergi.dk/offentlig/vaerktoejer/energi-og-co2-regnskab")

  static let synthetic = DataSource(
    sourceId: syntheticId, publisher: "ndc project",
    title: "Synthetic plan content for testing — targets, measures, projects, adaptation, barriers and engagement are invented")
}
