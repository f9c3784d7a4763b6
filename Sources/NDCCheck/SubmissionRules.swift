/// Every per-file rule, grouped by area in catalogue order.
public enum SubmissionRules {
  public static let all: [SubmissionRule] =
    IdentityRules.all + PlanRules.all
    + InventoryYearRules.all + InventoryLevelRules.all + InventoryEntryRules.all + InventoryGWPRules.all
    + InventoryCompletenessRules.all
    + TargetShapeRules.all + BaseYearEmissionsRules.all + NationalAmbitionRules.all
    + MeasureShapeRules.all + MeasureEffectRules.all + MeasureTotalRules.all + OverlapRules.all
    + [FundingRules.measureGapAboveCost]
    + ReferenceRules.all + AdaptationRules.all + EngagementRules.all + PlausibilityRules.all
}
