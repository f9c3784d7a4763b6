import NDCCore
import NDCMap

/// The figures the report's maps show, one row per counted municipality, from the document alone:
/// its total in the latest year every counted municipality reports, its register population
/// (the figure's `populationCovered`), the counting 2030 target's base year, base-year
/// emissions and reduction.
struct MunicipalFigures {
  struct Row {
    var code: String
    var name: String
    var region: String?
    var total: ExactDecimal
    var population: Int
    var baseYear: Int?
    var baseYearEmissions: ExactDecimal?
    var reductionPercent: ExactDecimal?

    /// t CO2e per inhabitant, two places (derived: total ÷ population).
    var perInhabitant: ExactDecimal? {
      population > 0 ? total.divided(by: ExactDecimal(population), places: 2) : nil
    }
    /// The change from the base year to the latest year in %, two places (derived).
    var changePercent: ExactDecimal? {
      guard let base = baseYearEmissions, base.isPositive else { return nil }
      return (total - base).percent(of: base)
    }
  }

  let year: Int?
  let rows: [Row]

  init(_ document: ContributionDocument) {
    let totals = document.inventory.figures.filter { $0.level == .municipality && $0.gpc == InventoryFigureKey.total }
    let codes = Set(totals.map(\.code))
    let years = Set(totals.map(\.year)).sorted()
    // The latest year every counted municipality reports.
    let year = years.last { y in codes.allSatisfy { c in totals.contains { $0.code == c && $0.year == y } } }
    self.year = year
    let targets = Dictionary(document.targets.submitters.filter { $0.level == .municipality }.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    rows = totals.filter { $0.year == year }.map { f in
      let t = targets[f.code]
      return Row(
        code: f.code, name: f.name, region: t?.region, total: f.tco2e, population: f.populationCovered,
        baseYear: t?.counting2030?.baseYear, baseYearEmissions: t?.counting2030?.baseYearEmissions,
        reductionPercent: t?.counting2030?.reductionPercent)
    }
  }
}

/// The report's maps of the 98 municipalities and their figures as a table.
struct ReportMaps {
  let document: ContributionDocument
  let language: Language
  /// Whether each municipality links to its own page (`html-site`).
  let linkPages: Bool

  func t(_ key: String, _ values: [String: String] = [:]) -> String { Catalogue.text(key, language, values) }

  func html() -> String {
    let e = HTMLText.escape
    let figures = MunicipalFigures(document)
    let year = figures.year.map(String.init) ?? "–"
    var out = "<section class=\"maps\" id=\"maps\">\n<h2>\(e(t("maps.title", ["year": year])))</h2>\n"
    out += "<p>\(e(t("maps.intro")))</p>\n<div class=\"map-grid\">\n"
    // Hatched: the palettes' lightest classes are almost white, so no grey differs from them
    // by colour enough (decision 257); the lines (#57606a) stand 6:1 against white.
    let noData = MapLegendEntry(fill: "#ffffff", label: t("maps.noData"), hatch: "#57606a")
    // Every municipality of the table (each has its page) links, with a figure on a map or not.
    let linked = linkPages ? Set(figures.rows.map(\.code)) : []
    let href: (String) -> String? = { linked.contains($0) ? "\($0).html" : nil }
    let number = { (v: ExactDecimal) in NumberText.format(v, language) }
    let specs: [(id: String, title: String, unit: String, values: [String: ExactDecimal], palette: Palette)] = [
      ("map-per-inhabitant", t("maps.perInhabitant", ["year": year]), t("unit.tPerInhabitant"),
       values(figures, \.perInhabitant), .yellowOrangeRed),
      ("map-change", t("maps.change", ["year": year]), t("unit.percent"), values(figures, \.changePercent), .yellowOrangeRed),
      ("map-target", t("maps.target"), t("unit.percentReduction"), values(figures, \.reductionPercent), .yellowGreenBlue),
    ]
    for spec in specs {
      out += "<div class=\"map-cell\">\n<h3>\(e(spec.title))</h3>\n"
      if let scale = ClassedScale.quantiles(Array(spec.values.values), classes: 5, sequential: spec.palette) {
        out += MunicipalityMap.choropleth(
          id: spec.id, title: spec.title, values: spec.values, scale: scale, unit: spec.unit, format: number, href: href,
          noData: noData
        ).html()
      } else {
        out += "<p class=\"none\">\(e(t("none")))</p>\n"
      }
      out += "</div>\n"
    }
    out += "</div>\n"
    out += table(figures)
    out += "</section>\n"
    return out
  }

  private func values(_ figures: MunicipalFigures, _ key: KeyPath<MunicipalFigures.Row, ExactDecimal?>) -> [String: ExactDecimal] {
    var out: [String: ExactDecimal] = [:]
    for row in figures.rows { if let v = row[keyPath: key] { out[row.code] = v } }
    return out
  }

  private func table(_ figures: MunicipalFigures) -> String {
    let e = HTMLText.escape
    let year = figures.year.map(String.init) ?? "–"
    func n(_ v: ExactDecimal?) -> String { v.map { e(NumberText.format($0, language)) } ?? "–" }
    func p(_ v: ExactDecimal?) -> String { v.map { e(NumberText.percent($0, language)) } ?? "–" }
    var out = "<table class=\"alternative map-table\">\n<caption>\(e(t("maps.table", ["year": year])))</caption>\n<thead><tr>"
    let headers = [
      t("col.code"), t("col.name"), t("maps.col.total", ["year": year]), t("maps.col.population"),
      t("maps.col.perInhabitant"), t("maps.col.baseYear"), t("maps.col.baseYearEmissions"), t("maps.col.change"),
      t("maps.col.target"),
    ]
    for h in headers { out += "<th scope=\"col\">\(e(h))</th>" }
    out += "</tr></thead>\n<tbody>\n"
    for r in figures.rows {
      let name = linkPages ? "<a href=\"\(e(r.code)).html\">\(e(r.name))</a>" : e(r.name)
      out += "<tr><td>\(e(r.code))</td><th scope=\"row\">\(name)</th><td>\(n(r.total))</td><td>\(e(NumberText.format(r.population, language)))</td>"
      out += "<td>\(n(r.perInhabitant))</td><td>\(r.baseYear.map(String.init) ?? "–")</td><td>\(n(r.baseYearEmissions))</td>"
      out += "<td>\(p(r.changePercent))</td><td>\(p(r.reductionPercent))</td></tr>\n"
    }
    out += "</tbody>\n</table>\n"
    return out
  }
}
