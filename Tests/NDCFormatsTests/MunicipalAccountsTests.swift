import Foundation
@testable import NDCCore
import NDCDocument
import NDCFormats
import NDCTestSupport
import Testing

/// `ndc template`'s starting point: the accounts shipped with the tool, read into each
/// municipality's inventory.
@Suite struct MunicipalAccountsTests {
  static let csv = PackageRoot.file("reference/source/dk-municipal-emissions-2018-2023.csv")
  static let gpcOf = ["energi": "I", "transport": "II", "affald": "III", "industri": "IV", "landbrug": "V"]

  /// The source file read independently of `MunicipalAccounts`: (code, year, GPC) → amount text.
  static func sourceRows() throws -> [String: String] {
    var rows: [String: String] = [:]
    for line in try String(contentsOf: csv, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst() {
      let f = line.split(separator: ",").map(String.init)
      guard let gpc = gpcOf[f[3]] else { continue }  // the file's `total` rows are not entries
      rows["\(f[0]) \(f[2]) \(gpc)"] = f[4]
    }
    return rows
  }

  static func member(_ node: DocNode, _ name: String) -> DocNode? {
    guard case .object(let members) = node.value else { return nil }
    return members.first { $0.name == name }?.node
  }
  static func items(_ node: DocNode?) -> [DocNode] {
    guard let node, case .array(let items) = node.value else { return [] }
    return items
  }
  static func scalar(_ node: DocNode?) -> String? {
    switch node?.value {
    case .string(let s), .number(let s): s
    case .bool(let b): String(b)
    default: nil
    }
  }

  @Test func theShippedAccountsAreTheReferenceFile() throws {
    let shipped = PackageRoot.file("Sources/NDCFormats/Resources/dk-municipal-emissions-2018-2023.csv")
    #expect(try Data(contentsOf: shipped) == Data(contentsOf: Self.csv), "the resource is a copy of reference/source")
  }

  @Test func theTemplatesInventoryEqualsTheAccountsForEveryMunicipalityAndYear() throws {
    let accounts = try MunicipalAccounts.shipped()
    let source = try Self.sourceRows()
    let codes = Set(source.keys.map { String($0.prefix { $0 != " " }) })
    #expect(codes.count == 98)
    #expect(Set(accounts.codes) == codes)
    var checked = 0
    for code in codes {
      let doc = try SubmissionTemplate.fromAccounts(code: code, name: "N", cycle: "NDC2025", accounts: accounts)
      let inventory = try #require(Self.member(doc, "inventory"))
      #expect(Self.scalar(Self.member(inventory, "methodology")) == "ENS-CO2-regnskab")
      let years = Self.items(Self.member(inventory, "years"))
      #expect(years.compactMap { Self.scalar(Self.member($0, "year")) } == ["2018", "2019", "2020", "2021", "2022", "2023"], "\(code)")
      for y in years {
        let year = try #require(Self.scalar(Self.member(y, "year")))
        #expect(Self.scalar(Self.member(y, "baseYear")) == String(year == "2018"))
        let entries = Self.items(Self.member(y, "entries"))
        #expect(entries.count == 5)
        for e in entries {
          let gpc = try #require(Self.scalar(Self.member(e, "gpc")))
          let amount = try #require(Self.scalar(Self.member(e, "amount")).flatMap { ExactDecimal($0) })
          let expected = try #require(source["\(code) \(year) \(gpc)"].flatMap { ExactDecimal($0) }, "\(code) \(year) \(gpc)")
          #expect(amount == expected, "\(code) \(year) \(gpc)")
          #expect(Self.scalar(Self.member(e, "sourceRef")) == "ENS")
          #expect(Self.scalar(Self.member(e, "gas")) == "CO2e")
          checked += 1
        }
      }
      let target = try #require(Self.items(Self.member(doc, "targets")).first)
      let base = ["I", "II", "III", "IV", "V"].compactMap { source["\(code) 2018 \($0)"].flatMap { ExactDecimal($0) } }.sum()
      #expect(Self.scalar(Self.member(target, "baseYearEmissions")).flatMap { ExactDecimal($0) } == base, "\(code)")
      #expect(Self.member(target, "reductionPercent") == nil, "the reduction is the municipality's to fill in")
      #expect(Self.items(Self.member(doc, "measures")).count == 1)
    }
    #expect(checked == 98 * 6 * 5)
  }

  @Test func theSourceIsNamedAndDated() throws {
    let doc = try SubmissionTemplate.fromAccounts(code: "101", name: "København", cycle: "NDC2025", accounts: MunicipalAccounts.shipped())
    let source = try #require(Self.items(Self.member(doc, "dataSources")).first)
    #expect(Self.scalar(Self.member(source, "publisher")) == "Energistyrelsen")
    #expect(Self.scalar(Self.member(source, "edition")) == "2025")
    #expect(Self.scalar(Self.member(source, "sourceId")) == "ENS")
    let bare = SubmissionTemplate.skeleton(code: "101", level: .municipality, name: "København", cycle: "NDC2025")
    #expect(Self.member(bare, "inventory") == nil && Self.member(bare, "targets") == nil && Self.member(bare, "dataSources") == nil)
  }

  @Test func badAccountsAreRefused() throws {
    let good = "code,name,year,sector,tco2e\n101,K,2018,energi,1.5\n"
    #expect(throws: Never.self) { try MunicipalAccounts(csv: Data(good.utf8), name: "a.csv") }
    #expect(throws: AccountsError.self) { try MunicipalAccounts(csv: Data("code,year\n".utf8), name: "a.csv") }
    #expect(throws: AccountsError.self) { try MunicipalAccounts(csv: Data((good + "101,K,20x8,energi,1\n").utf8), name: "a.csv") }
    #expect(throws: AccountsError.self) { try MunicipalAccounts(csv: Data((good + "101,K,2018,energi,1e5\n").utf8), name: "a.csv") }
    #expect(throws: AccountsError.self) { try MunicipalAccounts(csv: Data([0xff, 0xfe]), name: "a.csv") }
    let accounts = try MunicipalAccounts(csv: Data(good.utf8), name: "a.csv")
    // A municipality missing a sector, or the base year, has no inventory to offer.
    #expect(throws: AccountsError.self) { try accounts.inventory(of: "101", baseYear: 2018) }
    #expect(throws: AccountsError.self) { try accounts.inventory(of: "999", baseYear: 2018) }
  }
}
