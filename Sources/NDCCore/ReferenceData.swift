/// The reference data every stage judges against: geography with validity periods and
/// register population, reporting cycles, the GPC table, GWP tables and the national targets.
/// The shipped file is `Sources/NDCFormats/Resources/reference.json` (format:
/// docs/reference-data.md); `--reference PATH` replaces it.
public struct ReferenceData: Sendable {
  public var formatVersion: String
  /// The edition of this reference file (a date-stamped name).
  public var edition: String
  public var sources: [ReferenceSource]
  public var municipalities: [Municipality]
  public var regions: [Region]
  public var memberships: [RegionMembership]
  public var cycles: [Cycle]
  public var gpc: [GPCCode]
  public var gwpTables: [GWPTable]
  public var national: NationalTargets
  /// The nation the subnational submissions add up to (the document's top level).
  public var country: Country

  private var municipalityIndex: [String: [Int]] = [:]
  private var regionIndex: [String: [Int]] = [:]
  private var membershipIndex: [String: [Int]] = [:]
  private var gpcIndex: [String: Int] = [:]

  public init(
    formatVersion: String, edition: String, sources: [ReferenceSource], municipalities: [Municipality],
    regions: [Region], memberships: [RegionMembership], cycles: [Cycle], gpc: [GPCCode], gwpTables: [GWPTable],
    national: NationalTargets, country: Country
  ) {
    self.country = country
    self.formatVersion = formatVersion
    self.edition = edition
    self.sources = sources
    self.municipalities = municipalities
    self.regions = regions
    self.memberships = memberships
    self.cycles = cycles
    self.gpc = gpc
    self.gwpTables = gwpTables
    self.national = national
    for (i, m) in municipalities.enumerated() { municipalityIndex[m.code, default: []].append(i) }
    for (i, r) in regions.enumerated() { regionIndex[r.code, default: []].append(i) }
    for (i, m) in memberships.enumerated() { membershipIndex[m.municipality, default: []].append(i) }
    for (i, g) in gpc.enumerated() { gpcIndex[g.code] = i }
  }

  // MARK: Geography

  /// The municipality with this code that exists on `date`.
  public func municipality(_ code: String, on date: CalendarDate) -> Municipality? {
    municipalityIndex[code]?.lazy.map { municipalities[$0] }.first { $0.validity.contains(date) }
  }

  /// The municipality with this code at any date (the latest version).
  public func anyMunicipality(_ code: String) -> Municipality? {
    municipalityIndex[code]?.last.map { municipalities[$0] }
  }

  /// The region with this code that exists on `date`.
  public func region(_ code: String, on date: CalendarDate) -> Region? {
    regionIndex[code]?.lazy.map { regions[$0] }.first { $0.validity.contains(date) }
  }

  public func anyRegion(_ code: String) -> Region? {
    regionIndex[code]?.last.map { regions[$0] }
  }

  /// Whether the code names any municipality or region at any date.
  public func isKnownSubmitter(_ code: String) -> Bool {
    municipalityIndex[code] != nil || regionIndex[code] != nil
  }

  /// The region code a municipality belongs to on `date`, if any.
  public func regionCode(ofMunicipality code: String, on date: CalendarDate) -> String? {
    membershipIndex[code]?.lazy.map { memberships[$0] }.first { $0.validity.contains(date) }?.region
  }

  /// The regions existing on `date`, ordered by code.
  public func regions(on date: CalendarDate) -> [Region] {
    regions.filter { $0.validity.contains(date) }.sorted { $0.code.numericallyPrecedes($1.code) }
  }

  /// The municipalities belonging to `region` on `date`, ordered by code.
  public func members(ofRegion region: String, on date: CalendarDate) -> [Municipality] {
    memberships.filter { $0.region == region && $0.validity.contains(date) }
      .compactMap { municipality($0.municipality, on: date) }
      .sorted { $0.code.numericallyPrecedes($1.code) }
  }

  /// The region that takes over a dissolved region on `date` (following successors).
  public func successor(ofRegion code: String, on date: CalendarDate) -> Region? {
    var current = code
    var seen: Set<String> = []
    while seen.insert(current).inserted {
      if let r = region(current, on: date) { return r }
      guard let next = anyRegion(current)?.successor else { return nil }
      current = next
    }
    return nil
  }

  // MARK: Cycles, GPC, GWP

  public func cycle(_ id: String) -> Cycle? { cycles.first { $0.id == id } }

  public func gpcCode(_ code: String) -> GPCCode? { gpcIndex[code].map { gpc[$0] } }

  public func gwpTable(_ set: GWPSet) -> GWPTable? { gwpTables.first { $0.id == set } }
}

/// A closed interval of dates; nil ends are open.
public struct Validity: Hashable, Sendable {
  public var from: CalendarDate?
  /// Inclusive last day.
  public var to: CalendarDate?
  public init(from: CalendarDate? = nil, to: CalendarDate? = nil) {
    self.from = from
    self.to = to
  }
  public func contains(_ date: CalendarDate) -> Bool {
    if let from, date < from { return false }
    if let to, to < date { return false }
    return true
  }
  public static let always = Validity()
}

public struct ReferenceSource: Hashable, Sendable {
  public var id: String
  public var publisher: String
  public var title: String
  public var date: String
  public var url: String?
  public init(id: String, publisher: String, title: String, date: String, url: String? = nil) {
    self.id = id
    self.publisher = publisher
    self.title = title
    self.date = date
    self.url = url
  }
}

public struct Municipality: Hashable, Sendable {
  public var code: String
  public var name: String
  public var nameASCII: String
  public var nameEnglish: String
  /// Register population and the date it was counted (1 January).
  public var population: Int
  public var populationDate: CalendarDate
  public var validity: Validity
  public init(
    code: String, name: String, nameASCII: String, nameEnglish: String, population: Int,
    populationDate: CalendarDate, validity: Validity = .always
  ) {
    self.code = code
    self.name = name
    self.nameASCII = nameASCII
    self.nameEnglish = nameEnglish
    self.population = population
    self.populationDate = populationDate
    self.validity = validity
  }
}

public struct Region: Hashable, Sendable {
  public var code: String
  public var name: String
  public var nameASCII: String
  public var nameEnglish: String
  public var nuts2: String?
  public var validity: Validity
  /// A code not yet official (Region Østdanmark's `1086`).
  public var provisional: Bool
  /// The region that takes over after `validity.to`.
  public var successor: String?
  public init(
    code: String, name: String, nameASCII: String, nameEnglish: String, nuts2: String? = nil,
    validity: Validity = .always, provisional: Bool = false, successor: String? = nil
  ) {
    self.code = code
    self.name = name
    self.nameASCII = nameASCII
    self.nameEnglish = nameEnglish
    self.nuts2 = nuts2
    self.validity = validity
    self.provisional = provisional
    self.successor = successor
  }
}

public struct RegionMembership: Hashable, Sendable {
  public var municipality: String
  public var region: String
  public var validity: Validity
  public init(municipality: String, region: String, validity: Validity = .always) {
    self.municipality = municipality
    self.region = region
    self.validity = validity
  }
}

public struct Cycle: Hashable, Sendable {
  public var id: String
  public var referenceDate: CalendarDate
  public var rulePack: String
  public var gwp: GWPSet
  public init(id: String, referenceDate: CalendarDate, rulePack: String, gwp: GWPSet) {
    self.id = id
    self.referenceDate = referenceDate
    self.rulePack = rulePack
    self.gwp = gwp
  }
}

public enum GPCLevel: String, Sendable, Hashable { case sector, subsector, referenceNumber = "reference-number" }

/// One row of the normative GPC table.
public struct GPCCode: Hashable, Sendable {
  public var code: String
  public var parent: String?
  public var level: GPCLevel
  /// 1, 2 or 3 for reference numbers; nil for unscoped sector and subsector codes.
  public var scope: Int?
  /// Whether the figure counts in the territorial total.
  public var territorial: Bool
  public var title: String
  public init(code: String, parent: String?, level: GPCLevel, scope: Int?, territorial: Bool, title: String) {
    self.code = code
    self.parent = parent
    self.level = level
    self.scope = scope
    self.territorial = territorial
    self.title = title
  }
  /// The sector (`I` … `VI`) this code belongs to.
  public var sector: String {
    code.split(separator: ".", maxSplits: 1).first.map(String.init) ?? code
  }
}

public struct GWPTable: Hashable, Sendable {
  public var id: GWPSet
  public var source: String
  /// 100-year GWP per gas; HFCs, PFCs and CO2e are already weighted (factor 1).
  public var factors: [Gas: ExactDecimal]
  public init(id: GWPSet, source: String, factors: [Gas: ExactDecimal]) {
    self.id = id
    self.source = source
    self.factors = factors
  }
}

public struct NationalTargets: Hashable, Sendable {
  /// 70 % below 1990 in 2030 (Climate Act).
  public var reductionPercent2030: ExactDecimal
  public var reductionBaseYear: Int
  /// Climate neutrality by this year at the latest (Climate Act: 2050).
  public var neutralityYearLaw: Int
  /// The government's aim (2045).
  public var neutralityYearAim: Int
  /// 1990 emissions including LULUCF, tCO2e, and the edition they come from.
  public var baseline1990: ExactDecimal
  public var baselineEdition: String
  public var source: String
  public init(
    reductionPercent2030: ExactDecimal, reductionBaseYear: Int, neutralityYearLaw: Int, neutralityYearAim: Int,
    baseline1990: ExactDecimal, baselineEdition: String, source: String
  ) {
    self.reductionPercent2030 = reductionPercent2030
    self.reductionBaseYear = reductionBaseYear
    self.neutralityYearLaw = neutralityYearLaw
    self.neutralityYearAim = neutralityYearAim
    self.baseline1990 = baseline1990
    self.baselineEdition = baselineEdition
    self.source = source
  }
}

extension String {
  /// Orders numeric codes by value (`101` before `1081`), then text.
  public func numericallyPrecedes(_ other: String) -> Bool {
    if let a = Int(self), let b = Int(other) { return a < b }
    return self < other
  }
}

/// The nation of a reference-data file (format 1.1 `country`): its code (ISO 3166-1 alpha-2) and
/// its names in the national language and in English.
public struct Country: Sendable, Hashable {
  public var code: String
  public var name: String
  public var nameEnglish: String
  public init(code: String, name: String, nameEnglish: String) {
    self.code = code
    self.name = name
    self.nameEnglish = nameEnglish
  }
}
