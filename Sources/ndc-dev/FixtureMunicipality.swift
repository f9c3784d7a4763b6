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
    return Submission.with {
      $0.submissionId = "\(code)-\(cycle)-v1"
      $0.cycle = cycle
      $0.version = 1
      $0.submittedAt = identity.submittedAt(&random)
      $0.submitter = Submitter.with { $0.level = .municipality; $0.code = code; $0.name = identity.submitterName }
      $0.contact = identity.contact(&random)
      $0.language = .da
      $0.plan = identity.plan(&random)
      $0.dataSources = [FixtureSources.ens, FixtureSources.synthetic]
      $0.inventory = inventory
      $0.targets = targets(baseYearEmissions: emissions.sectorSum(code, Self.baseYear))
      $0.measures = measures
      $0.renewables = FixtureProjects.renewables(measureIds: measureIds, random: &projectRandom)
      $0.lowlandSoils = FixtureProjects.lowlandSoils(measureIds: measureIds, random: &projectRandom)
      $0.adaptation = FixtureAdaptation.adaptation(
        code: code, coastal: !FixtureAdaptation.inland.contains(code), random: &adaptationRandom)
      $0.barriers = FixtureParticipation.barriers(measureIds: measureIds, random: &participationRandom)
      $0.engagement = FixtureParticipation.engagement(council: identity.council, random: &participationRandom)
    }
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
    let coverage = TargetCoverage.with { $0.gpc = Self.allSectors; $0.gases = [.co2e] }
    let reduction = random.chance(20) ? random.pick([50, 55, 60, 65]) : 70
    var targets = [
      Target.with {
        $0.targetId = "T-2030"
        $0.kind = .baseYear
        $0.baseYear = Self.baseYear
        $0.baseYearEmissions = baseYearEmissions
        $0.targetYear = 2030
        $0.reductionPercent = ExactDecimal(reduction)
        $0.coverage = coverage
        $0.conditional = false
        $0.status = .adopted
      }
    ]
    if random.chance(65) {
      targets.append(Target.with {
        $0.targetId = "T-NETTONUL"
        $0.kind = .netZero
        $0.targetYear = random.pick([2045, 2045, 2050])
        $0.coverage = coverage
        $0.conditional = false
        $0.status = .adopted
      })
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
        ? overlapRegion.map { region in
          [Overlap.with {
            $0.submitterCode = region
            $0.measureId = FixtureRegion.busMeasureId
            $0.share = FixtureRegion.municipalShare
          }]
        } ?? []
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
