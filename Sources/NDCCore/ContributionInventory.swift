/// The territorial inventory (CONTRIBUTION.md rules 3 and 4): nation, regions and
/// municipalities × year × GPC sector in tCO2e, with the memo items, the comparison of regions'
/// own inventories with the sum of their members, and the national view by UNFCCC sector.
public struct ContributionInventory: Model {
  /// Ordered by level (nation, region, municipality), code, year, then sector (`I`…`V`, `total`).
  public var figures: [InventoryFigure] = []
  /// Scope-2 and scope-3 figures and VI: reported, never added.
  public var memo: [MemoFigure] = []
  public var regionComparison: [RegionInventoryComparison] = []
  public var unfccc: [UNFCCCFigure] = []
  public static var blank: Self { Self() }
}

/// The key of a territorial figure: sector `I`…`V`, or `total` (the sum of the sectors shown).
public enum InventoryFigureKey {
  public static let total = "total"
  public static let sectors = ["I", "II", "III", "IV", "V"]
}

public struct InventoryFigure: Model {
  public var level: AreaLevel = .nation
  public var code: String = ""
  public var name: String = ""
  public var year: Int = 0
  /// A GPC sector (`I`…`V`) or `total`.
  public var gpc: String = ""
  public var tco2e: ExactDecimal = .zero
  /// How many submitters the figure sums.
  public var submitters: Int = 0
  /// Their register population.
  public var populationCovered: Int = 0
  public var methodologies: [MethodologyCount] = []
  /// The input indices the figure sums.
  public var inputs: [Int] = []
  public static var blank: Self { Self() }
}

public struct MethodologyCount: Model {
  public var methodology: InventoryMethodology = .gpcBasic
  public var submitters: Int = 0
  public static var blank: Self { Self() }
}

/// A scope-2 or scope-3 figure (and sector VI, scope 3): a memo item, never added.
public struct MemoFigure: Model {
  public var level: AreaLevel = .nation
  public var code: String = ""
  public var year: Int = 0
  public var scope: Int = 0
  /// The GPC sector (`I`…`VI`).
  public var gpc: String = ""
  public var tco2e: ExactDecimal = .zero
  public var inputs: [Int] = []
  public static var blank: Self { Self() }
}

/// A region's own inventory against the sum of its members: compared, never added.
public struct RegionInventoryComparison: Model {
  public var region: String = ""
  public var year: Int = 0
  public var regionTotal: ExactDecimal = .zero
  /// The sum of the counted member municipalities' totals.
  public var membersTotal: ExactDecimal = .zero
  public var membersReporting: Int = 0
  /// regionTotal − membersTotal.
  public var difference: ExactDecimal = .zero
  /// difference ÷ membersTotal in %, 2 places; absent when membersTotal ≤ 0.
  public var differencePercent: ExactDecimal?
  public var inputs: [Int] = []
  public static var blank: Self { Self() }
}

/// The GPC → UNFCCC mapping applied for the national view (CONTRIBUTION.md, "Sections").
public enum UNFCCCCategory: String, Sendable, Hashable, CaseIterable {
  case energy = "1", transport = "1.A.3", ippu = "2", agriculture = "3", agricultureAndLULUCF = "3+4"
  case lulucf = "4", waste = "5"

  public var title: String {
    switch self {
    case .energy: "Energy (excluding transport)"
    case .transport: "Transport"
    case .ippu: "IPPU"
    case .agriculture: "Agriculture"
    case .agricultureAndLULUCF: "Agriculture and LULUCF (not separable)"
    case .lulucf: "LULUCF"
    case .waste: "Waste"
    }
  }

  /// The category of a territorial GPC code: I → 1, II → 1.A.3, III → 5, IV → 2, V.1/V.3 → 3,
  /// V.2 → 4, V at sector level → 3+4. VI has none.
  public init?(gpc: String) { self.init(gpcParts: gpc.split(separator: ".")) }

  /// The same from the code's parts (`gpc.split(separator: ".")`).
  public init?(gpcParts parts: [Substring]) {
    switch parts.first {
    case "I": self = .energy
    case "II": self = .transport
    case "III": self = .waste
    case "IV": self = .ippu
    case "V":
      guard parts.count > 1 else { self = .agricultureAndLULUCF; return }
      self = parts[1] == "2" ? .lulucf : .agriculture
    default: return nil
    }
  }
}

public struct UNFCCCFigure: Model {
  public var year: Int = 0
  public var category: UNFCCCCategory = .energy
  public var tco2e: ExactDecimal = .zero
  public static var blank: Self { Self() }
}
