import NDCCore

/// The exports of `ndc export --to FORMAT` (CLI.md).
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
  case pamsJSON = "pams-json", pamsCSV = "pams-csv", planningJSON = "planning-json", inventoryCSV = "inventory-csv"
  case csv, html
  case htmlSite = "html-site"

  /// Whether the export is a folder of files rather than one file.
  public var isFolder: Bool { self == .csv || self == .htmlSite }
}

/// What an export writes: one file's text, or a folder of named files.
public enum ExportOutput: Sendable, Equatable {
  case file(String)
  case folder([ExportFile])
}

public struct ExportFile: Sendable, Equatable {
  public var name: String
  public var text: String
  public init(name: String, text: String) {
    self.name = name
    self.text = text
  }
}

/// Makes an export from a compiled contribution document alone: pure, deterministic.
public enum Exporter {
  public static func export(_ document: ContributionDocument, as format: ExportFormat, language: Language = .en) -> ExportOutput {
    switch format {
    case .pamsJSON: .file(PamsExport.json(document))
    case .pamsCSV: .file(PamsExport.csv(document))
    case .planningJSON: .file(PlanningEvidence.json(document))
    case .inventoryCSV: .file(InventoryUNFCCCExport.csv(document))
    case .html: .file(HTMLReport.render(document, language: language))
    case .csv: .folder(TidyTables.tables(document).map { ExportFile(name: $0.name, text: $0.table.text) })
    case .htmlSite: .folder(HTMLSite.files(document, language: language))
    }
  }
}
