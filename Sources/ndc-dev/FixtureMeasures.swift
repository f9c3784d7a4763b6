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
      MeasureEffect(year: year, tco2e: ExactDecimal(effect2030 * tenths / 10), kind: .expected)
    }
    if status == .implemented {
      let achieved2023 = effect2030 * random.int(25...60) / 100
      effects += [
        MeasureEffect(year: 2023, tco2e: ExactDecimal(achieved2023), kind: .achieved),
        MeasureEffect(year: 2024, tco2e: ExactDecimal(achieved2023 * 11 / 10), kind: .achieved),
      ]
    }
    let cost = effect2030 * random.int(800...5000) / 1000 * 1000
    let gapPercent: Int
    switch status {
    case .implemented, .expired: gapPercent = random.pick([0, 0, 10])
    case .adopted: gapPercent = random.pick([0, 20, 40])
    case .planned: gapPercent = random.pick([50, 75, 100])
    }
    return Measure(
      measureId: template.id, title: template.title, description: template.description,
      objective: "Reducere udledningen fra \(sectorName(template.gpc[0])) frem mod 2030 og videre mod klimaneutralitet.",
      gpc: template.gpc, gases: template.gases, instruments: template.instruments, category: template.category,
      status: status, startYear: startYear, endYear: random.pick([2040, 2045, 2050]), implementingEntities: entities,
      effects: effects, costDKK: ExactDecimal(cost), fundingGapDKK: ExactDecimal(cost * gapPercent / 100),
      fundingSources: template.fundingSources, nationalDependency: template.nationalDependency, overlaps: overlaps)
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
