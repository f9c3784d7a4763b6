import NDCCore
import NDCFormats

/// One municipality's submission: the real ENS inventory (sector level, CO2e), and invented
/// targets, measures, projects, adaptation, barriers and engagement.
struct FixtureMunicipality {
  static let baseYear = 2018
  static let allSectors = MunicipalAccounts.sectors.map(\.gpc)

  let municipality: Municipality
  let regionCode: String
  let emissions: MunicipalAccounts
  /// The region whose `RM-BUS` this municipality's `M-BUS` overlaps, if any.
  let overlapRegion: String?

  func submission(cycle: String) throws(FixtureError) -> Submission {
    let code = municipality.code
    let identity = FixtureIdentity(code: code, level: .municipality, name: municipality.name, nameASCII: municipality.nameASCII)
    var random = FixtureRandom(code: code, stream: 0)
    let inventory = try inventory()
    let measures = measures()
    let measureIds = Set(measures.map(\.measureId))
    var projectRandom = FixtureRandom(code: code, stream: 3)
    var adaptationRandom = FixtureRandom(code: code, stream: 4)
    var participationRandom = FixtureRandom(code: code, stream: 5)
    return Submission(
      submissionId: "\(code)-\(cycle)-v1", cycle: cycle, version: 1, submittedAt: identity.submittedAt(&random),
      submitter: Submitter(level: .municipality, code: code, name: identity.submitterName),
      contact: identity.contact(&random), language: .da, plan: identity.plan(&random),
      dataSources: [FixtureSources.ens, FixtureSources.synthetic], inventory: inventory,
      targets: targets(baseYearEmissions: emissions.sectorSum(code, Self.baseYear)), measures: measures,
      renewables: FixtureProjects.renewables(measureIds: measureIds, random: &projectRandom),
      lowlandSoils: FixtureProjects.lowlandSoils(measureIds: measureIds, random: &projectRandom),
      adaptation: FixtureAdaptation.adaptation(
        code: code, coastal: !FixtureAdaptation.inland.contains(code), random: &adaptationRandom),
      barriers: FixtureParticipation.barriers(measureIds: measureIds, random: &participationRandom),
      engagement: FixtureParticipation.engagement(council: identity.council, random: &participationRandom))
  }

  /// Every year of the accounts, each ENS sector as its GPC sector in CO2e, amounts as written.
  func inventory() throws(FixtureError) -> Inventory {
    do {
      return try emissions.inventory(of: municipality.code, baseYear: Self.baseYear)
    } catch {
      throw FixtureError(error.description)
    }
  }

  /// A 2030 base-year target (70 %, or 50–65 % for a minority) and often net zero by 2045 or 2050.
  func targets(baseYearEmissions: ExactDecimal) -> [Target] {
    var random = FixtureRandom(code: municipality.code, stream: 1)
    let coverage = TargetCoverage(gpc: Self.allSectors, gases: [.co2e])
    let reduction = random.chance(20) ? random.pick([50, 55, 60, 65]) : 70
    var targets = [
      Target(
        targetId: "T-2030", kind: .baseYear, baseYear: Self.baseYear, baseYearEmissions: baseYearEmissions, targetYear: 2030,
        reductionPercent: ExactDecimal(reduction), coverage: coverage, conditional: false, status: .adopted)
    ]
    if random.chance(65) {
      targets.append(Target(
        targetId: "T-NETTONUL", kind: .netZero, targetYear: random.pick([2045, 2045, 2050]), coverage: coverage,
        conditional: false, status: .adopted))
    }
    return targets
  }

  /// 2–5 levers (public transport always when an overlap with the region is planned).
  func measures() -> [Measure] {
    let code = municipality.code
    var random = FixtureRandom(code: code, stream: 2)
    let catalogue = FixtureMeasureCatalogue.municipal
    var chosen = Array(random.shuffled(catalogue).prefix(random.int(2...5)).map(\.id))
    if overlapRegion != nil, !chosen.contains(FixtureMeasureCatalogue.publicTransportId) {
      chosen[chosen.count - 1] = FixtureMeasureCatalogue.publicTransportId
    }
    return catalogue.filter { chosen.contains($0.id) }.map { template in
      let overlaps = template.id == FixtureMeasureCatalogue.publicTransportId
        ? overlapRegion.map { [Overlap(submitterCode: $0, measureId: FixtureRegion.busMeasureId, share: FixtureRegion.municipalShare)] } ?? []
        : []
      return FixtureMeasures.measure(
        template, basis: basis(for: template.gpc[0]), entities: entities(for: template), overlaps: overlaps, random: &random)
    }
  }

  /// The tonnes a lever acts on: its primary sector's base-year figure, else the total, else 1 000 t.
  func basis(for gpc: String) -> Int {
    let code = municipality.code
    let ens = MunicipalAccounts.sectors.first { $0.gpc == gpc }?.ens ?? ""
    for candidate in [emissions.amount(code, Self.baseYear, ens), emissions.sectorSum(code, Self.baseYear)] {
      if let tonnes = candidate.map({ Int($0.micros / ExactDecimal.scale) }), tonnes > 0 { return tonnes }
    }
    return 1_000
  }

  func entities(for template: MeasureTemplate) -> [String] {
    let own = "\(municipality.name) Kommune"
    switch template.category {
    case .publicTransport: return [own, FixtureRegion.transitCompany(regionCode)]
    case .districtHeating: return [own, "\(municipality.name) Forsyning"]
    case .agriculture, .landUse: return [own, "Lokale landbrugsforeninger"]
    default: return [own]
    }
  }
}
