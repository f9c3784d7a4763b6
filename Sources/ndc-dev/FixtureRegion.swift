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
    return Submission.with {
      $0.submissionId = "\(region.code)-\(cycle)-v1"
      $0.cycle = cycle
      $0.version = 1
      $0.submittedAt = identity.submittedAt(&random)
      $0.submitter = Submitter.with { $0.level = .region; $0.code = region.code; $0.name = identity.submitterName }
      $0.contact = identity.contact(&random)
      $0.language = .da
      $0.plan = identity.plan(&random)
      $0.dataSources = [FixtureSources.synthetic]
      $0.targets = targets()
      $0.measures = measures
      $0.adaptation = FixtureAdaptation.adaptation(code: region.code, coastal: true, random: &adaptationRandom)
      $0.barriers = FixtureParticipation.barriers(measureIds: Set(measures.map(\.measureId)), random: &participationRandom)
      $0.engagement = FixtureParticipation.engagement(council: identity.council, random: &participationRandom)
    }
  }

  /// Net zero for the region's own operations by 2030 (its 2030 target), and a proposed,
  /// conditional net-zero ambition for the regional territory by 2045.
  func targets() -> [Target] {
    [
      Target.with {
        $0.targetId = "T-DRIFT-2030"
        $0.kind = .netZero
        $0.targetYear = 2030
        $0.coverage = TargetCoverage.with {
            $0.gpc = ["I", "II"]
            $0.gases = [.co2e]
          }
        $0.conditional = false
        $0.status = .adopted
      },
      Target.with {
        $0.targetId = "T-REGION-2045"
        $0.kind = .netZero
        $0.targetYear = 2045
        $0.coverage = TargetCoverage.with {
            $0.gpc = FixtureMunicipality.allSectors
            $0.gases = [.co2e]
          }
        $0.conditional = true
        $0.status = .proposed
      },
    ]
  }

  func measures() -> [Measure] {
    var random = FixtureRandom(code: region.code, stream: 2)
    return FixtureMeasureCatalogue.regional.map { template in
      let overlaps = template.id == Self.busMeasureId
        ? partners.map { partner in
          Overlap.with {
            $0.submitterCode = partner
            $0.measureId = FixtureMeasureCatalogue.publicTransportId
            $0.share = Self.regionalShare
          }
        }
        : []
      let entities = template.id == Self.busMeasureId ? [region.name, Self.transitCompany(region.code)] : [region.name]
      return FixtureMeasures.measure(
        template, basis: random.int(20_000...80_000), entities: entities, overlaps: overlaps, random: &random)
    }
  }
}
