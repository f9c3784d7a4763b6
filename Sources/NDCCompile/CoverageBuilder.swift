import NDCCore

/// CONTRIBUTION.md rule 8: coverage by register population summed over member municipalities
/// (for the nation and each region; residents outside any municipality are in no
/// denominator), and the missing submitters. Nothing is invented for the missing.
enum CoverageBuilder {
  /// `municipalities`: the codes of the counted municipalities; `regionsReporting`: the regions
  /// a counted region submission is attributed to.
  static func build(municipalities: Set<String>, regionsReporting: Set<String>, geography: GeographyView) -> ContributionCoverage {
    var coverage = ContributionCoverage.blank
    var nation = (municipalities: 0, reporting: 0, register: 0, covered: 0)
    var regionAreas: [CoverageArea] = []
    var dates: [CalendarDate] = []
    for region in geography.regions {
      let members = geography.members[region.code] ?? []
      let reporting = members.filter { municipalities.contains($0.code) }
      let register = members.map(\.population).reduce(0, +)
      let covered = reporting.map(\.population).reduce(0, +)
      dates += members.map(\.populationDate)
      regionAreas.append(CoverageArea.with {
        $0.level = .region
        $0.code = region.code
        $0.name = region.name
        $0.municipalities = members.count
        $0.reporting = reporting.count
        $0.regionReporting = regionsReporting.contains(region.code)
        $0.registerPopulation = register
        $0.populationCovered = covered
        $0.sharePercent = share(covered, of: register)
      })
      nation.municipalities += members.count
      nation.reporting += reporting.count
      nation.register += register
      nation.covered += covered
      if !regionsReporting.contains(region.code) {
        coverage.missing.append(MissingSubmitter.with {
          $0.level = .region
          $0.code = region.code
          $0.name = region.name
          $0.region = nil
        })
      }
      for m in members where !municipalities.contains(m.code) {
        coverage.missing.append(MissingSubmitter.with {
          $0.level = .municipality
          $0.code = m.code
          $0.name = m.name
          $0.region = region.code
        })
      }
    }
    coverage.populationDate = dates.max()
    coverage.areas = [CoverageArea.with {
      $0.level = .nation
      $0.code = geography.reference.country.code
      $0.name = geography.reference.country.name
      $0.municipalities = nation.municipalities
      $0.reporting = nation.reporting
      $0.regionReporting = nil
      $0.registerPopulation = nation.register
      $0.populationCovered = nation.covered
      $0.sharePercent = share(nation.covered, of: nation.register)
    }] + regionAreas
    coverage.missing.sort { ($0.level == .region ? 0 : 1, Int($0.code) ?? 0) < ($1.level == .region ? 0 : 1, Int($1.code) ?? 0) }
    return coverage
  }

  static func share(_ part: Int, of whole: Int) -> ExactDecimal? {
    ExactDecimal(part).percent(of: ExactDecimal(whole))
  }
}
