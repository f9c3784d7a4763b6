import NDCCore

/// The submission format 1.0 (SUBMISSION.md) as a `Shape`: the single source of both schemas
/// (`schemas/submission-1.0.xsd`, `schemas/submission-1.0.schema.json`), of both readers'
/// typing and of both writers' order.
public enum SubmissionFormat {
  public static let version = "1.0"
  public static let namespace = "urn:x-ndc:submission:1.0"
  public static let rootElement = "submission"

  private static func f(_ name: String, _ shape: Shape, _ required: Bool = false, attribute: Bool = false) -> Field {
    Field(name, shape, required: required, xmlAttribute: attribute)
  }
  private static let R = true

  static let gases = Shape.list(.enumeration(Gas.self), item: "gas", min: 1)
  static let gpcList = Shape.list(.gpc, item: "code", min: 1)

  public static let submitter = Shape.object("Submitter", [
    f("level", .enumeration(SubmitterLevel.self), R),
    f("code", .code, R),
    f("name", .text, R),
  ])

  public static let contact = Shape.object("Contact", [
    f("name", .text, R),
    f("email", .email, R),
    f("phone", .text),
  ])

  public static let plan = Shape.object("Plan", [
    f("title", .text, R),
    f("framework", .enumeration(PlanFramework.self), R),
    f("status", .enumeration(PlanStatus.self), R),
    f("adoptedOn", .date),
    f("adoptedBy", .text),
    f("url", .text),
  ])

  public static let dataSource = Shape.object("DataSource", [
    f("sourceId", .text, R),
    f("publisher", .text, R),
    f("title", .text, R),
    f("edition", .text),
    f("url", .text),
    f("retrievedOn", .date),
  ])

  public static let entry = Shape.object("Entry", [
    f("gpc", .gpc, R),
    f("gas", .enumeration(Gas.self), R),
    f("amount", .decimal()),
    f("notationKey", .enumeration(NotationKey.self)),
    f("explanation", .text),
    f("sourceRef", .text),
  ])

  public static let inventoryYear = Shape.object("InventoryYear", [
    f("year", .year, R),
    f("baseYear", .boolean, R),
    f("population", .count),
    f("entries", .list(entry, item: "entry", min: 1), R),
  ])

  public static let inventory = Shape.object("Inventory", [
    f("methodology", .enumeration(InventoryMethodology.self), R),
    f("gwp", .enumeration(GWPSet.self), R),
    f("boundary", .enumeration(InventoryBoundary.self), R),
    f("years", .list(inventoryYear, item: "inventoryYear", min: 1), R),
  ])

  public static let coverage = Shape.object("TargetCoverage", [
    f("gpc", gpcList, R),
    f("gases", gases, R),
  ])

  public static let target = Shape.object("Target", [
    f("targetId", .text, R),
    f("kind", .enumeration(TargetKind.self), R),
    f("baseYear", .year),
    f("baseYearEmissions", .decimal()),
    f("targetYear", .year, R),
    f("reductionPercent", .decimal()),
    f("targetEmissions", .decimal()),
    f("baselineEmissions", .decimal()),
    f("intensityUnit", .text),
    f("targetIntensity", .decimal()),
    f("coverage", coverage, R),
    f("conditional", .boolean, R),
    f("status", .enumeration(TargetStatus.self), R),
  ])

  public static let effect = Shape.object("Effect", [
    f("year", .year, R),
    f("tco2e", .decimal(), R),
    f("kind", .enumeration(EffectKind.self), R),
  ])

  public static let overlap = Shape.object("Overlap", [
    f("submitterCode", .code, R),
    f("measureId", .text, R),
    f("share", .decimal(Bounds(minimum: .zero, maximum: .one, exclusiveMinimum: true)), R),
  ])

  public static let measure = Shape.object("Measure", [
    f("measureId", .text, R),
    f("title", .text, R),
    f("description", .text),
    f("objective", .text),
    f("gpc", gpcList, R),
    f("gases", gases, R),
    f("instruments", .list(.enumeration(Instrument.self), item: "instrument", min: 1), R),
    f("category", .enumeration(MeasureCategory.self)),
    f("status", .enumeration(MeasureStatus.self), R),
    f("startYear", .year, R),
    f("endYear", .year),
    f("implementingEntities", .list(.text, item: "entity", min: 1), R),
    f("effects", .list(effect, item: "effect")),
    f("costDKK", .money),
    f("fundingGapDKK", .money),
    f("fundingSources", .list(.text, item: "fundingSource")),
    f("nationalDependency", .text),
    f("overlaps", .list(overlap, item: "overlap")),
  ])

  public static let renewable = Shape.object("RenewableProject", [
    f("projectId", .text, R),
    f("technology", .enumeration(RenewableTechnology.self), R),
    f("capacityMW", .decimal(.nonNegative), R),
    f("expectedGWhPerYear", .decimal(.nonNegative)),
    f("status", .enumeration(ProjectStatus.self), R),
    f("commissioningYear", .year),
    f("measureRef", .text),
  ])

  public static let lowlandSoil = Shape.object("LowlandSoilProject", [
    f("projectId", .text, R),
    f("hectares", .decimal(.nonNegative), R),
    f("tco2ePerYear", .decimal()),
    f("status", .enumeration(ProjectStatus.self), R),
    f("completionYear", .year),
    f("measureRef", .text),
  ])

  public static let assessedHazard = Shape.object("AssessedHazard", [
    f("hazard", .enumeration(Hazard.self), R),
    f("riskLevel", .enumeration(RiskLevel.self), R),
    f("horizonYear", .year),
  ])

  public static let riskAssessment = Shape.object("RiskAssessment", [
    f("completedOn", .date, R),
    f("hazards", .list(assessedHazard, item: "assessedHazard", min: 1), R),
  ])

  public static let adaptationAction = Shape.object("AdaptationAction", [
    f("actionId", .text, R),
    f("title", .text, R),
    f("kind", .enumeration(AdaptationActionKind.self)),
    f("hazards", .list(.enumeration(Hazard.self), item: "hazard", min: 1), R),
    f("status", .enumeration(MeasureStatus.self), R),
    f("investmentDKK", .money),
    f("fundingGapDKK", .money),
    f("completionYear", .year),
  ])

  public static let adaptation = Shape.object("Adaptation", [
    f("riskAssessment", riskAssessment),
    f("actions", .list(adaptationAction, item: "action")),
  ])

  public static let barrier = Shape.object("Barrier", [
    f("barrierId", .text, R),
    f("theme", .enumeration(BarrierTheme.self), R),
    f("description", .text, R),
    f("requestToNational", .text),
    f("measureRefs", .list(.text, item: "measureRef")),
  ])

  public static let engagement = Shape.object("Engagement", [
    f("activityId", .text, R),
    f("kind", .enumeration(EngagementKind.self), R),
    f("date", .date, R),
    f("participants", .count),
    f("description", .text),
    f("champCommitments", .list(.integer(min: 1, max: 6), item: "commitment")),
  ])

  /// The root. `targets` is not required by the schema: "no target" is rule NDC-TGT-001, so
  /// that an absent and an empty list mean the same (docs/decisions.md).
  public static let submission = Shape.object("Submission", [
    f("schemaVersion", .constant(version), R, attribute: true),
    f("submissionId", .identifier, R),
    f("cycle", .text, R),
    f("version", .integer(min: 1), R),
    f("submittedAt", .dateTime, R),
    f("submitter", submitter, R),
    f("contact", contact, R),
    f("language", .enumeration(Language.self), R),
    f("plan", plan, R),
    f("dataSources", .list(dataSource, item: "dataSource")),
    f("inventory", inventory),
    f("targets", .list(target, item: "target")),
    f("measures", .list(measure, item: "measure")),
    f("renewables", .list(renewable, item: "renewable")),
    f("lowlandSoils", .list(lowlandSoil, item: "lowlandSoil")),
    f("adaptation", adaptation),
    f("barriers", .list(barrier, item: "barrier")),
    f("engagement", .list(engagement, item: "activity")),
  ])
}
