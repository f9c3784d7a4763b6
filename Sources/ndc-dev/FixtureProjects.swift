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
      return RenewableProject(
        projectId: "VE-\(index + 1)", technology: kind.0, capacityMW: tenthsValue(tenths),
        expectedGWhPerYear: tenthsValue(tenths * kind.2 / 10), status: status, commissioningYear: year, measureRef: ref)
    }
  }

  static func lowlandSoils(measureIds: Set<String>, random: inout FixtureRandom) -> [LowlandSoilProject] {
    guard measureIds.contains(FixtureMeasureCatalogue.lowlandId) || random.chance(30) else { return [] }
    let ref = measureIds.contains(FixtureMeasureCatalogue.lowlandId) ? FixtureMeasureCatalogue.lowlandId : nil
    return (1...random.int(1...2)).map { index in
      let hectares = random.int(20...400)
      let status = random.pick([ProjectStatus.screening, .planned, .approved, .construction])
      return LowlandSoilProject(
        projectId: "LAV-\(index)", hectares: ExactDecimal(hectares), tco2ePerYear: ExactDecimal(hectares * random.int(15...30)),
        status: status, completionYear: random.int(2026...2030), measureRef: ref)
    }
  }

  static func tenthsValue(_ tenths: Int) -> ExactDecimal { ExactDecimal(micros: Int128(tenths) * 100_000) }
}
