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
  var methodologies: [InventoryMethodology: Int] = [:]
  var inputs: [Int] = []

  mutating func add(_ tco2e: ExactDecimal, from source: CountedInventory) {
    self.tco2e += tco2e
    submitters += 1
    population += source.population
    methodologies[source.inventory.methodology, default: 0] += 1
    inputs.append(source.input)
  }

  mutating func add(_ other: FigureSum) {
    tco2e += other.tco2e
    submitters += other.submitters
    population += other.population
    methodologies.merge(other.methodologies, uniquingKeysWith: +)
    inputs += other.inputs
  }

  func figure(_ level: AreaLevel, _ code: String, _ name: String, year: Int, gpc: String) -> InventoryFigure {
    InventoryFigure(
      level: level, code: code, name: name, year: year, gpc: gpc, tco2e: tco2e, submitters: submitters,
      populationCovered: population,
      methodologies: InventoryMethodology.allCases.compactMap { m in
        methodologies[m].map { MethodologyCount(methodology: m, submitters: $0) }
      },
      inputs: inputs.sorted())
  }
}

/// CONTRIBUTION.md rule 3: municipality rows from the counted municipal inventories, region
/// rows as sums of their member municipalities on the as-of date, the nation (`DK`) as the sum
/// of the regions; `total` is the sum of the sector rows shown. Exact to the last digit.
enum InventoryAggregation {
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

  static func build(municipalities: [CountedInventory], regions: [CountedInventory], geography: GeographyView) -> ContributionInventory {
    var document = ContributionInventory()
    // Municipality rows are made one municipality at a time and added to their region's sums,
    // so no municipality's sums are kept beside its figures.
    var regionRows: [String: [Key: FigureSum]] = [:]
    var municipalityFigures: [InventoryFigure] = []
    for m in municipalities.sorted(by: { $0.code.numericallyPrecedes($1.code) }) {
      var rows: [Key: FigureSum] = [:]
      for (year, figures) in m.inventory.years {
        for (sector, value) in figures.sectors { rows[Key(year: year, gpc: sector), default: FigureSum()].add(value, from: m) }
        if let total = figures.total { rows[Key(year: year, gpc: InventoryFigureKey.total), default: FigureSum()].add(total, from: m) }
      }
      for (key, sum) in rows.sorted(by: { $0.key < $1.key }) {
        regionRows[m.region, default: [:]][key, default: FigureSum()].add(sum)
        municipalityFigures.append(sum.figure(.municipality, m.code, m.name, year: key.year, gpc: key.gpc))
      }
    }
    var nation: [Key: FigureSum] = [:]
    var regionFigures: [InventoryFigure] = []
    for region in geography.regions {
      for (key, sum) in (regionRows[region.code] ?? [:]).sorted(by: { $0.key < $1.key }) {
        regionFigures.append(sum.figure(.region, region.code, region.name, year: key.year, gpc: key.gpc))
        nation[key, default: FigureSum()].add(sum)
      }
    }
    document.figures = nation.sorted { $0.key < $1.key }.map { $0.value.figure(.nation, "DK", "Danmark", year: $0.key.year, gpc: $0.key.gpc) }
    document.figures += regionFigures + municipalityFigures
    document.memo = memo(municipalities: municipalities, geography: geography)
    document.regionComparison = comparison(regions: regions, municipalities: municipalities, geography: geography)
    document.unfccc = unfccc(municipalities)
    return document
  }

  /// Scope-2/3 memo items per municipality, region and nation: reported, never added.
  static func memo(municipalities: [CountedInventory], geography: GeographyView) -> [MemoFigure] {
    struct MemoRow: Hashable, Comparable {
      var year: Int
      var key: TerritorialInventory.MemoKey
      static func < (a: MemoRow, b: MemoRow) -> Bool {
        (a.year, a.key.scope, Key.rank(a.key.sector), a.key.sector) < (b.year, b.key.scope, Key.rank(b.key.sector), b.key.sector)
      }
    }
    func rows(_ level: AreaLevel, _ code: String, _ sources: [CountedInventory]) -> [MemoFigure] {
      var sums: [MemoRow: (ExactDecimal, [Int])] = [:]
      for m in sources {
        for (year, figures) in m.inventory.years {
          for (key, value) in figures.memo {
            let row = MemoRow(year: year, key: key)
            sums[row, default: (.zero, [])].0 += value
            sums[row, default: (.zero, [])].1.append(m.input)
          }
        }
      }
      return sums.sorted { $0.key < $1.key }.map {
        MemoFigure(level: level, code: code, year: $0.key.year, scope: $0.key.key.scope, gpc: $0.key.key.sector, tco2e: $0.value.0, inputs: $0.value.1.sorted())
      }
    }
    var result = rows(.nation, "DK", municipalities)
    for region in geography.regions { result += rows(.region, region.code, municipalities.filter { $0.region == region.code }) }
    for m in municipalities.sorted(by: { $0.code.numericallyPrecedes($1.code) }) { result += rows(.municipality, m.code, [m]) }
    return result
  }

  /// A region's own inventory against the sum of its counted member municipalities.
  static func comparison(regions: [CountedInventory], municipalities: [CountedInventory], geography: GeographyView) -> [RegionInventoryComparison] {
    var result: [RegionInventoryComparison] = []
    for region in regions.sorted(by: { $0.code.numericallyPrecedes($1.code) }) {
      let territory = Set(geography.territory(ofRegion: region.code).map(\.code))
      let members = municipalities.filter { territory.contains($0.code) }
      for (year, figures) in region.inventory.years.sorted(by: { $0.key < $1.key }) {
        guard let regionTotal = figures.total else { continue }
        let reporting = members.compactMap { m in m.inventory.years[year]?.total.map { (m.input, $0) } }
        let membersTotal = reporting.map(\.1).sum()
        let difference = regionTotal - membersTotal
        result.append(RegionInventoryComparison(
          region: region.code, year: year, regionTotal: regionTotal, membersTotal: membersTotal,
          membersReporting: reporting.count, difference: difference,
          differencePercent: membersTotal.isPositive ? difference.percent(of: membersTotal) : nil,
          inputs: ([region.input] + reporting.map(\.0)).sorted()))
      }
    }
    return result
  }

  /// The national view by UNFCCC category, over the municipalities summed into the nation.
  static func unfccc(_ municipalities: [CountedInventory]) -> [UNFCCCFigure] {
    var sums: [Int: [UNFCCCCategory: ExactDecimal]] = [:]
    for m in municipalities {
      for (year, figures) in m.inventory.years {
        for (category, value) in figures.unfccc { sums[year, default: [:]][category, default: .zero] += value }
      }
    }
    return sums.keys.sorted().flatMap { year in
      UNFCCCCategory.allCases.compactMap { c in sums[year]![c].map { UNFCCCFigure(year: year, category: c, tco2e: $0) } }
    }
  }
}
