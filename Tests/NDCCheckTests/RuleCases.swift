@testable import NDCCore
@testable import NDCCheck

/// One change to the baseline and where a rule must (or must not) fire.
struct RuleCase: Sendable, CustomStringConvertible {
  var code: String
  var name: String
  /// The pointers the rule fires at; empty: it must not fire.
  var pointers: [String]
  var change: @Sendable (inout Submission) -> Void

  init(_ code: String, _ name: String, _ pointers: [String], _ change: @escaping @Sendable (inout Submission) -> Void) {
    self.code = code
    self.name = name
    self.pointers = pointers
    self.change = change
  }
  var description: String { "\(code) \(pointers.isEmpty ? "quiet" : "fires"): \(name)" }
}

typealias F = Fixture

extension RuleCase {
  static let identity: [RuleCase] = [
    .init("NDC-IDN-001", "unknown code", ["/submitter/code"]) { $0.submitter.code = "999" },
    .init("NDC-IDN-001", "Østdanmark before 2027", ["/submitter/code"]) {
      $0.submitter = Submitter(level: .region, code: "1086", name: "Region Østdanmark"); $0.inventory = nil
    },
    .init("NDC-IDN-001", "Hovedstaden on the reference date", []) {
      $0.submitter = Submitter(level: .region, code: "1084", name: "Region Hovedstaden"); $0.inventory = nil
    },
    .init("NDC-IDN-002", "region level for a municipality", ["/submitter/level"]) { $0.submitter.level = .region },
    .init("NDC-IDN-002", "municipality level for a region", ["/submitter/level"]) {
      $0.submitter = Submitter(level: .municipality, code: "1084", name: "Region Hovedstaden")
    },
    .init("NDC-IDN-003", "another municipality's name", ["/submitter/name"]) { $0.submitter.name = "Aarhus Kommune" },
    .init("NDC-IDN-003", "ASCII spelling", []) { $0.submitter.name = "KOEBENHAVN" },
    .init("NDC-IDN-003", "English name", []) { $0.submitter.name = "Copenhagen" },
    .init("NDC-IDN-003", "English region name", []) {
      $0.submitter = Submitter(level: .region, code: "1084", name: "Capital Region of Denmark"); $0.inventory = nil
    },
    .init("NDC-IDN-004", "unknown cycle", ["/cycle"]) { $0.cycle = "NDC2024" },
  ]

  static let plan: [RuleCase] = [
    .init("NDC-PLN-001", "adopted without date", ["/plan"]) { $0.plan.adoptedOn = nil },
    .init("NDC-PLN-001", "draft without date", []) { $0.plan.adoptedOn = nil; $0.plan.status = .draft },
    .init("NDC-PLN-002", "adopted the day after submission", ["/plan/adoptedOn"]) { $0.plan.adoptedOn = F.date("2026-03-02") },
    .init("NDC-PLN-002", "adopted on the submission day", []) { $0.plan.adoptedOn = F.date("2026-03-01") },
  ]

  static let inventory: [RuleCase] = [
    .init("NDC-INV-001", "municipality without inventory", [""]) { $0.inventory = nil },
    .init("NDC-INV-001", "region without inventory", []) {
      $0.submitter = Submitter(level: .region, code: "1084", name: "Region Hovedstaden"); $0.inventory = nil
    },
    .init("NDC-INV-002", "no base year", ["/inventory/years"]) { $0.inventory!.years[0].baseYear = false },
    .init("NDC-INV-002", "two base years", ["/inventory/years/1/baseYear"]) { $0.inventory!.years[1].baseYear = true },
    .init("NDC-INV-003", "a year twice", ["/inventory/years/1/year"]) { $0.inventory!.years[1].year = 2018 },
    .init("NDC-INV-004", "year after submittedAt's", ["/inventory/years/1/year"]) { $0.inventory!.years[1].year = 2027 },
    .init("NDC-INV-004", "year of submittedAt", []) { $0.inventory!.years[1].year = 2026 },
    .init("NDC-INV-005", "sector and subsector", ["/inventory/years/0/entries/4/gpc"]) {
      $0.inventory!.years[0].entries.append(F.entry("I.1", "5"))
    },
    .init("NDC-INV-005", "subsectors only", []) {
      $0.inventory!.years[0].entries[0] = F.entry("I.1", "600000")
      $0.inventory!.years[0].entries.append(F.entry("I.2", "400000"))
    },
    .init("NDC-INV-005", "a sector at three entries of another level: once a year", ["/inventory/years/0/entries/4/gpc"]) {
      $0.inventory!.years[0].entries += [F.entry("I.1", "5"), F.entry("I.2", "5"), F.entry("I.1.1", "5")]
    },
    .init("NDC-INV-006", "CO2e and per gas", ["/inventory/years/0/entries/4/gas"]) {
      $0.inventory!.years[0].entries.append(F.entry("I", "5", .ch4))
    },
    .init("NDC-INV-006", "CO2e and two gases: once a year", ["/inventory/years/0/entries/4/gas"]) {
      $0.inventory!.years[0].entries += [F.entry("I", "5", .ch4), F.entry("I", "5", .n2o)]
    },
    .init("NDC-INV-006", "per gas only", []) {
      $0.inventory!.years[0].entries[0] = F.entry("I", "600000", .co2)
      $0.inventory!.years[0].entries.append(F.entry("I", "40", .ch4))
    },
    .init("NDC-INV-007", "the same entry twice", ["/inventory/years/0/entries/4"]) {
      $0.inventory!.years[0].entries.append(F.entry("II", "1"))
    },
    .init("NDC-INV-008", "amount and notation key", ["/inventory/years/0/entries/0/notationKey"]) {
      $0.inventory!.years[0].entries[0].notationKey = .notOccurring
    },
    .init("NDC-INV-008", "neither", ["/inventory/years/0/entries/0"]) { $0.inventory!.years[0].entries[0].amount = nil },
    .init("NDC-INV-009", "IE without explanation", ["/inventory/years/0/entries/2"]) {
      $0.inventory!.years[0].entries[2] = InventoryEntry(gpc: "III", gas: .co2e, notationKey: .includedElsewhere)
    },
    .init("NDC-INV-009", "IE with explanation", []) {
      $0.inventory!.years[0].entries[2] = InventoryEntry(gpc: "III", gas: .co2e, notationKey: .includedElsewhere, explanation: "in I")
    },
    .init("NDC-INV-009", "NO needs none", []) {
      $0.inventory!.years[0].entries[2] = InventoryEntry(gpc: "III", gas: .co2e, notationKey: .notOccurring)
    },
    .init("NDC-INV-010", "unknown source", ["/inventory/years/0/entries/0/sourceRef"]) {
      $0.inventory!.years[0].entries[0].sourceRef = "dst"
    },
    .init("NDC-INV-011", "negative methane", ["/inventory/years/0/entries/3/amount"]) {
      $0.inventory!.years[0].entries[3] = F.entry("V", "-1", .ch4)
    },
    .init("NDC-INV-011", "negative CO2 (a sink) is fine", []) {
      $0.inventory!.years[0].entries[3] = F.entry("V", "-50000", .co2)
    },
    .init("NDC-INV-012", "AR6 with CO2e", ["/inventory/gwp"]) { $0.inventory!.gwp = .ar6 },
    .init("NDC-INV-012", "AR6 per gas", []) { s in
      s.inventory!.gwp = .ar6
      for y in s.inventory!.years.indices { for e in s.inventory!.years[y].entries.indices { s.inventory!.years[y].entries[e].gas = .co2 } }
    },
    .init("NDC-INV-013", "AR6 per gas", ["/inventory/gwp"]) { s in
      s.inventory!.gwp = .ar6
      for y in s.inventory!.years.indices { for e in s.inventory!.years[y].entries.indices { s.inventory!.years[y].entries[e].gas = .co2 } }
    },
    .init("NDC-INV-013", "AR6 with CO2e", []) { $0.inventory!.gwp = .ar6 },
    .init("NDC-INV-014", "waste missing", ["/inventory/years/1/entries"]) { $0.inventory!.years[1].entries.remove(at: 2) },
    .init("NDC-INV-014", "waste as NO", []) {
      $0.inventory!.years[1].entries[2] = InventoryEntry(gpc: "III", gas: .co2e, notationKey: .notOccurring)
    },
    .init("NDC-INV-015", "unknown GPC code", ["/inventory/years/0/entries/0/gpc"]) { $0.inventory!.years[0].entries[0].gpc = "I.9" },
  ]
}
