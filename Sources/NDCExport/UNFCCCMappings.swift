import NDCCore

/// The mappings of CONTRIBUTION.md ("Exports") from the submission code lists to the names of
/// the Biennial Transparency Report's common tabular format.
public enum UNFCCCMappings {
  public static func instrument(_ instrument: Instrument) -> String {
    switch instrument {
    case .economic, .publicInvestment: "Economic"
    case .fiscal: "Fiscal"
    case .regulatory: "Regulatory"
    case .information: "Information"
    case .education: "Education"
    case .voluntaryAgreement: "Voluntary/negotiated agreement"
    case .research: "Research"
    case .planning: "Planning"
    case .other: "Other"
    }
  }

  public static func status(_ status: MeasureStatus) -> String {
    switch status {
    case .planned: "Planned"
    case .adopted: "Adopted"
    case .implemented: "Implemented"
    case .expired: "Expired"
    }
  }

  /// A GPC sector, subsector or reference number by its sector, except V.1/V.3 → Agriculture
  /// and V.2 → LULUCF; V at sector level → both. Nil for a code that names no sector.
  public static func sectors(ofGPC code: String) -> [String] {
    let parts = code.split(separator: ".")
    switch parts.first {
    case "I": return ["Energy"]
    case "II": return ["Transport"]
    case "III": return ["Waste management"]
    case "IV": return ["Industrial processes and product use"]
    case "V":
      guard parts.count > 1 else { return ["Agriculture", "LULUCF"] }
      return parts[1] == "2" ? ["LULUCF"] : ["Agriculture"]
    case "VI": return ["Other"]
    default: return []
    }
  }

  /// The values in first-seen order without repeats.
  static func distinct(_ values: [String]) -> [String] {
    var seen = Set<String>()
    return values.filter { seen.insert($0).inserted }
  }
}
