import NDCCore

/// One inconsistency in a reference-data file, with where it is (`memberships.rows[12]`).
struct ReferenceProblem: Error {
  var message: String
  init(_ at: String, _ text: String) { message = "\(at): \(text)" }
}

/// Turns the decoded file into the model, refusing content that would make judgements
/// unreliable: invalid dates or decimals, duplicate codes in overlapping validity periods,
/// memberships or successors naming unknown municipalities or regions, cycles naming an
/// unknown GWP table, GPC parents that do not exist, tables citing unknown sources.
struct ReferenceDataValidator {
  /// The format versions this tool reads: 1.1 names the country; a 1.0 file is Denmark's,
  /// the only country format 1.0 was written for.
  static let supportedFormatVersions = ["1.0", "1.1"]
  static let formatOneCountry = Country.with { $0.code = "DK"; $0.name = "Danmark"; $0.nameEnglish = "Denmark" }
  let file: ReferenceDataFile

  func validated() throws(ReferenceProblem) -> ReferenceData {
    guard Self.supportedFormatVersions.contains(file.formatVersion) else {
      throw ReferenceProblem(
        "formatVersion",
        "`\(file.formatVersion)` is not supported (this tool reads \(Self.supportedFormatVersions.joined(separator: " and ")))")
    }
    guard !file.edition.isEmpty else { throw ReferenceProblem("edition", "must not be empty") }
    let sources = try checkedSources()
    let sourceIds = Set(sources.map(\.id))
    try checkCitations(sourceIds)
    let municipalities = try checkedMunicipalities()
    let regions = try checkedRegions()
    let memberships = try checkedMemberships(municipalities: municipalities, regions: regions)
    let gwpTables = try checkedGWPTables()
    let cycles = try checkedCycles(gwp: Set(gwpTables.map(\.id)))
    return ReferenceData(
      formatVersion: file.formatVersion, edition: file.edition, sources: sources, municipalities: municipalities,
      regions: regions, memberships: memberships, cycles: cycles, gpc: try checkedGPC(), gwpTables: gwpTables,
      national: try checkedNational(), country: try checkedCountry())
  }

  // MARK: Sources

  private func checkedSources() throws(ReferenceProblem) -> [ReferenceSource] {
    var seen: Set<String> = []
    return try file.sources.enumerated().map { (i, row) throws(ReferenceProblem) in
      let at = "sources[\(i)]"
      guard !row.id.isEmpty, seen.insert(row.id).inserted else { throw ReferenceProblem(at, "id `\(row.id)` is empty or used twice") }
      guard Self.isPublicationDate(row.date) else {
        throw ReferenceProblem(at, "date `\(row.date)` is not YYYY, YYYY-MM or an existing YYYY-MM-DD")
      }
      return ReferenceSource.with {
        $0.id = row.id
        $0.publisher = row.publisher
        $0.title = row.title
        $0.date = row.date
        $0.url = row.url
      }
    }
  }

  private func checkCitations(_ ids: Set<String>) throws(ReferenceProblem) {
    let cited: [(String, [String])] = [
      ("municipalities", file.municipalities.sources), ("regions", file.regions.sources),
      ("memberships", file.memberships.sources), ("cycles", file.cycles.sources), ("gpc", file.gpc.sources),
      ("national", file.national.sources),
    ] + file.gwpTables.enumerated().map { ("gwpTables[\($0.offset)]", $0.element.sources) }
    for (table, sources) in cited {
      guard !sources.isEmpty else { throw ReferenceProblem("\(table).sources", "every table names at least one source") }
      if let unknown = sources.first(where: { !ids.contains($0) }) {
        throw ReferenceProblem("\(table).sources", "source `\(unknown)` is not in `sources`")
      }
    }
  }

  // MARK: Geography

  private func checkedMunicipalities() throws(ReferenceProblem) -> [Municipality] {
    var periods = CodePeriods()
    return try file.municipalities.rows.enumerated().map { (i, row) throws(ReferenceProblem) in
      let at = "municipalities.rows[\(i)]"
      try Self.checkCode(row.code, at)
      let validity = try Self.validity(row.validFrom, row.validTo, at)
      try periods.add(row.code, validity, at)
      guard row.population >= 0 else { throw ReferenceProblem(at, "population must not be negative") }
      let populationDate = try Self.date(row.populationDate, "\(at).populationDate")
      return Municipality.with {
        $0.code = row.code
        $0.name = row.name
        $0.nameASCII = row.nameASCII
        $0.nameEnglish = row.nameEnglish
        $0.population = row.population
        $0.populationDate = populationDate
        $0.validity = validity
      }
    }
  }

  private func checkedRegions() throws(ReferenceProblem) -> [Region] {
    var periods = CodePeriods()
    let regions = try file.regions.rows.enumerated().map { (i, row) throws(ReferenceProblem) in
      let at = "regions.rows[\(i)]"
      try Self.checkCode(row.code, at)
      let validity = try Self.validity(row.validFrom, row.validTo, at)
      try periods.add(row.code, validity, at)
      return Region.with {
        $0.code = row.code
        $0.name = row.name
        $0.nameASCII = row.nameASCII
        $0.nameEnglish = row.nameEnglish
        $0.nuts2 = row.nuts2
        $0.validity = validity
        $0.provisional = row.provisional ?? false
        $0.successor = row.successor
      }
    }
    let codes = Set(regions.map(\.code))
    for (i, region) in regions.enumerated() {
      guard let successor = region.successor else { continue }
      guard codes.contains(successor), successor != region.code else {
        throw ReferenceProblem("regions.rows[\(i)]", "successor `\(successor)` is not another region in `regions`")
      }
      guard region.validity.to != nil else {
        throw ReferenceProblem("regions.rows[\(i)]", "a region with a successor needs `validTo`")
      }
    }
    return regions
  }

  private func checkedMemberships(municipalities: [Municipality], regions: [Region]) throws(ReferenceProblem) -> [RegionMembership] {
    var periods = CodePeriods()
    // Looked up by code: a reference file may list tens of thousands of municipalities.
    let municipalityCodes = Set(municipalities.map(\.code))
    let regionsByCode = Dictionary(grouping: regions, by: \.code)
    return try file.memberships.rows.enumerated().map { (i, row) throws(ReferenceProblem) in
      let at = "memberships.rows[\(i)]"
      let validity = try Self.validity(row.validFrom, row.validTo, at)
      guard municipalityCodes.contains(row.municipality) else {
        throw ReferenceProblem(at, "municipality `\(row.municipality)` is not in `municipalities`")
      }
      guard let region = regionsByCode[row.region]?.first(where: { $0.validity.covers(validity) }) else {
        let known = regionsByCode[row.region] != nil
        throw ReferenceProblem(
          at, known ? "region `\(row.region)` does not exist for the whole membership period" : "region `\(row.region)` is not in `regions`")
      }
      try periods.add(row.municipality, validity, "\(at) (municipality \(row.municipality) in two regions at once)")
      return RegionMembership.with {
        $0.municipality = row.municipality
        $0.region = region.code
        $0.validity = validity
      }
    }
  }

  // MARK: Cycles, GPC, GWP, national targets

  private func checkedCycles(gwp: Set<GWPSet>) throws(ReferenceProblem) -> [Cycle] {
    var seen: Set<String> = []
    return try file.cycles.rows.enumerated().map { (i, row) throws(ReferenceProblem) in
      let at = "cycles.rows[\(i)]"
      guard !row.id.isEmpty, seen.insert(row.id).inserted else { throw ReferenceProblem(at, "id `\(row.id)` is empty or used twice") }
      guard let set = GWPSet(rawValue: row.gwp), gwp.contains(set) else {
        throw ReferenceProblem(at, "gwp `\(row.gwp)` is not a table in `gwpTables`")
      }
      let referenceDate = try Self.date(row.referenceDate, "\(at).referenceDate")
      return Cycle.with { $0.id = row.id; $0.referenceDate = referenceDate; $0.rulePack = row.rulePack; $0.gwp = set }
    }
  }

  private func checkedGPC() throws(ReferenceProblem) -> [GPCCode] {
    let codes = file.gpc.rows.map(\.code)
    var seen: Set<String> = []
    return try file.gpc.rows.enumerated().map { (i, row) throws(ReferenceProblem) in
      let at = "gpc.rows[\(i)]"
      guard !row.code.isEmpty, seen.insert(row.code).inserted else { throw ReferenceProblem(at, "code `\(row.code)` is empty or used twice") }
      guard let level = GPCLevel(rawValue: row.level) else {
        throw ReferenceProblem(at, "level `\(row.level)` is not sector, subsector or reference-number")
      }
      if let parent = row.parent, !codes.contains(parent) || parent == row.code {
        throw ReferenceProblem(at, "parent `\(parent)` is not another code of the table")
      }
      guard (row.parent == nil) == (level == .sector) else { throw ReferenceProblem(at, "only sectors have no parent") }
      if let scope = row.scope, !(1...3).contains(scope) { throw ReferenceProblem(at, "scope must be 1, 2 or 3") }
      return GPCCode.with {
        $0.code = row.code
        $0.parent = row.parent
        $0.level = level
        $0.scope = row.scope
        $0.territorial = row.territorial
        $0.title = row.title
      }
    }
  }

  private func checkedGWPTables() throws(ReferenceProblem) -> [GWPTable] {
    var seen: Set<GWPSet> = []
    return try file.gwpTables.enumerated().map { (i, row) throws(ReferenceProblem) in
      let at = "gwpTables[\(i)]"
      guard let id = GWPSet(rawValue: row.id), seen.insert(id).inserted else {
        throw ReferenceProblem(at, "id `\(row.id)` is not AR4, AR5 or AR6, or is used twice")
      }
      var factors: [Gas: ExactDecimal] = [:]
      for (name, text) in row.factors {
        guard let gas = Gas(rawValue: name) else { throw ReferenceProblem("\(at).factors", "`\(name)` is not a gas") }
        factors[gas] = try Self.decimal(text, "\(at).factors.\(name)")
      }
      if let missing = Gas.allCases.first(where: { factors[$0] == nil }) {
        throw ReferenceProblem("\(at).factors", "no factor for \(missing.rawValue)")
      }
      return GWPTable.with { $0.id = id; $0.source = row.citation; $0.factors = factors }
    }
  }

  /// Format 1.1 must name the country; 1.0 may not (it is Denmark's).
  private func checkedCountry() throws(ReferenceProblem) -> Country {
    guard let row = file.country else {
      if file.formatVersion == "1.0" { return Self.formatOneCountry }
      throw ReferenceProblem("country", "is required in format \(file.formatVersion)")
    }
    guard row.code.utf8.count == 2, row.code.utf8.allSatisfy({ (65...90).contains($0) }) else {
      throw ReferenceProblem("country.code", "`\(row.code)` is not an ISO 3166-1 alpha-2 code (two capital letters)")
    }
    guard !row.name.isEmpty, !row.nameEnglish.isEmpty else { throw ReferenceProblem("country", "names must not be empty") }
    return Country.with { $0.code = row.code; $0.name = row.name; $0.nameEnglish = row.nameEnglish }
  }

  private func checkedNational() throws(ReferenceProblem) -> NationalTargets {
    let row = file.national
    let reduction = try Self.decimal(row.reductionPercent2030, "national.reductionPercent2030")
    let baseline = try Self.decimal(row.baseline1990, "national.baseline1990")
    return NationalTargets.with {
      $0.reductionPercent2030 = reduction
      $0.reductionBaseYear = row.reductionBaseYear
      $0.neutralityYearLaw = row.neutralityYearLaw
      $0.neutralityYearAim = row.neutralityYearAim
      $0.baseline1990 = baseline
      $0.baselineEdition = row.baselineEdition
      $0.source = row.citation
    }
  }

  // MARK: Values

  static func checkCode(_ code: String, _ at: String) throws(ReferenceProblem) {
    let digits = code.utf8
    guard (1...8).contains(digits.count), digits.first != UInt8(ascii: "0"), digits.allSatisfy({ (48...57).contains($0) }) else {
      throw ReferenceProblem(at, "code `\(code)` is not 1–8 digits without a leading zero")
    }
  }

  static func date(_ text: String, _ at: String) throws(ReferenceProblem) -> CalendarDate {
    guard let date = CalendarDate(text) else { throw ReferenceProblem(at, "`\(text)` is not an existing date YYYY-MM-DD") }
    return date
  }

  static func decimal(_ text: String, _ at: String) throws(ReferenceProblem) -> ExactDecimal {
    guard let value = ExactDecimal(text, lenient: true) else {
      throw ReferenceProblem(at, "`\(text)` is not a decimal string (e.g. \"27.9\")")
    }
    return value
  }

  static func validity(_ from: String?, _ to: String?, _ at: String) throws(ReferenceProblem) -> Validity {
    let start = try from.map { (text) throws(ReferenceProblem) in try date(text, "\(at).validFrom") }
    let end = try to.map { (text) throws(ReferenceProblem) in try date(text, "\(at).validTo") }
    if let start, let end, end < start { throw ReferenceProblem(at, "validTo \(end) is before validFrom \(start)") }
    return Validity.with { $0.from = start; $0.to = end }
  }

  /// `YYYY`, `YYYY-MM` or an existing `YYYY-MM-DD`: how publications are dated.
  static func isPublicationDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let digitsOnly = parts.allSatisfy { $0.utf8.allSatisfy { (48...57).contains($0) } }
    switch parts.count {
    case 1: return digitsOnly && parts[0].count == 4
    case 2: return digitsOnly && parts[0].count == 4 && parts[1].count == 2 && (1...12).contains(Int(parts[1]) ?? 0)
    case 3: return CalendarDate(text) != nil
    default: return false
    }
  }
}

/// Validity periods per code; refuses two periods of one code that share a day.
private struct CodePeriods {
  private var periods: [String: [Validity]] = [:]
  mutating func add(_ code: String, _ validity: Validity, _ at: String) throws(ReferenceProblem) {
    if periods[code, default: []].contains(where: { $0.overlaps(validity) }) {
      throw ReferenceProblem(at, "`\(code)` appears twice with overlapping validity periods")
    }
    periods[code, default: []].append(validity)
  }
}

extension Validity {
  func overlaps(_ other: Validity) -> Bool {
    let startsBeforeOtherEnds = from.map { start in other.to.map { start <= $0 } ?? true } ?? true
    let otherStartsBeforeThisEnds = other.from.map { start in to.map { start <= $0 } ?? true } ?? true
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds
  }

  /// Whether every day of `inner` lies in this period.
  func covers(_ inner: Validity) -> Bool {
    let startOK = from.map { start in inner.from.map { start <= $0 } ?? false } ?? true
    let endOK = to.map { end in inner.to.map { $0 <= end } ?? false } ?? true
    return startOK && endOK
  }
}
