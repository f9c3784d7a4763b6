import Foundation
import NDCCore

/// The real municipal emissions (Energistyrelsen's Energi- og CO2-regnskab) from
/// `reference/source/dk-municipal-emissions-2018-2023.csv`: code → year → ENS sector → tCO2e,
/// the decimals exactly as written in the file.
struct FixtureEmissions {
  /// The ENS sectors in GPC order, with the GPC sector each maps to (SUBMISSION.md).
  static let sectors: [(ens: String, gpc: String)] = [
    ("energi", "I"), ("transport", "II"), ("affald", "III"), ("industri", "IV"), ("landbrug", "V"),
  ]

  private(set) var figures: [String: [Int: [String: ExactDecimal]]] = [:]

  init(path: String) throws(FixtureError) {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
      throw FixtureError("\(path): cannot be read as UTF-8")
    }
    let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    guard lines.first == "code,name,year,sector,tco2e" else {
      throw FixtureError("\(path): expected the header code,name,year,sector,tco2e")
    }
    for (number, line) in lines.dropFirst().enumerated() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false)
      guard fields.count == 5, let year = Int(fields[2]), let amount = ExactDecimal(fields[4]) else {
        throw FixtureError("\(path):\(number + 2): expected code,name,year,sector,tco2e")
      }
      figures[String(fields[0]), default: [:]][year, default: [:]][String(fields[3])] = amount
    }
  }

  /// The years reported for a municipality, ascending.
  func years(of code: String) -> [Int] { (figures[code]?.keys).map { $0.sorted() } ?? [] }

  func amount(_ code: String, _ year: Int, _ ensSector: String) -> ExactDecimal? { figures[code]?[year]?[ensSector] }

  /// The sum of the five sectors (not the file's rounded `total` row).
  func sectorSum(_ code: String, _ year: Int) -> ExactDecimal {
    Self.sectors.compactMap { amount(code, year, $0.ens) }.sum()
  }
}

struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
