import NDCCore

/// Renewable-energy and lowland-soil projects; each points at its measure when the plan has it.
enum FixtureProjects {
  static func renewables(measureIds: Set<String>, random: inout FixtureRandom) -> [RenewableProject] {
    let ref = measureIds.contains(FixtureMeasureCatalogue.renewablesId) ? FixtureMeasureCatalogue.renewablesId : nil
    let kinds: [(RenewableTechnology, ClosedRange<Int>, Int)] = [
      // technology, capacity in tenths of MW, GWh per MW per year (tenths)
      (.onshoreWind, 60...600, 25), (.solarPV, 50...1500, 10), (.biogas, 20...120, 70), (.largeHeatPump, 10...400, 40),
    ]
    let count = random.int(1...3)
    return random.shuffled(kinds).prefix(count).enumerated().map { index, kind in
      let tenths = random.int(kind.1)
      let status = random.pick([ProjectStatus.screening, .planned, .approved, .construction, .operational])
      let year = status == .operational ? random.int(2019...2025) : random.int(2026...2030)
      return RenewableProject.with {
        $0.projectId = "VE-\(index + 1)"
        $0.technology = kind.0
        $0.capacityMW = tenthsValue(tenths)
        $0.expectedGWhPerYear = tenthsValue(tenths * kind.2 / 10)
        $0.status = status
        $0.commissioningYear = year
        $0.measureRef = ref
      }
    }
  }

  static func lowlandSoils(measureIds: Set<String>, random: inout FixtureRandom) -> [LowlandSoilProject] {
    guard measureIds.contains(FixtureMeasureCatalogue.lowlandId) || random.chance(30) else { return [] }
    let ref = measureIds.contains(FixtureMeasureCatalogue.lowlandId) ? FixtureMeasureCatalogue.lowlandId : nil
    return (1...random.int(1...2)).map { index in
      let hectares = random.int(20...400)
      let status = random.pick([ProjectStatus.screening, .planned, .approved, .construction])
      return LowlandSoilProject.with {
        $0.projectId = "LAV-\(index)"
        $0.hectares = ExactDecimal(hectares)
        $0.tco2ePerYear = ExactDecimal(hectares * random.int(15...30))
        $0.status = status
        $0.completionYear = random.int(2026...2030)
        $0.measureRef = ref
      }
    }
  }

  static func tenthsValue(_ tenths: Int) -> ExactDecimal { ExactDecimal(micros: Int128(tenths) * 100_000) }
}
