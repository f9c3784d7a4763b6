import NDCCore

/// A counted submitter's inventory with what aggregation needs to know about it.
struct CountedInventory: Sendable {
  var code: String
  var name: String
  var region: String
  var input: Int
  var population: Int
  var inventory: TerritorialInventory
}

/// Sums of figures with their coverage: how many submitters, their population, their
/// methodologies and input indices.
struct FigureSum: Sendable {
  var tco2e: ExactDecimal = .zero
  var submitters = 0
  var population = 0
  var methodologies = MethodologyCounts()
  /// Input indices, held as 32 bits (a region's and the nation's rows list every municipality's).
  var inputs: [Int32] = []

  mutating func add(_ tco2e: ExactDecimal, from source: CountedInventory) {
    self.tco2e += tco2e
    submitters += 1
    population += source.population
    methodologies.add(source.inventory.methodology)
    inputs.append(Int32(source.input))
  }

  mutating func add(_ other: FigureSum) {
    tco2e += other.tco2e
    submitters += other.submitters
    population += other.population
    methodologies.add(other.methodologies)
    inputs += other.inputs
  }

  func figure(_ level: AreaLevel, _ code: String, _ name: String, year: Int, gpc: String) -> InventoryFigure {
    InventoryFigure.with {
      $0.level = level
      $0.code = code
      $0.name = name
      $0.year = year
      $0.gpc = gpc
      $0.tco2e = tco2e
      $0.submitters = submitters
      $0.populationCovered = population
      $0.methodologies = methodologies.rows
      $0.inputs = inputs.sorted().map(Int.init)
    }
  }
}

/// Submitters per methodology, as four counters in the code list's order: every figure row
/// has one, so no dictionary (an allocation and hashing per row).
struct MethodologyCounts: Sendable {
  private var counts = SIMD4<Int>()

  private static func index(_ m: InventoryMethodology) -> Int {
    switch m {
    case .gpcBasic: 0
    case .gpcBasicPlus: 1
    case .ens: 2
    case .other: 3
    }
  }

  mutating func add(_ m: InventoryMethodology) { counts[Self.index(m)] += 1 }
  mutating func add(_ other: MethodologyCounts) { counts &+= other.counts }

  /// The methodologies counted, in the code list's order.
  var rows: [MethodologyCount] {
    InventoryMethodology.allCases.compactMap { m in
      let n = counts[Self.index(m)]
      return n > 0 ? MethodologyCount.with { $0.methodology = m; $0.submitters = n } : nil
    }
  }
}

/// CONTRIBUTION.md rule 3: municipality rows from the counted municipal inventories, region
/// rows as sums of their member municipalities on the as-of date, the nation (`DK`) as the sum
/// of the regions; `total` is the sum of the sector rows shown. Exact to the last digit.
/// Municipalities come one at a time in code order: their rows are made at once (the detail),
/// and only the sums of the regions and the nation, and each municipality's yearly totals for
/// the comparison with its region, are kept.
struct InventoryAggregation: Sendable {
  struct Key: Hashable, Comparable {
    let year: Int
    let gpc: String
    /// The sector's place in the document's order, found once (not at every comparison).
    let rank: Int
    init(year: Int, gpc: String) {
      self.year = year
      self.gpc = gpc
      rank = Self.rank(gpc)
    }
    static func < (a: Key, b: Key) -> Bool { (a.year, a.rank) < (b.year, b.rank) }
    static func rank(_ gpc: String) -> Int {
      InventoryFigureKey.sectors.firstIndex(of: gpc) ?? InventoryFigureKey.sectors.count
    }
  }

  struct MemoRow: Hashable, Comparable {
    var year: Int
    var key: TerritorialInventory.MemoKey
    static func < (a: MemoRow, b: MemoRow) -> Bool {
      (a.year, a.key.scope, Key.rank(a.key.sector), a.key.sector) < (b.year, b.key.scope, Key.rank(b.key.sector), b.key.sector)
    }
  }

  /// A memo row's sum and the inputs it comes from.
  struct MemoSum: Sendable {
    var tco2e: ExactDecimal = .zero
    var inputs: [Int32] = []
  }

  /// A counted municipality's yearly totals, for the comparison with its region's own inventory.
  struct MunicipalTotals: Sendable {
    var code: String
    var input: Int
    var totals: [Int: ExactDecimal]
  }

  let geography: GeographyView
  private var regionRows: [String: [Key: FigureSum]] = [:]
  private var nationMemo: [MemoRow: MemoSum] = [:]
  private var regionMemo: [String: [MemoRow: MemoSum]] = [:]
  private var unfcccSums: [Int: [UNFCCCCategory: ExactDecimal]] = [:]
  private var municipalTotals: [MunicipalTotals] = []
  private var regions: [CountedInventory] = []

  init(geography: GeographyView) { self.geography = geography }

  /// A municipality's figures summed per row: per year, its sectors and total, and its memo items.
  struct MunicipalSums: Sendable {
    var figures: [Key: FigureSum] = [:]
    var memo: [MemoRow: MemoSum] = [:]
  }

  /// A municipality's sums. Pure.
  static func sums(of m: CountedInventory) -> MunicipalSums {
    var sums = MunicipalSums()
    for (year, figures) in m.inventory.years {
      for (sector, value) in figures.sectors { sums.figures[Key(year: year, gpc: sector), default: FigureSum()].add(value, from: m) }
      if let total = figures.total { sums.figures[Key(year: year, gpc: InventoryFigureKey.total), default: FigureSum()].add(total, from: m) }
      for (key, value) in figures.memo { sums.memo[MemoRow(year: year, key: key), default: MemoSum()].add(value, input: m.input) }
    }
    return sums
  }

  /// A municipality's figure rows and memo rows, in the document's order. Pure.
  static func rows(of m: CountedInventory, _ sums: MunicipalSums) -> (figures: [InventoryFigure], memo: [MemoFigure]) {
    let figures = sums.figures.sorted { $0.key < $1.key }.map { key, sum in
      sum.figure(.municipality, m.code, m.name, year: key.year, gpc: key.gpc)
    }
    return (figures, memoRows(.municipality, m.code, sums.memo))
  }

  private static func memoRows(_ level: AreaLevel, _ code: String, _ sums: [MemoRow: MemoSum]) -> [MemoFigure] {
    sums.sorted { $0.key < $1.key }.map { row, sum in
      MemoFigure.with {
        $0.level = level
        $0.code = code
        $0.year = row.year
        $0.scope = row.key.scope
        $0.gpc = row.key.sector
        $0.tco2e = sum.tco2e
        $0.inputs = sum.inputs.sorted().map(Int.init)
      }
    }
  }

  /// Adds a municipality (in code order) to its region's sums, the nation's memo and the
  /// national view by UNFCCC category.
  mutating func add(municipality m: CountedInventory, _ sums: MunicipalSums) {
    // The region's sums looked up once, not once a row.
    var rows = regionRows.removeValue(forKey: m.region) ?? [:]
    for (key, sum) in sums.figures { rows[key, default: FigureSum()].add(sum) }
    regionRows[m.region] = rows
    var memo = regionMemo.removeValue(forKey: m.region) ?? [:]
    for (row, sum) in sums.memo {
      nationMemo[row, default: MemoSum()].add(sum)
      memo[row, default: MemoSum()].add(sum)
    }
    regionMemo[m.region] = memo
    for (year, figures) in m.inventory.years {
      for (category, value) in figures.unfccc { unfcccSums[year, default: [:]][category, default: .zero] += value }
    }
    municipalTotals.append(MunicipalTotals(code: m.code, input: m.input, totals: m.inventory.years.compactMapValues(\.total)))
  }

  /// Adds a region's own inventory (compared with its members', never summed with them).
  mutating func add(region: CountedInventory) { regions.append(region) }

  /// The section's aggregates: the nation's and regions' rows, the comparison, the UNFCCC view
  /// (the municipalities' rows are the detail). The sums are handed over as their rows are
  /// made (they hold every municipality's input index), so it is called once.
  mutating func build() -> ContributionInventory {
    var document = ContributionInventory.blank
    let country = geography.reference.country
    var nation: [Key: FigureSum] = [:]
    var regionFigures: [InventoryFigure] = []
    for region in geography.regions {
      for (key, sum) in (regionRows.removeValue(forKey: region.code) ?? [:]).sorted(by: { $0.key < $1.key }) {
        regionFigures.append(sum.figure(.region, region.code, region.name, year: key.year, gpc: key.gpc))
        nation[key, default: FigureSum()].add(sum)
      }
    }
    document.figures = nation.sorted { $0.key < $1.key }.map { $0.value.figure(.nation, country.code, country.name, year: $0.key.year, gpc: $0.key.gpc) }
    document.figures += regionFigures
    document.memo = Self.memoRows(.nation, country.code, nationMemo)
    nationMemo = [:]
    for region in geography.regions { document.memo += Self.memoRows(.region, region.code, regionMemo.removeValue(forKey: region.code) ?? [:]) }
    document.regionComparison = comparison()
    document.unfccc = unfcccSums.keys.sorted().flatMap { year in
      UNFCCCCategory.allCases.compactMap { c in
        unfcccSums[year]![c].map { tco2e in UNFCCCFigure.with { $0.year = year; $0.category = c; $0.tco2e = tco2e } }
      }
    }
    return document
  }

  /// A region's own inventory against the sum of its counted member municipalities.
  func comparison() -> [RegionInventoryComparison] {
    var result: [RegionInventoryComparison] = []
    for region in regions.sorted(by: { $0.code.numericallyPrecedes($1.code) }) {
      let territory = Set(geography.territory(ofRegion: region.code).map(\.code))
      let members = municipalTotals.filter { territory.contains($0.code) }
      for (year, figures) in region.inventory.years.sorted(by: { $0.key < $1.key }) {
        guard let regionTotal = figures.total else { continue }
        let reporting = members.compactMap { m in m.totals[year].map { (m.input, $0) } }
        let membersTotal = reporting.map(\.1).sum()
        let difference = regionTotal - membersTotal
        result.append(RegionInventoryComparison.with {
          $0.region = region.code
          $0.year = year
          $0.regionTotal = regionTotal
          $0.membersTotal = membersTotal
          $0.membersReporting = reporting.count
          $0.difference = difference
          $0.differencePercent = membersTotal.isPositive ? difference.percent(of: membersTotal) : nil
          $0.inputs = ([region.input] + reporting.map(\.0)).sorted()
        })
      }
    }
    return result
  }
}

extension InventoryAggregation.MemoSum {
  mutating func add(_ value: ExactDecimal, input: Int) {
    tco2e += value
    inputs.append(Int32(input))
  }
  mutating func add(_ other: Self) {
    tco2e += other.tco2e
    inputs += other.inputs
  }
}
