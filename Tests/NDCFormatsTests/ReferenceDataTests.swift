import Foundation
@testable import NDCCore
import Testing

@testable import NDCFormats

@Suite("Reference data")
struct ReferenceDataTests {
  static func date(_ text: String) -> CalendarDate { CalendarDate(text)! }

  @Test func shippedDataLoadsWithAllMunicipalitiesAndRegions() throws {
    let reference = try ReferenceDataLoader.shipped()
    #expect(reference.formatVersion == "1.1")
    #expect(reference.edition == "2026-12-05")
    #expect(reference.country == Country(code: "DK", name: "Danmark", nameEnglish: "Denmark"))
    #expect(reference.municipalities.count == 98)
    #expect(reference.regions(on: Self.date("2025-12-31")).count == 5)
    #expect(reference.municipality("101", on: Self.date("2025-12-31"))?.nameEnglish == "Copenhagen")
    #expect(reference.municipality("147", on: Self.date("2025-12-31"))?.nameEnglish == "Frederiksberg")
  }

  @Test func registerPopulationOfThe98SumsToTheOfficialTotal() throws {
    let reference = try ReferenceDataLoader.shipped()
    #expect(reference.municipalities.map(\.population).reduce(0, +) == 6_025_511)
    #expect(reference.municipalities.allSatisfy { $0.populationDate == Self.date("2026-01-01") })
  }

  @Test func eastDenmarkReplacesTwoRegionsFrom2027() throws {
    let reference = try ReferenceDataLoader.shipped()
    let after = Self.date("2027-06-30")
    #expect(reference.regions(on: after).map(\.code) == ["1081", "1082", "1083", "1086"])
    #expect(reference.members(ofRegion: "1086", on: after).count == 46)
    #expect(reference.region("1086", on: after)?.provisional == true)
    #expect(reference.successor(ofRegion: "1084", on: after)?.code == "1086")
    #expect(reference.successor(ofRegion: "1085", on: after)?.code == "1086")
    let before = Self.date("2025-12-31")
    #expect(reference.regions(on: before).map(\.code) == ["1081", "1082", "1083", "1084", "1085"])
    #expect(reference.members(ofRegion: "1084", on: before).count == 29)
    #expect(reference.members(ofRegion: "1086", on: before).isEmpty)
    #expect(reference.regionCode(ofMunicipality: "101", on: Self.date("2026-12-31")) == "1084")
    #expect(reference.regionCode(ofMunicipality: "101", on: Self.date("2027-01-01")) == "1086")
    #expect(reference.regionCode(ofMunicipality: "851", on: after) == "1081")
  }

  @Test func cycleGWPAndNationalTables() throws {
    let reference = try ReferenceDataLoader.shipped()
    let cycle = try #require(reference.cycle("NDC2025"))
    #expect(cycle.referenceDate == Self.date("2025-12-31"))
    #expect(cycle.rulePack == "NDC2025-1")
    #expect(cycle.gwp == .ar5)
    let ar5 = try #require(reference.gwpTable(.ar5))
    #expect(ar5.factors[.ch4] == ExactDecimal(28))
    #expect(ar5.factors[.hfcs] == .one)
    #expect(reference.gwpTable(.ar6)?.factors[.ch4] == ExactDecimal("27.9"))
    #expect(reference.national.baseline1990 == ExactDecimal(79_200_000))
    #expect(reference.national.reductionPercent2030 == ExactDecimal(70))
  }

  @Test func gpcTableFollowsTheScopeRules() throws {
    let reference = try ReferenceDataLoader.shipped()
    func scope(_ code: String) -> Int? { reference.gpcCode(code)?.scope }
    #expect(scope("I.1.2") == 2)
    #expect(scope("I.4.4") == 1)
    #expect(scope("II.4.3") == 3)
    #expect(scope("III.2.2") == 3)
    #expect(scope("III.2.3") == 1)
    #expect(scope("V.2") == 1)
    #expect(reference.gpcCode("I.7.2") == nil)
    #expect(reference.gpcCode("I")?.scope == nil)
    #expect(reference.gpcCode("I.3")?.territorial == true)
    #expect(reference.gpcCode("VI")?.territorial == false)
    #expect(reference.gpcCode("III.1.2")?.territorial == false)
  }

  // MARK: Refused files

  static func shippedText() throws -> String {
    let url = try #require(ReferenceDataLoader.shippedURL)
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// A file is decoded where its bytes were read (no copy): the same reference data as the
  /// bytes decoded from memory, and an empty file is refused as JSON, naming the file.
  @Test func aFileLoadsAsItsBytesDecodeAndAnEmptyFileIsRefused() throws {
    let text = try Self.shippedText()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-ref-\(UUID().uuidString).json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let loaded = try ReferenceDataLoader.load(path: url.path)
    let decoded = try ReferenceDataLoader.decode(Data(text.utf8), path: "memory")
    #expect(loaded.edition == decoded.edition && loaded.country == decoded.country)
    #expect(loaded.municipalities == decoded.municipalities && loaded.memberships == decoded.memberships)
    #expect(loaded.gwpTables == decoded.gwpTables && loaded.cycles == decoded.cycles)
    let empty = try #require(try Self.refusal(of: ""))
    #expect(empty.message.contains("not valid JSON"), "\(empty.message)")
  }

  static func refusal(of text: String) throws -> ReferenceDataError? {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-reference-\(UUID().uuidString).json").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      _ = try ReferenceDataLoader.load(path: path)
      return nil
    } catch {
      #expect(error.path == path)
      #expect(error.description.contains(path))
      return error
    }
  }

  @Test func aCopyOfTheShippedFileLoads() throws {
    #expect(try Self.refusal(of: Self.shippedText()) == nil)
  }

  @Test func malformedJSONIsRefusedNamingThePath() throws {
    let error = try #require(try Self.refusal(of: "{\"formatVersion\": \"1.0\", "))
    #expect(error.message.contains("JSON"))
  }

  /// The message refusing the shipped file with `old` replaced by `new` (nil if it loads).
  static func refusalMessage(replacing old: String, with new: String) throws -> String? {
    let text = try shippedText().replacingOccurrences(of: old, with: new)
    #expect(text != (try shippedText()), "`\(old)` is not in the shipped file")
    return try refusal(of: text)?.message
  }

  @Test func danglingMembershipIsRefused() throws {
    let message = try #require(try Self.refusalMessage(replacing: "\"municipality\": \"101\"", with: "\"municipality\": \"999\""))
    #expect(message.contains("999"))
    #expect(message.contains("memberships"))
  }

  @Test func membershipInAnUnknownRegionIsRefused() throws {
    let message = try #require(
      try Self.refusalMessage(
        replacing: "\"municipality\": \"101\",\n        \"region\": \"1084\"",
        with: "\"municipality\": \"101\",\n        \"region\": \"1099\""))
    #expect(message.contains("memberships.rows[0]"))
    #expect(message.contains("region `1099` is not in `regions`"))
  }

  @Test func membershipOutsideItsRegionsValidityIsRefused() throws {
    // Municipality 101 in East Denmark from 2026, a year before the region exists.
    let message = try #require(
      try Self.refusalMessage(
        replacing: "\"region\": \"1086\",\n        \"validFrom\": \"2027-01-01\"",
        with: "\"region\": \"1086\",\n        \"validFrom\": \"2026-01-01\""))
    #expect(message.contains("region `1086` does not exist for the whole membership period"))
  }

  @Test func cycleNamingAnUnknownGWPTableIsRefused() throws {
    let text = try Self.shippedText().replacingOccurrences(of: "\"gwp\": \"AR5\"", with: "\"gwp\": \"AR9\"")
    let error = try #require(try Self.refusal(of: text))
    #expect(error.message.contains("AR9"))
  }

  @Test func decimalWrittenAsNumberOrBadDateIsRefused() throws {
    let number = try Self.shippedText().replacingOccurrences(of: "\"CH4\": \"28\"", with: "\"CH4\": 28")
    #expect(try Self.refusal(of: number) != nil)
    let badDate = try Self.shippedText().replacingOccurrences(of: "\"2025-12-31\"", with: "\"2025-02-30\"")
    let error = try #require(try Self.refusal(of: badDate))
    #expect(error.message.contains("2025-02-30"))
  }

  @Test func unknownSuccessorIsRefused() throws {
    let text = try Self.shippedText().replacingOccurrences(of: "\"successor\": \"1086\"", with: "\"successor\": \"1099\"")
    let error = try #require(try Self.refusal(of: text))
    #expect(error.message.contains("1099"))
  }

  /// Format 1.1 names the nation; a 1.0 file (written for Denmark only) still loads, as Denmark.
  @Test func anotherCountrysPackNamesItsNation() throws {
    let text = try Self.shippedText().replacingOccurrences(
      of: "\"code\": \"DK\",\n    \"name\": \"Danmark\",\n    \"nameEnglish\": \"Denmark\"",
      with: "\"code\": \"SE\",\n    \"name\": \"Sverige\",\n    \"nameEnglish\": \"Sweden\"")
    #expect(text != (try Self.shippedText()))
    #expect(try Self.refusal(of: text) == nil)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-ref-\(UUID().uuidString).json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try ReferenceDataLoader.load(path: url.path).country.code == "SE")
  }

  @Test func formatOneZeroWithoutCountryLoadsAsDenmark() throws {
    var text = try Self.shippedText().replacingOccurrences(of: "\"formatVersion\": \"1.1\"", with: "\"formatVersion\": \"1.0\"")
    let start = try #require(text.range(of: "  \"country\": {"))
    let end = try #require(text.range(of: "},\n", range: start.upperBound..<text.endIndex))
    text.removeSubrange(start.lowerBound..<end.upperBound)
    #expect(!text.contains("\"country\""))
    #expect(try Self.refusal(of: text) == nil)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-ref-\(UUID().uuidString).json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try ReferenceDataLoader.load(path: url.path).country == Country(code: "DK", name: "Danmark", nameEnglish: "Denmark"))
  }

  @Test func formatOneOneWithoutCountryOrWithABadCodeIsRefused() throws {
    let text = try Self.shippedText()
    let start = try #require(text.range(of: "  \"country\": {"))
    let end = try #require(text.range(of: "},\n", range: start.upperBound..<text.endIndex))
    var without = text
    without.removeSubrange(start.lowerBound..<end.upperBound)
    #expect(try Self.refusal(of: without)?.message.contains("country: is required in format 1.1") == true)
    let message = try #require(try Self.refusalMessage(replacing: "\"code\": \"DK\"", with: "\"code\": \"dk1\""))
    #expect(message.contains("country.code"))
    let unknown = try #require(try Self.refusalMessage(replacing: "\"formatVersion\": \"1.1\"", with: "\"formatVersion\": \"2.0\""))
    #expect(unknown.contains("1.0 and 1.1"))
  }
}
