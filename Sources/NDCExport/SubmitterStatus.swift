import NDCCore

/// One expected submitter on the as-of geography (every region, every member municipality) and
/// what became of it: the status of its counting input, else `missing` when no input names it,
/// else the status of its last input (why none counts).
public struct SubmitterStatus: Sendable, Hashable {
  public var level: SubmitterLevel
  public var code: String
  public var name: String
  /// The region on the as-of date (for a region: itself).
  public var region: String
  public var status: String
  public var reason: String

  public static let missing = "missing"

  /// Regions (with dissolved predecessors that submitted) and their members, in geography order.
  public static func list(_ document: ContributionDocument) -> [SubmitterStatus] {
    let missingNames = Dictionary(document.coverage.missing.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
    func status(_ level: SubmitterLevel, _ code: String, _ name: String, region: String) -> SubmitterStatus {
      let inputs = document.inputs.filter { $0.submitter == code && $0.level == level }
      let chosen = inputs.first { $0.status.counts } ?? inputs.last
      return SubmitterStatus(
        level: level, code: code, name: name.isEmpty ? (missingNames[code] ?? "") : name, region: region,
        status: chosen?.status.rawValue ?? missing, reason: chosen?.reason ?? "")
    }
    var out: [SubmitterStatus] = []
    for region in document.geography.regions {
      for predecessor in region.predecessors {
        let name = document.coverage.missing.first { $0.code == predecessor }?.name ?? ""
        out.append(status(.region, predecessor, name, region: region.code))
      }
      out.append(status(.region, region.code, region.name, region: region.code))
      for member in region.members { out.append(status(.municipality, member.code, member.name, region: region.code)) }
    }
    return out
  }
}
