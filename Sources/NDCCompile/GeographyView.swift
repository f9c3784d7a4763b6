import NDCCore

/// CONTRIBUTION.md rule 2: the geography on the as-of date. Municipalities belong to the region
/// they are members of on that date; a region submitter that no longer exists is attributed to
/// its successor and keeps its code; a municipality with no region is outside the geography.
struct GeographyView: Sendable {
  let reference: ReferenceData
  let asOf: CalendarDate
  let regions: [Region]
  let members: [String: [Municipality]]

  init(reference: ReferenceData, asOf: CalendarDate) {
    self.reference = reference
    self.asOf = asOf
    regions = reference.regions(on: asOf)
    var members: [String: [Municipality]] = [:]
    for region in regions { members[region.code] = reference.members(ofRegion: region.code, on: asOf) }
    self.members = members
  }

  /// The region a submitter is attributed to on the as-of date, or nil (outside the geography).
  func region(of level: SubmitterLevel, code: String) -> String? {
    switch level {
    case .municipality:
      guard reference.municipality(code, on: asOf) != nil else { return nil }
      return reference.regionCode(ofMunicipality: code, on: asOf).flatMap { members[$0] != nil ? $0 : nil }
    case .region:
      return reference.successor(ofRegion: code, on: asOf)?.code
    }
  }

  /// The reason a submitter is outside the geography on the as-of date.
  func outsideReason(of level: SubmitterLevel, code: String) -> String {
    switch level {
    case .municipality where reference.municipality(code, on: asOf) == nil:
      "municipality \(code) does not exist on \(asOf)"
    case .municipality: "municipality \(code) belongs to no region on \(asOf)"
    case .region: "region \(code) neither exists nor has a successor on \(asOf)"
    }
  }

  func name(of level: SubmitterLevel, code: String) -> String {
    switch level {
    case .municipality: (reference.municipality(code, on: asOf) ?? reference.anyMunicipality(code))?.name ?? code
    case .region: (reference.region(code, on: asOf) ?? reference.anyRegion(code))?.name ?? code
    }
  }

  /// Register population of a municipality (0 when unknown).
  func population(ofMunicipality code: String) -> Int {
    (reference.municipality(code, on: asOf) ?? reference.anyMunicipality(code))?.population ?? 0
  }

  /// Regions dissolved by the as-of date whose successor is `region`.
  func predecessors(of region: String) -> [String] {
    let codes = Set(reference.regions.map(\.code)).filter { code in
      reference.region(code, on: asOf) == nil && reference.successor(ofRegion: code, on: asOf)?.code == region
    }
    return codes.sorted { $0.numericallyPrecedes($1) }
  }

  /// The members of a region's own territory, for comparing its inventory: on the as-of date if
  /// the region exists then, else on the last day it existed.
  func territory(ofRegion code: String) -> [Municipality] {
    if let members = members[code] { return members }
    guard let last = reference.anyRegion(code)?.validity.to else { return [] }
    return reference.members(ofRegion: code, on: last)
  }

  var document: ContributionGeography {
    ContributionGeography.with {
      $0.regions = regions.map { region in
        GeographyRegion.with {
          $0.code = region.code
          $0.name = region.name
          $0.provisional = region.provisional
          $0.predecessors = predecessors(of: region.code)
          $0.members = (members[region.code] ?? []).map { area in AreaRef.with { $0.code = area.code; $0.name = area.name } }
        }
      }
    }
  }
}
