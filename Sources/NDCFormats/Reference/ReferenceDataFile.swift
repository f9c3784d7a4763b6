/// The JSON form of the reference-data file (docs/reference-data.md), as Codable values.
/// Decimals are JSON strings; dates are `YYYY-MM-DD` strings; absent and `null` are the same.
/// Converting to the model (`ReferenceData`) and checking the content is
/// `ReferenceDataValidator`'s job.
struct ReferenceDataFile: Decodable {
  var formatVersion: String
  var edition: String
  var sources: [SourceRow]
  var municipalities: Table<MunicipalityRow>
  var regions: Table<RegionRow>
  var memberships: Table<MembershipRow>
  var cycles: Table<CycleRow>
  var gpc: Table<GPCRow>
  var gwpTables: [GWPTableRow]
  var national: NationalRow
  /// Format 1.1; absent in 1.0 files.
  var country: CountryRow?

  /// A table: the ids of the sources it comes from, and its rows.
  struct Table<Row: Decodable>: Decodable {
    var sources: [String]
    var rows: [Row]
  }

  struct SourceRow: Decodable {
    var id: String
    var publisher: String
    var title: String
    var date: String
    var url: String?
  }

  struct MunicipalityRow: Decodable {
    var code: String
    var name: String
    var nameASCII: String
    var nameEnglish: String
    var population: Int
    var populationDate: String
    var validFrom: String?
    var validTo: String?
  }

  struct RegionRow: Decodable {
    var code: String
    var name: String
    var nameASCII: String
    var nameEnglish: String
    var nuts2: String?
    var validFrom: String?
    var validTo: String?
    var provisional: Bool?
    var successor: String?
  }

  struct MembershipRow: Decodable {
    var municipality: String
    var region: String
    var validFrom: String?
    var validTo: String?
  }

  struct CycleRow: Decodable {
    var id: String
    var referenceDate: String
    var rulePack: String
    var gwp: String
  }

  struct GPCRow: Decodable {
    var code: String
    var parent: String?
    var level: String
    var scope: Int?
    var territorial: Bool
    var title: String
  }

  struct GWPTableRow: Decodable {
    var id: String
    var sources: [String]
    var citation: String
    var factors: [String: String]
  }

  struct CountryRow: Decodable {
    var code: String
    var name: String
    var nameEnglish: String
  }

  struct NationalRow: Decodable {
    var sources: [String]
    var citation: String
    var reductionPercent2030: String
    var reductionBaseYear: Int
    var neutralityYearLaw: Int
    var neutralityYearAim: Int
    var baseline1990: String
    var baselineEdition: String
  }
}
