import NDCCore

/// Turns a lever into a measure with plausible status, years, effects and money.
/// Effects are whole tonnes, a few per cent of `basis` (the tonnes the lever acts on), so the
/// expected effects of one year stay well below the base-year total.
enum FixtureMeasures {
  static let effectYears = [2030, 2035, 2040]

  static func measure(
    _ template: MeasureTemplate, basis: Int, entities: [String], overlaps: [Overlap], random: inout FixtureRandom
  ) -> Measure {
    let status = random.pick([MeasureStatus.implemented, .adopted, .adopted, .planned, .planned])
    let startYear: Int
    switch status {
    case .implemented, .expired: startYear = random.int(2019...2022)
    case .adopted: startYear = random.int(2024...2026)
    case .planned: startYear = random.int(2026...2028)
    }
    let effect2030 = max(20, basis * random.int(20...80) / 1000)
    var effects = zip(effectYears, [10, 13, 16]).map { year, tenths in
      MeasureEffect.with { $0.year = year; $0.tco2e = ExactDecimal(effect2030 * tenths / 10); $0.kind = .expected }
    }
    if status == .implemented {
      let achieved2023 = effect2030 * random.int(25...60) / 100
      effects += [
        MeasureEffect.with { $0.year = 2023; $0.tco2e = ExactDecimal(achieved2023); $0.kind = .achieved },
        MeasureEffect.with { $0.year = 2024; $0.tco2e = ExactDecimal(achieved2023 * 11 / 10); $0.kind = .achieved },
      ]
    }
    let cost = effect2030 * random.int(800...5000) / 1000 * 1000
    let gapPercent: Int
    switch status {
    case .implemented, .expired: gapPercent = random.pick([0, 0, 10])
    case .adopted: gapPercent = random.pick([0, 20, 40])
    case .planned: gapPercent = random.pick([50, 75, 100])
    }
    return Measure.with {
      $0.measureId = template.id
      $0.title = template.title
      $0.description = template.description
      $0.objective = "Reducere udledningen fra \(sectorName(template.gpc[0])) frem mod 2030 og videre mod klimaneutralitet."
      $0.gpc = template.gpc
      $0.gases = template.gases
      $0.instruments = template.instruments
      $0.category = template.category
      $0.status = status
      $0.startYear = startYear
      $0.endYear = random.pick([2040, 2045, 2050])
      $0.implementingEntities = entities
      $0.effects = effects
      $0.costDKK = ExactDecimal(cost)
      $0.fundingGapDKK = ExactDecimal(cost * gapPercent / 100)
      $0.fundingSources = template.fundingSources
      $0.nationalDependency = template.nationalDependency
      $0.overlaps = overlaps
    }
  }

  static func sectorName(_ gpc: String) -> String {
    switch gpc {
    case "I": "energiforbruget"
    case "II": "transporten"
    case "III": "affaldet"
    case "IV": "industriens processer"
    default: "landbruget og arealerne"
    }
  }
}
