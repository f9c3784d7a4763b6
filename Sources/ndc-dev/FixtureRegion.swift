import NDCCore

/// One region's submission: no inventory (optional for regions), its own targets and measures,
/// and the regional bus measure whose overlaps with member municipalities are declared on both
/// sides.
struct FixtureRegion {
  static let busMeasureId = "RM-BUS"
  /// The share of the municipality's bus effect that the region's measure also claims, and back.
  static let municipalShare = ExactDecimal(micros: 400_000)
  static let regionalShare = ExactDecimal(micros: 150_000)
  /// How many members per region declare an overlap (the lowest codes).
  static let overlapPartners = 2

  let region: Region
  /// Member municipalities (codes) on the cycle's reference date whose `M-BUS` overlaps `RM-BUS`.
  let partners: [String]

  static func transitCompany(_ regionCode: String) -> String {
    switch regionCode {
    case "1081": "Nordjyllands Trafikselskab"
    case "1082": "Midttrafik"
    case "1083": "Sydtrafik"
    default: "Movia"
    }
  }

  func submission(cycle: String) -> Submission {
    let identity = FixtureIdentity(code: region.code, level: .region, name: region.name, nameASCII: region.nameASCII)
    var random = FixtureRandom(code: region.code, stream: 0)
    var adaptationRandom = FixtureRandom(code: region.code, stream: 4)
    var participationRandom = FixtureRandom(code: region.code, stream: 5)
    let measures = measures()
    return Submission(
      submissionId: "\(region.code)-\(cycle)-v1", cycle: cycle, version: 1, submittedAt: identity.submittedAt(&random),
      submitter: Submitter(level: .region, code: region.code, name: identity.submitterName),
      contact: identity.contact(&random), language: .da, plan: identity.plan(&random),
      dataSources: [FixtureSources.synthetic], targets: targets(), measures: measures,
      adaptation: FixtureAdaptation.adaptation(code: region.code, coastal: true, random: &adaptationRandom),
      barriers: FixtureParticipation.barriers(measureIds: Set(measures.map(\.measureId)), random: &participationRandom),
      engagement: FixtureParticipation.engagement(council: identity.council, random: &participationRandom))
  }

  /// Net zero for the region's own operations by 2030 (its 2030 target), and a proposed,
  /// conditional net-zero ambition for the regional territory by 2045.
  func targets() -> [Target] {
    [
      Target(
        targetId: "T-DRIFT-2030", kind: .netZero, targetYear: 2030,
        coverage: TargetCoverage(gpc: ["I", "II"], gases: [.co2e]), conditional: false, status: .adopted),
      Target(
        targetId: "T-REGION-2045", kind: .netZero, targetYear: 2045,
        coverage: TargetCoverage(gpc: FixtureMunicipality.allSectors, gases: [.co2e]), conditional: true, status: .proposed),
    ]
  }

  func measures() -> [Measure] {
    var random = FixtureRandom(code: region.code, stream: 2)
    return FixtureMeasureCatalogue.regional.map { template in
      let overlaps = template.id == Self.busMeasureId
        ? partners.map { Overlap(submitterCode: $0, measureId: FixtureMeasureCatalogue.publicTransportId, share: Self.regionalShare) }
        : []
      let entities = template.id == Self.busMeasureId ? [region.name, Self.transitCompany(region.code)] : [region.name]
      return FixtureMeasures.measure(
        template, basis: random.int(20_000...80_000), entities: entities, overlaps: overlaps, random: &random)
    }
  }
}
