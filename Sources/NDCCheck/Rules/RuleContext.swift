import NDCCore

/// What a per-file rule sees: the submission, the reference data and the submission's cycle
/// when the reference data knows it, with the inventory's totals computed once.
public struct RuleContext: Sendable {
  public let submission: Submission
  public let reference: ReferenceData
  /// The submission's cycle, nil when unknown (cycle-dependent rules do not run then).
  public let cycle: Cycle?
  /// Totals per inventory year, nil without an inventory.
  public let figures: InventoryFigures?

  public init(submission: Submission, reference: ReferenceData) {
    self.submission = submission
    self.reference = reference
    let cycle = reference.cycle(submission.cycle)
    self.cycle = cycle
    self.figures = submission.inventory.map {
      InventoryFigures($0, reference: reference, gwp: cycle.flatMap { reference.gwpTable($0.gwp) })
    }
  }

  /// The local date of `submittedAt`; every "after submission" rule compares with it.
  public var submittedOn: CalendarDate { submission.submittedAt.date }
  public var submittedYear: Int { submission.submittedAt.date.year }

  /// The submitter's register population and its date: the municipality's, or for a
  /// region the sum over its members on the cycle's reference date.
  public var registerPopulation: (count: Int, date: CalendarDate)? {
    switch submission.submitter.level {
    case .municipality:
      let date = cycle?.referenceDate
      let m = date.flatMap { reference.municipality(submission.submitter.code, on: $0) }
        ?? reference.anyMunicipality(submission.submitter.code)
      return m.map { ($0.population, $0.populationDate) }
    case .region:
      guard let date = cycle?.referenceDate else { return nil }
      let members = reference.members(ofRegion: submission.submitter.code, on: date)
      guard let first = members.first else { return nil }
      return (members.reduce(0) { $0 + $1.population }, first.populationDate)
    }
  }
}

/// Pointers into the submission, spelled once.
enum Pointers {
  static let inventory: JSONPointer = "/inventory"
  static func year(_ y: Int) -> JSONPointer { inventory / "years" / y }
  static func entry(_ y: Int, _ e: Int) -> JSONPointer { year(y) / "entries" / e }
  static func target(_ t: Int) -> JSONPointer { JSONPointer.root / "targets" / t }
  static func measure(_ m: Int) -> JSONPointer { JSONPointer.root / "measures" / m }
  static func effect(_ m: Int, _ e: Int) -> JSONPointer { measure(m) / "effects" / e }
  static func overlap(_ m: Int, _ o: Int) -> JSONPointer { measure(m) / "overlaps" / o }
}

extension ExactDecimal {
  /// The value with thousands separated by a thin space for messages (`1 650 000.5`).
  var grouped: String {
    let text = description
    let negative = text.hasPrefix("-")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", maxSplits: 1)
    var integer = String(parts[0])
    var groups: [String] = []
    while integer.count > 3 {
      groups.insert(String(integer.suffix(3)), at: 0)
      integer.removeLast(3)
    }
    groups.insert(integer, at: 0)
    return (negative ? "-" : "") + groups.joined(separator: " ") + (parts.count > 1 ? "." + parts[1] : "")
  }
}
