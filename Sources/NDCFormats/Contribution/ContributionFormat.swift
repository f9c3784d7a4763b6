import NDCCore

/// The contribution document 1.0 (CONTRIBUTION.md) as a `Shape`: the single source of its XML
/// Schema and JSON Schema, of both readers' typing and of both writers' order. Members follow
/// CONTRIBUTION.md's "Sections"; per-submitter detail reuses the submission format's shapes.
public enum ContributionFormat {
  public static let version = "1.0"
  public static let namespace = "urn:x-ndc:contribution:1.0"
  public static let rootElement = "contribution"

  private static func f(_ name: String, _ shape: Shape, _ required: Bool = false, attribute: Bool = false) -> Field {
    Field(name, shape, required: required, xmlAttribute: attribute)
  }
  private static let R = true
  private static let tonnes = Shape.decimal()
  private static let percent = Shape.decimal()
  private static let index = Shape.integer(min: 1)
  private static let indices = Shape.list(index, item: "input")
  private static let yearNumber = Shape.integer(min: 0)

  public static let header = Shape.object("ContributionHeader", [
    f("cycle", .text, R), f("asOf", .date, R), f("compiledAt", .dateTime, R), f("toolVersion", .text, R),
    f("rulePack", .text, R), f("referenceEdition", .text, R),
  ])

  public static let input = Shape.object("ContributionInput", [
    f("index", index, R), f("path", .text, R), f("format", .enumeration(InputFormat.self)), f("sha256", .text, R),
    f("submitter", .text), f("level", .enumeration(SubmitterLevel.self)), f("version", .integer(min: 1)),
    f("status", .enumeration(InputStatus.self), R), f("reason", .text, R),
  ])

  public static let coverageArea = Shape.object("CoverageArea", [
    f("level", .enumeration(AreaLevel.self), R), f("code", .text, R), f("name", .text, R), f("municipalities", .count, R),
    f("reporting", .count, R), f("regionReporting", .boolean), f("registerPopulation", .count, R),
    f("populationCovered", .count, R), f("sharePercent", percent),
  ])

  public static let missingSubmitter = Shape.object("MissingSubmitter", [
    f("level", .enumeration(SubmitterLevel.self), R), f("code", .text, R), f("name", .text, R), f("region", .text),
  ])

  public static let coverage = Shape.object("ContributionCoverage", [
    f("populationDate", .date), f("areas", .list(coverageArea, item: "area")),
    f("missing", .list(missingSubmitter, item: "submitter")),
  ])

  public static let areaRef = Shape.object("AreaRef", [f("code", .text, R), f("name", .text, R)])

  public static let geographyRegion = Shape.object("GeographyRegion", [
    f("code", .text, R), f("name", .text, R), f("provisional", .boolean, R),
    f("predecessors", .list(.text, item: "region")), f("members", .list(areaRef, item: "municipality")),
  ])

  public static let geography = Shape.object("ContributionGeography", [f("regions", .list(geographyRegion, item: "region"))])

  public static let methodologyCount = Shape.object("MethodologyCount", [
    f("methodology", .enumeration(InventoryMethodology.self), R), f("submitters", .count, R),
  ])

  public static let inventoryFigure = Shape.object("InventoryFigure", [
    f("level", .enumeration(AreaLevel.self), R), f("code", .text, R), f("name", .text, R), f("year", yearNumber, R),
    f("gpc", .text, R), f("tco2e", tonnes, R), f("submitters", .count, R), f("populationCovered", .count, R),
    f("methodologies", .list(methodologyCount, item: "methodology")), f("inputs", indices),
  ])

  public static let memoFigure = Shape.object("MemoFigure", [
    f("level", .enumeration(AreaLevel.self), R), f("code", .text, R), f("year", yearNumber, R), f("scope", .integer(min: 1, max: 3), R),
    f("gpc", .text, R), f("tco2e", tonnes, R), f("inputs", indices),
  ])

  public static let regionComparison = Shape.object("RegionInventoryComparison", [
    f("region", .text, R), f("year", yearNumber, R), f("regionTotal", tonnes, R), f("membersTotal", tonnes, R),
    f("membersReporting", .count, R), f("difference", tonnes, R), f("differencePercent", percent), f("inputs", indices),
  ])

  public static let unfcccFigure = Shape.object("UNFCCCFigure", [
    f("year", yearNumber, R), f("category", .enumeration(UNFCCCCategory.self), R), f("title", .text, R), f("tco2e", tonnes, R),
  ])

  public static let inventory = Shape.object("ContributionInventory", [
    f("figures", .list(inventoryFigure, item: "figure")), f("memo", .list(memoFigure, item: "figure")),
    f("regionComparison", .list(regionComparison, item: "comparison")), f("unfccc", .list(unfcccFigure, item: "figure")),
  ])

  public static let counting2030 = Shape.object("Counting2030Target", [
    f("targetId", .text, R), f("kind", .enumeration(TargetKind.self), R), f("reductionPercent", .decimal()),
    f("implied2030", tonnes), f("baseYear", yearNumber), f("baseYearEmissions", tonnes),
  ])

  public static let submitterTargets = Shape.object("SubmitterTargets", [
    f("level", .enumeration(SubmitterLevel.self), R), f("code", .text, R), f("region", .text), f("input", index, R),
    f("targets", .list(SubmissionFormat.target, item: "target")), f("counting2030", counting2030),
  ])

  public static let baseYearGroup = Shape.object("BaseYearGroup", [
    f("baseYear", yearNumber, R), f("submitters", .count, R), f("baseYearEmissions", tonnes, R), f("implied2030", tonnes, R),
    f("reduction", tonnes, R), f("reductionPercent", percent),
  ])

  public static let synthesis = Shape.object("TargetSynthesis", [
    f("municipalitiesWithTarget", .count, R), f("notConvertible", .list(.text, item: "submitter")),
    f("implied2030", tonnes, R), f("submitters", .list(.text, item: "submitter")), f("inputs", indices),
    f("baseYears", .list(baseYearGroup, item: "group")), f("latestCommonYear", yearNumber),
    f("latestCommonEmissions", tonnes), f("reductionFromLatest", tonnes), f("reductionFromLatestPercent", percent),
    f("atLeast70Percent", .count, R), f("note", .text, R),
  ])

  public static let targets = Shape.object("ContributionTargets", [
    f("submitters", .list(submitterTargets, item: "submitter")), f("synthesis", synthesis, R),
  ])

  public static let settledEffect = Shape.object("SettledEffect", [
    f("year", yearNumber, R), f("kind", .enumeration(EffectKind.self), R), f("gross", tonnes, R), f("removed", tonnes, R),
    f("net", tonnes, R),
  ])

  public static let countedMeasure = Shape.object("CountedMeasure", [
    f("measure", SubmissionFormat.measure, R), f("settled", .list(settledEffect, item: "effect")),
  ])

  public static let submitterMeasures = Shape.object("SubmitterMeasures", [
    f("level", .enumeration(SubmitterLevel.self), R), f("code", .text, R), f("region", .text), f("input", index, R),
    f("measures", .list(countedMeasure, item: "measure")),
  ])

  public static let effectTotal = Shape.object("EffectTotal", [
    f("year", yearNumber, R), f("kind", .enumeration(EffectKind.self), R), f("gross", tonnes, R), f("removed", tonnes, R),
    f("net", tonnes, R), f("measures", .count, R), f("inputs", indices),
  ])

  public static let effectBreakdown = Shape.object("EffectBreakdown", [
    f("dimension", .enumeration(BreakdownDimension.self), R), f("key", .text, R), f("year", yearNumber, R),
    f("kind", .enumeration(EffectKind.self), R), f("gross", tonnes, R), f("net", tonnes, R),
  ])

  public static let measureRef = Shape.object("MeasureRef", [f("submitter", .text, R), f("measureId", .text, R)])

  public static let settlement = Shape.object("OverlapSettlement", [
    f("first", measureRef, R), f("second", measureRef, R), f("year", yearNumber, R), f("kind", .enumeration(EffectKind.self), R),
    f("declaration", .enumeration(OverlapDeclaration.self), R), f("computed", tonnes, R), f("tco2e", tonnes, R),
    f("attributedTo", measureRef, R),
  ])

  public static let measures = Shape.object("ContributionMeasures", [
    f("submitters", .list(submitterMeasures, item: "submitter")), f("totals", .list(effectTotal, item: "total")),
    f("breakdowns", .list(effectBreakdown, item: "line")), f("nationalDependency", .list(effectTotal, item: "total")),
    f("ledger", .list(settlement, item: "pair")),
  ])

  public static let renewable = Shape.object("RenewableSummary", [
    f("submitter", .text, R), f("technology", .enumeration(RenewableTechnology.self), R),
    f("status", .enumeration(ProjectStatus.self), R), f("year", yearNumber), f("projects", .count, R),
    f("capacityMW", .decimal(.nonNegative), R), f("expectedGWhPerYear", .decimal(.nonNegative), R),
  ])

  public static let lowlandSoil = Shape.object("LowlandSoilSummary", [
    f("submitter", .text, R), f("status", .enumeration(ProjectStatus.self), R), f("year", yearNumber), f("projects", .count, R),
    f("hectares", .decimal(.nonNegative), R), f("tco2ePerYear", tonnes, R),
  ])

  public static let hazardRisk = Shape.object("HazardRiskCount", [
    f("hazard", .enumeration(Hazard.self), R), f("riskLevel", .enumeration(RiskLevel.self), R), f("submitters", .count, R),
  ])

  public static let actionTotal = Shape.object("AdaptationActionTotal", [
    f("hazard", .enumeration(Hazard.self), R), f("kind", .enumeration(AdaptationActionKind.self)), f("actions", .count, R),
    f("investmentDKK", .money, R), f("fundingGapDKK", .money, R),
  ])

  public static let adaptation = Shape.object("AdaptationSummary", [
    f("risks", .list(hazardRisk, item: "risk")), f("actions", .list(actionTotal, item: "total")),
  ])

  public static let financeLine = Shape.object("FinanceLine", [
    f("source", .enumeration(FinanceLine.Source.self), R), f("category", .text, R), f("region", .text, R),
    f("status", .enumeration(MeasureStatus.self), R), f("items", .count, R), f("costDKK", .money, R), f("fundingGapDKK", .money, R),
  ])

  public static let nationalRequest = Shape.object("NationalRequest", [
    f("submitter", .text, R), f("barrierId", .text, R), f("request", .text, R),
  ])

  public static let barrier = Shape.object("BarrierSummary", [
    f("theme", .enumeration(BarrierTheme.self), R), f("count", .count, R), f("requests", .list(nationalRequest, item: "request")),
  ])

  public static let engagementKind = Shape.object("EngagementKindCount", [
    f("submitter", .text, R), f("kind", .enumeration(EngagementKind.self), R), f("activities", .count, R), f("participants", .count, R),
  ])

  public static let engagementCommitment = Shape.object("EngagementCommitmentCount", [
    f("submitter", .text, R), f("commitment", .integer(min: 1, max: 6), R), f("activities", .count, R),
  ])

  public static let engagement = Shape.object("EngagementSummary", [
    f("byKind", .list(engagementKind, item: "count")), f("byCommitment", .list(engagementCommitment, item: "count")),
  ])

  public static let diagnosticCount = Shape.object("DiagnosticCount", [
    f("code", .text, R), f("severity", .enumeration(Severity.self), R), f("count", .count, R),
  ])

  public static let contribution = Shape.object("Contribution", [
    f("schemaVersion", .constant(version), R, attribute: true),
    f("header", header, R),
    f("inputs", .list(input, item: "input")),
    f("coverage", coverage, R),
    f("geography", geography, R),
    f("inventory", inventory, R),
    f("targets", targets, R),
    f("measures", measures, R),
    f("renewables", .list(renewable, item: "line")),
    f("lowlandSoils", .list(lowlandSoil, item: "line")),
    f("adaptation", adaptation, R),
    f("finance", .list(financeLine, item: "line")),
    f("barriers", .list(barrier, item: "theme")),
    f("engagement", engagement, R),
    f("diagnostics", .list(diagnosticCount, item: "rule")),
  ])

  public static let document = DocumentFormat(
    name: "contribution", root: contribution.objectShape!, namespace: namespace, rootElement: rootElement,
    version: version, xsdFileName: "contribution-1.0.xsd", jsonSchemaFileName: "contribution-1.0.schema.json",
    jsonSchemaID: "urn:x-ndc:contribution:1.0:json-schema")
}
