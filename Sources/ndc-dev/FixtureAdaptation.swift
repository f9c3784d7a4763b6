import NDCCore

/// Climate adaptation: pluvial flooding everywhere; sea-level rise and storm surge on the coast.
enum FixtureAdaptation {
  /// Municipalities without a sea coast (approximate; the content is synthetic).
  static let inland: Set<String> = [
    "151", "159", "161", "163", "165", "169", "175", "190", "201", "219", "240", "329", "340", "530", "575", "657",
    "710", "740", "756",
  ]

  static func adaptation(code: String, coastal: Bool, random: inout FixtureRandom) -> Adaptation {
    var hazards = [AssessedHazard.with {
      $0.hazard = .pluvialFlooding
      $0.riskLevel = random.pick([.medium, .high])
      $0.horizonYear = 2050
    }]
    if coastal {
      hazards.insert(AssessedHazard.with {
        $0.hazard = .stormSurge
        $0.riskLevel = random.pick([.high, .veryHigh])
        $0.horizonYear = 2070
      }, at: 0)
      hazards.insert(AssessedHazard.with {
        $0.hazard = .seaLevelRise
        $0.riskLevel = random.pick([.medium, .high, .veryHigh])
        $0.horizonYear = 2100
      }, at: 0)
    } else {
      hazards.append(AssessedHazard.with {
        $0.hazard = .groundwaterRise
        $0.riskLevel = random.pick([.low, .medium])
        $0.horizonYear = 2050
      })
    }
    let completedOn = CalendarDate(year: random.int(2021...2024), month: random.int(1...12), day: random.int(1...28))!
    var actions = [
      action("KT-1", "Skybrudssikring af bymidten", .stormwater, [.pluvialFlooding], random: &random),
      action("KT-2", "Regnvandsbassiner og grønne kiler", .natureBased, [.pluvialFlooding], random: &random),
    ]
    if coastal {
      actions.append(action("KT-3", "Kystbeskyttelse og højvandsdige", .coastalProtection, [.stormSurge, .seaLevelRise], random: &random))
    }
    return Adaptation.with {
      $0.riskAssessment = RiskAssessment.with {
        $0.completedOn = completedOn
        $0.hazards = hazards
      }
      $0.actions = actions
    }
  }

  private static func action(
    _ id: String, _ title: String, _ kind: AdaptationActionKind, _ hazards: [Hazard], random: inout FixtureRandom
  ) -> AdaptationAction {
    let millions = random.int(5...250)
    let status = random.pick([MeasureStatus.planned, .adopted, .implemented])
    let gapPercent = status == .implemented ? 0 : random.pick([0, 30, 60, 100])
    return AdaptationAction.with {
      $0.actionId = id
      $0.title = title
      $0.kind = kind
      $0.hazards = hazards
      $0.status = status
      $0.investmentDKK = ExactDecimal(millions * 1_000_000)
      $0.fundingGapDKK = ExactDecimal(millions * gapPercent * 10_000)
      $0.completionYear = status == .implemented ? random.int(2021...2025) : random.int(2026...2035)
    }
  }
}
