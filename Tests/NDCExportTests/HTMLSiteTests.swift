@testable import NDCCore
@testable import NDCExport
import Testing

/// The maps, the readable axes and `html-site`'s pages, against the compiled DK corpus.
@Suite struct HTMLSiteTests {
  static let mapIDs = ["map-per-inhabitant", "map-change", "map-target"]

  /// The site in both languages, made once for the suite.
  static let sites: [Language: [String: String]] = {
    guard let doc = Fixture.document else { return [:] }
    var out: [Language: [String: String]] = [:]
    for language in Language.allCases {
      guard case .folder(let files) = Exporter.export(doc, as: .htmlSite, language: language) else { continue }
      out[language] = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.text) })
    }
    return out
  }()

  static func site(_ language: Language) throws -> [String: String] {
    try #require(sites[language], "html-site is a folder of pages")
  }

  static func count(_ needle: String, in text: some StringProtocol) -> Int { text.components(separatedBy: needle).count - 1 }

  static func between(_ start: String, _ end: String, in text: String) -> Substring? {
    guard let a = text.range(of: start), let b = text[a.upperBound...].range(of: end) else { return nil }
    return text[a.lowerBound..<b.upperBound]
  }

  @Test(arguments: Language.allCases)
  func everyMapDrawsThe98Municipalities(_ language: Language) throws {
    let doc = try #require(Fixture.document)
    for page in [HTMLReport.render(doc, language: language), try Self.site(language)["index.html"] ?? ""] {
      for id in Self.mapIDs {
        let map = try #require(Self.between("<figure class=\"map\" id=\"\(id)\"", "</figure>", in: page), "\(id)")
        #expect(Self.count("<path data-code=\"", in: map) == 98, "\(id)")
        #expect(map.contains("<title>København: "), "\(id)")
        #expect(map.contains("class=\"map-legend\""), "\(id)")
      }
    }
  }

  @Test func theMapsLinkToThePagesOnlyInTheSite() throws {
    let doc = try #require(Fixture.document)
    let single = HTMLReport.render(doc, language: .en)
    #expect(!single.contains("<a href=\"101.html\">"))
    let index = try #require(try Self.site(.en)["index.html"])
    #expect(index.contains("<a href=\"101.html\"><path data-code=\"101\""))
    #expect(index.contains("<a href=\"101.html\">København</a>"))
  }

  @Test(arguments: Language.allCases)
  func theMapTableGivesTheDocumentsFigures(_ language: Language) throws {
    let doc = try #require(Fixture.document)
    let page = HTMLReport.render(doc, language: language)
    let table = try #require(Self.between("<table class=\"alternative map-table\">", "</table>", in: page))
    let totals = doc.inventory.figures.filter { $0.level == .municipality && $0.gpc == "total" }
    let year = try #require(totals.map(\.year).max())
    var rows = 0
    for f in totals where f.year == year {
      let target = doc.targets.submitters.first { $0.code == f.code }?.counting2030
      var cells = "<td>\(f.code)</td><th scope=\"row\">\(f.name)</th><td>\(NumberText.format(f.tco2e, language))</td><td>\(NumberText.format(f.populationCovered, language))</td>"
      let perInhabitant = try #require(f.tco2e.divided(by: ExactDecimal(f.populationCovered), places: 2))
      cells += "<td>\(NumberText.format(perInhabitant, language))</td>"
      #expect(table.contains(cells), "\(f.code)")
      if let reduction = target?.reductionPercent {
        #expect(table.contains("<td>\(NumberText.percent(reduction, language))</td></tr>"), "\(f.code)")
      }
      rows += 1
    }
    #expect(rows == 98)
    #expect(Self.count("<tr><td>", in: table) == 98)
  }

  @Test func axesHaveRoundTicksInAScaledUnitAndTheLegendFollowsTheStack() throws {
    let doc = try #require(Fixture.document)
    let en = HTMLReport.render(doc, language: .en)
    let inventory = try #require(HTMLReportTests.figure("chart-inventory", in: en))
    #expect(inventory.contains("Unit: Mt CO2e"))
    for tick in ["0", "10", "20", "30", "40", "50"] { #expect(inventory.contains("text-anchor=\"end\">\(tick)</text>"), "\(tick)") }
    #expect(!inventory.contains("45,528,920.6</text>"), "no tick at the exact maximum")
    #expect(inventory.contains("<td>45,528,920.6</td>"), "the table keeps the exact figure")
    let legend = try #require(Self.between("<ul class=\"legend\">", "</ul>", in: String(inventory)))
    let v = try #require(legend.range(of: "V Agriculture")), i = try #require(legend.range(of: "I Stationary energy"))
    #expect(v.lowerBound < i.lowerBound, "the top of the stack comes first")
    let measures = try #require(HTMLReportTests.figure("chart-measures", in: en))
    let gross = try #require(measures.range(of: "Gross")), net = try #require(measures.range(of: "Net of overlaps"))
    #expect(gross.lowerBound < net.lowerBound, "grouped bars keep their order")
    let da = HTMLReport.render(doc, language: .da)
    #expect(try #require(HTMLReportTests.figure("chart-inventory", in: da)).contains("Enhed: mio. ton CO2e"))
    #expect(try #require(HTMLReportTests.figure("chart-finance", in: en)).contains("Unit: DKK"))
  }

  @Test func theSiteHasAPagePerCountedSubmitter() throws {
    let doc = try #require(Fixture.document)
    let site = try Self.site(.en)
    let counted = Set(doc.inputs.filter { $0.status.counts }.compactMap(\.submitter))
    #expect(Set(site.keys) == Set(counted.map { "\($0).html" } + ["index.html"]))
    #expect(site.count == 104)
    let index = try #require(site["index.html"])
    for code in counted where doc.geography.regions.contains(where: { $0.members.contains { $0.code == code } }) {
      #expect(index.contains("href=\"\(code).html\""), "the index links to \(code)")
    }
    for (name, page) in site where name != "index.html" {
      #expect(page.contains("<a href=\"index.html\">"), "\(name) links back")
      for forbidden in ["http://", "https://", "<script", "<link", "<img", "url(", "@import", "src="] {
        #expect(!page.lowercased().contains(forbidden), "\(name): \(forbidden)")
      }
    }
  }

  @Test(arguments: Language.allCases)
  func aMunicipalitysPageShowsItsOwnFigures(_ language: Language) throws {
    let doc = try #require(Fixture.document)
    let site = try Self.site(language)
    for code in ["101", "400", "851"] {
      let page = try #require(site["\(code).html"], "\(code)")
      for f in doc.inventory.figures where f.level == .municipality && f.code == code && f.gpc != "total" {
        #expect(page.contains("<td>\(NumberText.format(f.tco2e, language))</td>"), "\(code) \(f.year) \(f.gpc)")
      }
      let region = try #require(doc.targets.submitters.first { $0.code == code }?.region)
      #expect(page.contains("<a href=\"\(region).html\">"), "\(code) links to its region")
      let targets = try #require(doc.targets.submitters.first { $0.code == code })
      for t in targets.targets { #expect(page.contains("<td class=\"text\">\(t.targetId)</td>"), "\(code) \(t.targetId)") }
      let counting = try #require(targets.counting2030?.implied2030)
      #expect(page.contains(NumberText.format(counting, language)))
      let measures = try #require(doc.measures.submitters.first { $0.code == code })
      for m in measures.measures {
        for s in m.settled {
          #expect(page.contains("<td>\(NumberText.format(s.gross, language))</td><td>\(NumberText.format(s.removed, language))</td><td>\(NumberText.format(s.net, language))</td>"), "\(code) \(m.measure.measureId) \(s.year)")
        }
      }
      for r in doc.renewables where r.submitter == code { #expect(page.contains("<td>\(NumberText.format(r.capacityMW, language))</td>")) }
      for b in doc.barriers { for r in b.requests where r.submitter == code { #expect(page.contains(r.barrierId)) } }
      #expect(!page.contains("⟦"))
    }
    // A region's page links to its members that have pages.
    let regionCode = try #require(doc.targets.submitters.first { $0.code == "101" }?.region)
    let regionPage = try #require(site["\(regionCode).html"])
    #expect(regionPage.contains("<a href=\"101.html\">"))
  }

  @Test func bothLanguagesAreCompleteOnEveryPage() throws {
    let en = try Self.site(.en), da = try Self.site(.da)
    #expect(Set(en.keys) == Set(da.keys))
    for (name, page) in en {
      #expect(!page.contains("⟦"), "en \(name)")
      #expect(!(da[name] ?? "⟦").contains("⟦"), "da \(name)")
      #expect(page != da[name], "\(name)")
    }
  }
}

/// Submitted text on the report's pages is shown as it was submitted and cannot rearrange
/// them (decision 244).
@Suite struct HTMLSubmittedTextTests {
  /// The DK document with København's counting 2030 target renamed `id`.
  static func document(targetId id: String) throws -> ContributionDocument {
    var doc = try #require(Fixture.document)
    let i = try #require(doc.targets.submitters.firstIndex { $0.code == "101" && $0.counting2030 != nil })
    doc.targets.submitters[i].counting2030!.targetId = id
    return doc
  }

  @Test(arguments: Language.allCases)
  func aPlaceholderInASubmittedIdStaysText(_ language: Language) throws {
    let doc = try Self.document(targetId: "T-2030 {implied} {percent}")
    var pages: Set<String> = []
    // The placeholders were filled in the order of a dictionary: the page differed between runs.
    for _ in 0..<6 {
      guard case .folder(let files) = Exporter.export(doc, as: .htmlSite, language: language) else { Issue.record("a folder"); return }
      pages.insert(try #require(files.first { $0.name == "101.html" }).text)
    }
    #expect(pages.count == 1)
    #expect(pages.first?.contains("T-2030 {implied} {percent}:") == true)
    #expect(TextTemplate.fill("{a} and {b}", ["a": "{b}", "b": "2"]) == "{b} and 2")
    #expect(TextTemplate.fill("{a} {unknown} {", ["a": "1"]) == "1 {unknown} {")

    // Within one process the pages above are the same whatever the filling; the order of a
    // dictionary's names changes with its capacity, so the same values in dictionaries of
    // every capacity from 2 to 64 must give one text.
    var texts: Set<String> = []
    for capacity in 2...64 {
      var values = [String: String](minimumCapacity: capacity)
      values["id"] = "T-2030 {implied}"
      values["implied"] = "595"
      values["percent"] = "65"
      values["unit"] = "t"
      texts.insert(Catalogue.text("site.counting", language, values))
    }
    #expect(texts.count == 1)
    #expect(texts.first?.contains("T-2030 {implied}:") == true)
  }

  @Test func directionControlsInSubmittedTextAreShownAsReplacementCharacters() throws {
    let doc = try Self.document(targetId: "T-2030\u{202E}\u{2067}")
    guard case .folder(let files) = Exporter.export(doc, as: .htmlSite, language: .en) else { Issue.record("a folder"); return }
    let page = try #require(files.first { $0.name == "101.html" }).text
    #expect(page.contains("T-2030\u{FFFD}\u{FFFD}"))
    #expect(!page.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
  }
}
