import NDCCore
import NDCDocument
import NDCFormats

/// The fixture set `fixtures/dk/`: one valid submission per municipality and per region of the
/// cycle's reference date, named by code. Deterministic: the same reference data and emissions
/// give the same text on every run.
enum FixtureSet {
  static let cycleId = "NDC2025"

  struct File {
    var name: String
    var format: InputFormat
    var submission: Submission
    /// The canonical text (`SubmissionWriter`).
    var text: String { SubmissionWriter.write(submission, as: format) }
  }

  static func generate(reference: ReferenceData, emissions: MunicipalAccounts) throws(FixtureError) -> [File] {
    guard let cycle = reference.cycle(cycleId) else { throw FixtureError("the reference data has no cycle \(cycleId)") }
    let date = cycle.referenceDate
    let regions = reference.regions(on: date)
    let partners = Dictionary(uniqueKeysWithValues: regions.map { region in
      (region.code, reference.members(ofRegion: region.code, on: date).prefix(FixtureRegion.overlapPartners).map(\.code))
    })
    let partnerRegion = Dictionary(uniqueKeysWithValues: partners.flatMap { region, codes in codes.map { ($0, region) } })

    var files: [File] = []
    let municipalities = reference.municipalities.filter { $0.validity.contains(date) }
      .sorted { $0.code.numericallyPrecedes($1.code) }
    for municipality in municipalities {
      guard let regionCode = reference.regionCode(ofMunicipality: municipality.code, on: date) else {
        throw FixtureError("municipality \(municipality.code) has no region on \(date)")
      }
      let builder = FixtureMunicipality(
        municipality: municipality, regionCode: regionCode, emissions: emissions, overlapRegion: partnerRegion[municipality.code])
      let format: InputFormat = (Int(municipality.code) ?? 0) % 3 == 0 ? .xml : .json
      files.append(File(name: "\(municipality.code).\(format.rawValue)", format: format, submission: try builder.submission(cycle: cycleId)))
    }
    for (index, region) in regions.enumerated() {
      let format: InputFormat = index % 2 == 1 ? .xml : .json
      let builder = FixtureRegion(region: region, partners: partners[region.code] ?? [])
      files.append(File(name: "\(region.code).\(format.rawValue)", format: format, submission: builder.submission(cycle: cycleId)))
    }
    return files
  }
}
