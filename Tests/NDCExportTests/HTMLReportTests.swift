@testable import NDCCore
import NDCExport
import Testing

@Suite struct HTMLReportTests {
  static let chartIDs = ["chart-inventory", "chart-regions", "chart-targets", "chart-measures", "chart-renewables", "chart-lowland", "chart-finance"]

  /// The text between `<figure … id="ID">` and its `</figure>`.
  static func figure(_ id: String, in page: String) -> Substring? {
    guard let start = page.range(of: "id=\"\(id)\"") else { return nil }
    guard let end = page[start.upperBound...].range(of: "</figure>") else { return nil }
    return page[start.lowerBound..<end.upperBound]
  }

  @Test(arguments: Language.allCases)
  func everyChartHasItsSVGWithATitleAUnitAndATable(_ language: Language) throws {
    let page = HTMLReport.render(try #require(Fixture.document), language: language)
    for id in Self.chartIDs {
      let figure = try #require(Self.figure(id, in: page), "\(id)")
      #expect(figure.contains("<svg role=\"img\" aria-labelledby=\"\(id)-title\""), "\(id)")
      #expect(figure.contains("<title id=\"\(id)-title\">"), "\(id)")
      #expect(figure.contains("<table class=\"alternative\""), "\(id)")
      #expect(figure.contains(Catalogue.text("unit.label", language, ["unit": ""]).trimmingSuffix()), "\(id)")
      #expect(figure.contains("<rect "), "\(id) draws bars")
    }
  }

  @Test func figuresShownEqualTheDocument() throws {
    let doc = try #require(Fixture.document)
    for language in Language.allCases {
      let page = HTMLReport.render(doc, language: language)
      for f in doc.inventory.figures where f.level == .nation && f.gpc != "total" {
        #expect(page.contains("<td>\(NumberText.format(f.tco2e, language))</td>"), "\(f.year) \(f.gpc)")
      }
      for f in doc.inventory.figures where f.level == .nation && f.gpc == "total" {
        #expect(page.contains("<td>\(NumberText.format(f.tco2e, language))</td>"), "total \(f.year)")
      }
      let s = doc.targets.synthesis
      #expect(page.contains("<td>\(NumberText.format(s.implied2030, language))</td>"))
      for t in doc.measures.totals where t.kind == .expected {
        #expect(page.contains("<td>\(NumberText.format(t.gross, language))</td><td>\(NumberText.format(t.net, language))</td>"), "\(t.year)")
      }
      let mw = doc.renewables.map(\.capacityMW).sum()
      #expect(mw.isPositive)
      #expect(page.contains(Catalogue.text("targets.note70", language, ["count": String(s.atLeast70Percent), "total": String(s.submitters.count)])))
    }
    #expect(HTMLReport.render(doc, language: .en).contains("NOT the national target of 70 % against 1990"))
    #expect(HTMLReport.render(doc, language: .da).contains("IKKE det nationale mål om 70 % i forhold til 1990"))
  }

  @Test func theCoverageTableListsThe98MunicipalitiesAnd5RegionsWithTheirStatus() throws {
    let doc = try #require(Fixture.document)
    let page = HTMLReport.render(doc, language: .en)
    let table = try #require(page.range(of: "<table class=\"coverage-table\">").map { page[$0.lowerBound...] })
    let rows = table.components(separatedBy: "<tr class=\"").count - 1
    #expect(rows == 103)
    #expect(page.contains("Coverage: 98 municipalities and 5 regions"))
  }

  @Test func thePageIsSelfContained() throws {
    let doc = try #require(Fixture.document)
    for language in Language.allCases {
      let page = HTMLReport.render(doc, language: language).lowercased()
      for forbidden in ["http://", "https://", "<script", "<link", "<img", "@import", "<iframe", "src="] {
        #expect(!page.contains(forbidden), "\(forbidden)")
      }
      // `url(` only for a fragment of the page itself (the maps' no-data pattern, decision 257).
      for use in page.components(separatedBy: "url(").dropFirst() {
        #expect(use.hasPrefix("#"), "url(\(use.prefix(40))")
      }
      #expect(page.contains("@media print"))
      #expect(page.hasPrefix("<!doctype html>\n<html lang=\"\(language.rawValue)\">"))
    }
  }

  @Test func bothLanguagesAreCompleteAndDifferent() throws {
    for (key, texts) in Catalogue.entries {
      #expect(!(texts[.en] ?? "").isEmpty, "\(key) en")
      #expect(!(texts[.da] ?? "").isEmpty, "\(key) da")
      if Catalogue.identicalInBothLanguages.contains(key) {
        #expect(texts[.en] == texts[.da], "\(key) is listed as identical but is not")
      } else {
        #expect(texts[.en] != texts[.da], "\(key) is not translated")
      }
    }
    let doc = try #require(Fixture.document)
    let en = HTMLReport.render(doc, language: .en), da = HTMLReport.render(doc, language: .da)
    #expect(en != da)
    #expect(!en.contains("⟦") && !da.contains("⟦"), "every key the page uses is in the catalogue")
    #expect(Catalogue.text("no.such.key", .en) == "⟦no.such.key⟧")
  }
}

extension String {
  fileprivate func trimmingSuffix() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
