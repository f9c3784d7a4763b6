import NDCCore
import NDCMap

/// `html-site`: the national report as `index.html` and one self-contained page per counted
/// submitter, `CODE.html`, linked both ways (and a municipality to its region's page when the
/// region has one).
public enum HTMLSite {
  public static func files(_ document: ContributionDocument, language: Language) -> [ExportFile] {
    let statuses = SubmitterStatus.list(document)
    let counted = statuses.filter { $0.status == InputStatus.counted.rawValue || $0.status == InputStatus.fallback.rawValue }
    let pages = Set(counted.map(\.code))
    var files = [ExportFile(name: "index.html", text: HTMLReport.render(document, language: language, linkPages: true))]
    for s in counted {
      files.append(ExportFile(name: "\(s.code).html", text: SubmitterPage(document: document, language: language, submitter: s, pages: pages).html()))
    }
    return files
  }
}

/// One counted submitter's page, from the document alone.
struct SubmitterPage {
  let document: ContributionDocument
  let language: Language
  let submitter: SubmitterStatus
  /// The codes that have a page.
  let pages: Set<String>

  func t(_ key: String, _ values: [String: String] = [:]) -> String { Catalogue.text(key, language, values) }
  func n(_ v: ExactDecimal?) -> String { v.map { HTMLText.escape(NumberText.format($0, language)) } ?? "–" }
  func p(_ v: ExactDecimal?) -> String { v.map { HTMLText.escape(NumberText.percent($0, language)) } ?? "–" }
  var code: String { submitter.code }
  var level: AreaLevel { submitter.level == .region ? .region : .municipality }

  /// A link to a submitter's page when it has one, else its name alone.
  func link(_ code: String, _ name: String) -> String {
    pages.contains(code) ? "<a href=\"\(HTMLText.escape(code)).html\">\(HTMLText.escape(name))</a>" : HTMLText.escape(name)
  }

  func name(of code: String) -> String {
    if let r = document.geography.regions.first(where: { $0.code == code }) { return r.name }
    for r in document.geography.regions { if let m = r.members.first(where: { $0.code == code }) { return m.name } }
    return code
  }

  func html() -> String {
    let e = HTMLText.escape
    let title = "\(submitter.name) (\(code))"
    var out = HTMLReport.head(title: "\(title) – \(t("page.title"))", language: language)
    out += "<nav class=\"crumbs\"><a href=\"index.html\">\(e(t("site.back")))</a>"
    if level == .municipality, !submitter.region.isEmpty {
      out += " · \(e(t("col.region"))): \(link(submitter.region, name(of: submitter.region)))"
    }
    out += "</nav>\n<header>\n<h1>\(e(title))</h1>\n"
    out += "<p class=\"subtitle\">\(e(t("level.\(submitter.level.rawValue)"))) · \(e(t("page.subtitle", ["cycle": document.header.cycle, "asOf": document.header.asOf.description, "compiledAt": document.header.compiledAt.description])))</p>\n"
    out += "<p class=\"source\">\(e(t(level == .region ? "site.sourceRegion" : "site.source")))</p>\n</header>\n"
    out += inventory() + perInhabitant() + targets() + measures() + projects() + adaptation() + barriers()
    if level == .region { out += members() }
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  private func section(_ id: String, _ title: String, _ body: String) -> String {
    "<section id=\"\(id)\">\n<h2>\(HTMLText.escape(title))</h2>\n\(body)</section>\n"
  }

  private func table(caption: String, headers: [String], rows: [[String]]) -> String {
    let e = HTMLText.escape
    guard !rows.isEmpty else { return "<p class=\"none\"><strong>\(e(caption))</strong>: \(e(t("site.none")))</p>\n" }
    var out = "<div class=\"table-wrap\"><table>\n<caption>\(e(caption))</caption>\n<thead><tr>"
    for h in headers { out += "<th scope=\"col\">\(e(h))</th>" }
    out += "</tr></thead>\n<tbody>\n"
    // Figures right-aligned, text left-aligned.
    for row in rows {
      out += "<tr>" + row.map { cell in
        let numeric = cell.first.map { $0.isNumber || $0 == "−" || $0 == "–" } ?? false
        return numeric ? "<td>\(cell)</td>" : "<td class=\"text\">\(cell)</td>"
      }.joined() + "</tr>\n"
    }
    out += "</tbody>\n</table></div>\n"
    return out
  }

  var figures: [InventoryFigure] { document.inventory.figures.filter { $0.level == level && $0.code == code } }

  func inventory() -> String {
    let own = figures
    let years = Set(own.map(\.year)).sorted()
    let sectors = InventoryFigureKey.sectors.filter { s in own.contains { $0.gpc == s } }
    let chart = BarChart(
      id: "chart-inventory", title: Catalogue.spanTitle("site.inventory.title", years: years, language),
      quantity: .tonnes, categoryHeader: t("col.year"), categories: years.map(String.init),
      series: sectors.map { s in BarChart.Series(name: t("gpc.\(s)"), values: years.map { y in own.first { $0.year == y && $0.gpc == s }?.tco2e }) },
      layout: .stacked, orientation: .vertical)
    return section("inventory", chart.title, BarChartSVG(chart: chart, language: language).html())
  }

  /// Per inhabitant (t CO2e, two places): the submitter, its region (the members that report) and the nation.
  func perInhabitant() -> String {
    func ratio(_ f: InventoryFigure?) -> ExactDecimal? {
      guard let f, f.populationCovered > 0 else { return nil }
      return f.tco2e.divided(by: ExactDecimal(f.populationCovered), places: 2)
    }
    let totals = document.inventory.figures.filter { $0.gpc == InventoryFigureKey.total }
    let years = Set(figures.map(\.year)).sorted()
    var series = [BarChart.Series(name: submitter.name, values: years.map { y in ratio(totals.first { $0.level == level && $0.code == code && $0.year == y }) })]
    if level == .municipality, !submitter.region.isEmpty {
      series.append(BarChart.Series(name: name(of: submitter.region), values: years.map { y in ratio(totals.first { $0.level == .region && $0.code == submitter.region && $0.year == y }) }))
    }
    series.append(BarChart.Series(name: t("site.nation"), values: years.map { y in ratio(totals.first { $0.level == .nation && $0.year == y }) }))
    let chart = BarChart(
      id: "chart-per-inhabitant", title: t("site.perInhabitant.title"), quantity: .tonnesPerInhabitant, categoryHeader: t("col.year"),
      categories: years.map(String.init), series: series, layout: .grouped, orientation: .vertical)
    return section("per-inhabitant", chart.title, BarChartSVG(chart: chart, language: language).html() + "<p class=\"source\">\(HTMLText.escape(t("site.perInhabitant.note")))</p>\n")
  }

  func targets() -> String {
    let e = HTMLText.escape
    guard let own = document.targets.submitters.first(where: { $0.code == code && $0.level == submitter.level }) else {
      return section("targets", t("site.targets"), "<p class=\"none\">\(e(t("site.none")))</p>\n")
    }
    let rows = own.targets.map { tg in
      [e(tg.targetId), e(t("target.kind.\(tg.kind.rawValue)")), tg.baseYear.map(String.init) ?? "–", n(tg.baseYearEmissions),
       String(tg.targetYear), p(tg.reductionPercent), n(tg.targetEmissions), e(t("target.status.\(tg.status.rawValue)")),
       e(t(tg.conditional ? "site.yes" : "site.no"))]
    }
    var body = table(caption: t("site.targets"), headers: [t("site.col.id"), t("site.col.kind"), t("maps.col.baseYear"), t("maps.col.baseYearEmissions"),
      t("site.col.targetYear"), t("site.col.reduction"), t("site.col.targetEmissions"), t("col.status"), t("site.col.conditional")], rows: rows)
    if let c = own.counting2030 {
      body += "<p class=\"note\">\(e(t("site.counting", ["id": c.targetId, "percent": c.reductionPercent.map { NumberText.percent($0, language) } ?? "–", "implied": c.implied2030.map { NumberText.format($0, language) } ?? "–", "unit": t("unit.t")])))</p>\n"
    } else {
      body += "<p class=\"note\">\(e(t("site.noCounting")))</p>\n"
    }
    return section("targets", t("site.targets"), body)
  }

  func measures() -> String {
    let e = HTMLText.escape
    let own = document.measures.submitters.first { $0.code == code && $0.level == submitter.level }?.measures ?? []
    var rows: [[String]] = []
    for m in own {
      let head = [e(m.measure.measureId), e(m.measure.title), e(t("measure.status.\(m.measure.status.rawValue)"))]
      if m.settled.isEmpty { rows.append(head + ["–", "–", "–", "–", "–"]) }
      for s in m.settled {
        rows.append(head + [String(s.year), e(t("effect.kind.\(s.kind.rawValue)")), n(s.gross), n(s.removed), n(s.net)])
      }
    }
    var body = table(caption: t("site.measures.caption"), headers: [t("site.col.id"), t("site.col.title"), t("col.status"), t("col.year"), t("site.col.kind"),
      t("site.col.gross"), t("site.col.removed"), t("site.col.net")], rows: rows)
    let ledger = document.measures.ledger.filter { $0.first.submitter == code || $0.second.submitter == code }
    let overlapRows = ledger.map { l in
      [link(l.first.submitter, name(of: l.first.submitter)) + " " + e(l.first.measureId), link(l.second.submitter, name(of: l.second.submitter)) + " " + e(l.second.measureId),
       String(l.year), e(t("effect.kind.\(l.kind.rawValue)")), n(l.tco2e), link(l.attributedTo.submitter, name(of: l.attributedTo.submitter)) + " " + e(l.attributedTo.measureId)]
    }
    body += table(caption: t("site.overlaps"), headers: [t("site.col.first"), t("site.col.second"), t("col.year"), t("site.col.kind"), t("site.col.removed"), t("site.col.attributed")], rows: overlapRows)
    return section("measures", t("site.measures"), body)
  }

  func projects() -> String {
    let e = HTMLText.escape
    let renewables = document.renewables.filter { $0.submitter == code }.map { r in
      [e(t("tech.\(r.technology.rawValue)")), e(t("project.\(r.status.rawValue)")), r.year.map(String.init) ?? "–", String(r.projects), n(r.capacityMW), n(r.expectedGWhPerYear)]
    }
    let soils = document.lowlandSoils.filter { $0.submitter == code }.map { s in
      [e(t("project.\(s.status.rawValue)")), s.year.map(String.init) ?? "–", String(s.projects), n(s.hectares), n(s.tco2ePerYear)]
    }
    var body = table(caption: t("site.renewables"), headers: [t("col.technology"), t("col.status"), t("col.year"), t("site.col.projects"), t("unit.mw"), t("site.col.gwh")], rows: renewables)
    body += table(caption: t("site.lowland"), headers: [t("col.status"), t("col.year"), t("site.col.projects"), t("unit.ha"), t("site.col.tPerYear")], rows: soils)
    return section("projects", t("site.projects"), body)
  }

  /// The document sums adaptation over all submitters; a page can give only its region's share of adaptation finance.
  func adaptation() -> String {
    let e = HTMLText.escape
    let region = level == .region ? code : submitter.region
    let lines = document.finance.filter { $0.source == .adaptation && $0.region == region }
    let rows = lines.map { l in [e(t("adaptation.\(l.category)")), e(t("measure.status.\(l.status.rawValue)")), String(l.items), n(l.costDKK), n(l.fundingGapDKK)] }
    let body = "<p>\(e(t("site.adaptation.note", ["region": name(of: region)])))</p>\n"
      + table(caption: t("site.adaptation.caption", ["region": name(of: region)]), headers: [t("col.category"), t("col.status"), t("site.col.items"), t("finance.cost") + " (" + t("unit.dkk") + ")", t("finance.gap") + " (" + t("unit.dkk") + ")"], rows: rows)
    return section("adaptation", t("site.adaptation"), body)
  }

  func barriers() -> String {
    let e = HTMLText.escape
    var rows: [[String]] = []
    for b in document.barriers {
      for r in b.requests where r.submitter == code { rows.append([e(t("theme.\(b.theme.rawValue)")), e(r.barrierId), e(r.request)]) }
    }
    return section("barriers", t("site.barriers"), table(caption: t("site.barriers"), headers: [t("site.col.theme"), t("site.col.id"), t("site.col.request")], rows: rows))
  }

  func members() -> String {
    let region = document.geography.regions.first { $0.code == code }
    let rows = (region?.members ?? []).map { [HTMLText.escape($0.code), link($0.code, $0.name)] }
    return section("members", t("site.members"), table(caption: t("site.members"), headers: [t("col.code"), t("col.name")], rows: rows))
  }
}
