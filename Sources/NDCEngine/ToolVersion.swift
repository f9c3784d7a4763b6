/// The tool's version and the rule pack it applies.
public enum ToolVersion {
  public static let tool = "0.1.0"
  public static let rulePack = "NDC2025-1"
  public static var banner: String { "ndc \(tool) (rule pack \(rulePack))" }
}
