import NDCCore
import NDCFormats

/// The two data sources every fixture names: the real ENS figures and the invented rest.
enum FixtureSources {
  static let ensId = MunicipalAccounts.source.sourceId
  static let syntheticId = "SYNTH"

  static let ens = MunicipalAccounts.source

  static let synthetic = DataSource.with {
    $0.sourceId = syntheticId
    $0.publisher = "ndc project"
    $0.title = "Synthetic plan content for testing — targets, measures, projects, adaptation, barriers and engagement are invented"
  }
}
