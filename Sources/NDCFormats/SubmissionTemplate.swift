import NDCCore
import NDCDocument

/// `ndc template`'s document: identity filled in; for a municipality, its inventory from the
/// Danish Energy Agency's accounts shipped with the tool (source named in `dataSources`, each
/// entry citing it), and skeletons of a 2030 target and of one measure. What only the submitter
/// knows is left out on purpose, so validating the template lists what to add.
public enum SubmissionTemplate {
  /// The base year the template marks and its target skeleton uses: the accounts' first year.
  public static let baseYear = 2018

  /// The bare skeleton (`--empty`, and every region).
  public static func skeleton(code: String, level: SubmitterLevel, name: String, cycle: String) -> DocNode {
    DocNode(object(identity(code: code, level: level, name: name, cycle: cycle)))
  }

  /// A municipality's starting point: the skeleton with its inventory from `accounts`, and
  /// skeletons of a 2030 base-year target (reduction to fill in) and of one measure.
  public static func fromAccounts(
    code: String, name: String, cycle: String, accounts: MunicipalAccounts
  ) throws(AccountsError) -> DocNode {
    let inventory = try accounts.inventory(of: code, baseYear: baseYear)
    var members = identity(code: code, level: .municipality, name: name, cycle: cycle)
    members.append(("dataSources", .array([MunicipalAccounts.source.encoded()])))
    members.append(("inventory", inventory.encoded().value))
    let target = object([
      ("targetId", .string("T-2030")),
      ("kind", .string(TargetKind.baseYear.rawValue)),
      ("baseYear", .number(String(baseYear))),
      ("baseYearEmissions", .number(accounts.sectorSum(code, baseYear).description)),
      ("targetYear", .number("2030")),
      ("coverage", object([
        ("gpc", .array(MunicipalAccounts.sectors.map { DocNode(.string($0.gpc)) })),
        ("gases", .array([DocNode(.string(Gas.co2e.rawValue))])),
      ])),
      ("conditional", .bool(false)),
    ])
    members.append(("targets", .array([DocNode(target)])))
    members.append(("measures", .array([DocNode(object([("measureId", .string("M-1"))]))])))
    return DocNode(object(members))
  }

  private static func identity(code: String, level: SubmitterLevel, name: String, cycle: String) -> [(String, DocValue)] {
    [
      ("schemaVersion", .string(SubmissionFormat.version)),
      ("submissionId", .string("\(code)-\(cycle)-v1")),
      ("cycle", .string(cycle)),
      ("version", .number("1")),
      ("submitter", object([("level", .string(level.rawValue)), ("code", .string(code)), ("name", .string(name))])),
      ("contact", object([])),
      ("language", .string("da")),
      ("plan", object([])),
    ]
  }

  private static func object(_ members: [(String, DocValue)]) -> DocValue {
    .object(members.map { DocMember($0.0, DocNode($0.1)) })
  }
}
