import Foundation
import NDCCore

/// The Danish Energy Agency's municipal emission accounts (Energistyrelsen, Energi- og
/// CO2-regnskabet), 2018–2023, as shipped with the tool (`Resources/dk-municipal-emissions-2018-2023.csv`,
/// a copy of `reference/source/`): code → year → ENS sector → tCO2e, the decimals exactly as
/// written. Fixtures (`ndc-dev gen-fixtures`) and `ndc template` read them through this type.
public struct MunicipalAccounts: Sendable {
  /// The ENS sectors in GPC order, with the GPC sector each maps to (SUBMISSION.md).
  public static let sectors: [(ens: String, gpc: String)] = [
    ("energi", "I"), ("transport", "II"), ("affald", "III"), ("industri", "IV"), ("landbrug", "V"),
  ]

  /// The data source a submission built from these accounts names, dated by its edition.
  public static let source = DataSource.with {
    $0.sourceId = "ENS"
    $0.publisher = "Energistyrelsen"
    $0.title = "Energi- og CO2-regnskabet"
    $0.edition = "2025"
    $0.url = "https://sparenergi.dk/offentlig/vaerktoejer/energi-og-co2-regnskab"
  }

  public static let header = "code,name,year,sector,tco2e"

  private(set) var figures: [String: [Int: [String: ExactDecimal]]] = [:]

  /// The accounts shipped with the tool.
  public static func shipped() throws(AccountsError) -> MunicipalAccounts {
    guard let url = Bundle.module.url(forResource: "dk-municipal-emissions-2018-2023", withExtension: "csv"),
      let data = try? Data(contentsOf: url)
    else { throw AccountsError("the shipped municipal accounts are missing") }
    return try MunicipalAccounts(csv: data, name: url.lastPathComponent)
  }

  /// Reads a CSV file `code,name,year,sector,tco2e`.
  public init(path: String) throws(AccountsError) {
    guard let data = FileManager.default.contents(atPath: path) else { throw AccountsError("\(path): cannot be read") }
    try self.init(csv: data, name: path)
  }

  public init(csv data: Data, name: String) throws(AccountsError) {
    guard let text = String(data: data, encoding: .utf8) else { throw AccountsError("\(name): not UTF-8") }
    let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    guard lines.first.map(String.init) == Self.header else { throw AccountsError("\(name): expected the header \(Self.header)") }
    for (number, line) in lines.dropFirst().enumerated() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      guard fields.count == 5, let year = Int(fields[2]), let amount = ExactDecimal(fields[4]) else {
        throw AccountsError("\(name):\(number + 2): expected \(Self.header)")
      }
      figures[String(fields[0]), default: [:]][year, default: [:]][String(fields[3])] = amount
    }
  }

  /// The municipality codes the accounts hold, ascending.
  public var codes: [String] { figures.keys.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) } }

  /// The years reported for a municipality, ascending.
  public func years(of code: String) -> [Int] { (figures[code]?.keys).map { $0.sorted() } ?? [] }

  public func amount(_ code: String, _ year: Int, _ ensSector: String) -> ExactDecimal? { figures[code]?[year]?[ensSector] }

  /// The sum of the five sectors (not the file's rounded `total` row).
  public func sectorSum(_ code: String, _ year: Int) -> ExactDecimal {
    Self.sectors.compactMap { amount(code, year, $0.ens) }.sum()
  }

  /// A municipality's inventory: every year of the accounts, each ENS sector as its GPC sector
  /// in CO2e, amounts as written, citing `source`; `baseYear` marked as the base year.
  public func inventory(of code: String, baseYear: Int) throws(AccountsError) -> Inventory {
    let years = years(of: code)
    guard years.contains(baseYear) else { throw AccountsError("no \(baseYear) emissions for municipality \(code)") }
    let inventoryYears = try years.map { (year) throws(AccountsError) in
      let entries = try Self.sectors.map { (sector) throws(AccountsError) in
        guard let amount = amount(code, year, sector.ens) else {
          throw AccountsError("no \(sector.ens) figure for municipality \(code) in \(year)")
        }
        return InventoryEntry.with {
          $0.gpc = sector.gpc
          $0.gas = .co2e
          $0.amount = amount
          $0.sourceRef = Self.source.sourceId
        }
      }
      return InventoryYear.with { $0.year = year; $0.baseYear = year == baseYear; $0.entries = entries }
    }
    return Inventory.with {
      $0.methodology = .ens
      $0.gwp = .ar5
      $0.boundary = .territorial
      $0.years = inventoryYears
    }
  }
}

public struct AccountsError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}
