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
public struct Validity: Model {
  public var from: CalendarDate?
  /// Inclusive last day.
  public var to: CalendarDate?
  public static var blank: Self { Self() }
  public func contains(_ date: CalendarDate) -> Bool {
    if let from, date < from { return false }
    if let to, to < date { return false }
    return true
  }
  public static let always = Validity()
}

public struct ReferenceSource: Model {
  public var id: String = ""
  public var publisher: String = ""
  public var title: String = ""
  public var date: String = ""
  public var url: String?
  public static var blank: Self { Self() }
}

public struct Municipality: Model {
  public var code: String = ""
  public var name: String = ""
  public var nameASCII: String = ""
  public var nameEnglish: String = ""
  /// Register population and the date it was counted (1 January).
  public var population: Int = 0
  public var populationDate: CalendarDate = .blank
  public var validity: Validity = .always
  public static var blank: Self { Self() }
}

public struct Region: Model {
  public var code: String = ""
  public var name: String = ""
  public var nameASCII: String = ""
  public var nameEnglish: String = ""
  public var nuts2: String?
  public var validity: Validity = .always
  /// A code not yet official (Region Østdanmark's `1086`).
  public var provisional: Bool = false
  /// The region that takes over after `validity.to`.
  public var successor: String?
  public static var blank: Self { Self() }
}

public struct RegionMembership: Model {
  public var municipality: String = ""
  public var region: String = ""
  public var validity: Validity = .always
  public static var blank: Self { Self() }
}

public struct Cycle: Model {
  public var id: String = ""
  public var referenceDate: CalendarDate = .blank
  public var rulePack: String = ""
  public var gwp: GWPSet = .ar5
  public static var blank: Self { Self() }
}

public enum GPCLevel: String, Sendable, Hashable { case sector, subsector, referenceNumber = "reference-number" }

/// One row of the normative GPC table.
public struct GPCCode: Model {
  public var code: String = ""
  public var parent: String?
  public var level: GPCLevel = .sector
  /// 1, 2 or 3 for reference numbers; nil for unscoped sector and subsector codes.
  public var scope: Int?
  /// Whether the figure counts in the territorial total.
  public var territorial: Bool = false
  public var title: String = ""
  /// The sector (`I` … `VI`) this code belongs to.
  public static var blank: Self { Self() }
  public var sector: String {
    code.split(separator: ".", maxSplits: 1).first.map(String.init) ?? code
  }
}

public struct GWPTable: Model {
  public var id: GWPSet = .ar5
  public var source: String = ""
  /// 100-year GWP per gas; HFCs, PFCs and CO2e are already weighted (factor 1).
  public var factors: [Gas: ExactDecimal] = [:]
  public static var blank: Self { Self() }
}

public struct NationalTargets: Model {
  /// 70 % below 1990 in 2030 (Climate Act).
  public var reductionPercent2030: ExactDecimal = .zero
  public var reductionBaseYear: Int = 0
  /// Climate neutrality by this year at the latest (Climate Act: 2050).
  public var neutralityYearLaw: Int = 0
  /// The government's aim (2045).
  public var neutralityYearAim: Int = 0
  /// 1990 emissions including LULUCF, tCO2e, and the edition they come from.
  public var baseline1990: ExactDecimal = .zero
  public var baselineEdition: String = ""
  public var source: String = ""
  public static var blank: Self { Self() }
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
public struct Country: Model {
  public var code: String = ""
  public var name: String = ""
  public var nameEnglish: String = ""
  public static var blank: Self { Self() }
}
