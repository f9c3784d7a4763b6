import NDCCore

/// `inventory-csv`: the subnational territorial inventory by UNFCCC sector, for the nation and
/// each region, every year, with the territorial total and the scope-2/3 memo items.
///
/// The nation's rows are the document's national UNFCCC view (V split into 3, 4 and 3+4 where
/// submitters' subsectors allow). The document holds region figures by GPC sector only, so a
/// region's sector V maps to "3+4 Agriculture and LULUCF (not separable)".
public enum InventoryUNFCCCExport {
  public static let header = ["level", "code", "name", "year", "row", "unfccc", "unfccc_name", "gpc", "scope", "tco2e"]

  public static func csv(_ document: ContributionDocument) -> String {
    CSVTable(header: header, rows: rows(document)).text
  }

  /// The GPC codes a national UNFCCC category sums.
  public static func gpc(of category: UNFCCCCategory) -> String {
    switch category {
    case .energy: "I"
    case .transport: "II"
    case .ippu: "IV"
    case .agriculture: "V.1+V.3"
    case .agricultureAndLULUCF: "V"
    case .lulucf: "V.2"
    case .waste: "III"
    }
  }

  static func rows(_ document: ContributionDocument) -> [[String]] {
    let inventory = document.inventory
    var out: [[String]] = []
    let areas = UNFCCCMappings.distinct(
      inventory.figures.filter { $0.level != .municipality }.map { "\($0.level.rawValue)|\($0.code)" })
    for area in areas {
      let figures = inventory.figures.filter { "\($0.level.rawValue)|\($0.code)" == area }
      guard let first = figures.first else { continue }
      for year in UNFCCCMappings.distinct(figures.map { String($0.year) }).compactMap(Int.init) {
        func line(_ row: String, _ category: UNFCCCCategory?, _ gpc: String, scope: String, _ tco2e: ExactDecimal) -> [String] {
          [first.level.rawValue, first.code, first.name, String(year), row, category?.rawValue ?? "", category?.title ?? "", gpc, scope, tco2e.description]
        }
        if first.level == .nation {
          for f in inventory.unfccc where f.year == year {
            out.append(line("sector", f.category, gpc(of: f.category), scope: "", f.tco2e))
          }
        } else {
          let sectors = figures.filter { $0.year == year && $0.gpc != InventoryFigureKey.total }
          for category in UNFCCCCategory.allCases {
            for f in sectors where UNFCCCCategory(gpc: f.gpc) == category {
              out.append(line("sector", category, f.gpc, scope: "", f.tco2e))
            }
          }
        }
        if let total = figures.first(where: { $0.year == year && $0.gpc == InventoryFigureKey.total }) {
          out.append(line("total", nil, InventoryFigureKey.total, scope: "", total.tco2e))
        }
        for memo in inventory.memo where memo.level == first.level && memo.code == first.code && memo.year == year {
          out.append(line("memo", UNFCCCCategory(gpc: memo.gpc), memo.gpc, scope: String(memo.scope), memo.tco2e))
        }
      }
    }
    return out
  }
}
