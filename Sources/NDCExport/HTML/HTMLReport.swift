import NDCCore

/// `html`: one self-contained page for people (no network: no external fonts, scripts or
/// images). Charts are inline SVG with a title, the unit and a table alternative.
public enum HTMLReport {
  /// The national report; with `linkPages` (`html-site`) each municipality on the maps and in
  /// their table links to its page `CODE.html`.
  public static func render(_ document: ContributionDocument, language: Language, linkPages: Bool = false) -> String {
    let charts = ReportCharts(document: document, language: language)
    let e = HTMLText.escape
    func t(_ key: String, _ values: [String: String] = [:]) -> String { Catalogue.text(key, language, values) }
    let h = document.header
    var out = head(title: "\(t("page.title")) – \(h.cycle)", language: language)
    out += "<header>\n<h1>\(e(t("page.title")))</h1>\n"
    out += "<p class=\"subtitle\">\(e(t("page.subtitle", ["cycle": h.cycle, "asOf": h.asOf.description, "compiledAt": h.compiledAt.description])))</p>\n"
    out += "<p class=\"source\">\(e(t("page.source", ["tool": h.toolVersion, "rulePack": h.rulePack, "reference": h.referenceEdition])))</p>\n</header>\n"
    for chart in charts.all {
      out += "<section>\n<h2>\(e(chart.title))</h2>\n"
      out += BarChartSVG(chart: chart, language: language).html()
      if chart.id == "chart-targets" { out += targetNotes(document.targets.synthesis, language) }
      out += "</section>\n"
      if chart.id == "chart-regions" { out += ReportMaps(document: document, language: language, linkPages: linkPages).html() }
    }
    out += coverage(document, language)
    out += "</main>\n</body>\n</html>\n"
    return out
  }

  /// The page's head and the opening of its body: charset, viewport, title, the style sheet.
  static func head(title: String, language: Language) -> String {
    var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(HTMLText.escape(title))</title>\n<style>\n\(ReportStyle.css)</style>\n</head>\n<body>\n<main>\n"
    return out
  }

  static func targetNotes(_ s: TargetSynthesis, _ language: Language) -> String {
    let e = HTMLText.escape
    var out = "<p class=\"note\"><strong>\(e(Catalogue.text("targets.note70", language, ["count": String(s.atLeast70Percent), "total": String(s.submitters.count)])))</strong></p>\n"
    if let year = s.latestCommonYear, let reduction = s.reductionFromLatest {
      out += "<p>\(e(Catalogue.text("targets.reductionLatest", language, ["year": String(year), "tonnes": NumberText.format(reduction, language), "percent": s.reductionFromLatestPercent.map { NumberText.percent($0, language) } ?? "–"])))</p>\n"
    }
    if !s.notConvertible.isEmpty {
      out += "<p>\(e(Catalogue.text("targets.notConvertible", language, ["codes": s.notConvertible.joined(separator: ", ")])))</p>\n"
    }
    return out
  }

  static func coverage(_ document: ContributionDocument, _ language: Language) -> String {
    let e = HTMLText.escape
    func t(_ key: String, _ values: [String: String] = [:]) -> String { Catalogue.text(key, language, values) }
    let list = SubmitterStatus.list(document)
    let municipalities = list.filter { $0.level == .municipality }
    let regions = list.filter { $0.level == .region }
    let title = t("coverage.title", ["municipalities": String(municipalities.count), "regions": String(regions.count)])
    var out = "<section class=\"coverage\" id=\"coverage\">\n<h2>\(e(title))</h2>\n"
    if let nation = document.coverage.areas.first(where: { $0.level == .nation }) {
      out += "<p>\(e(t("coverage.summary", ["reporting": String(nation.reporting), "municipalities": String(nation.municipalities), "percent": nation.sharePercent.map { NumberText.percent($0, language) } ?? "–", "date": document.coverage.populationDate?.description ?? "–"])))</p>\n"
    }
    out += "<table class=\"coverage-table\">\n<caption>\(e(title))</caption>\n<thead><tr>"
    for key in ["col.code", "col.name", "col.level", "col.region", "col.status"] { out += "<th scope=\"col\">\(e(t(key)))</th>" }
    out += "</tr></thead>\n<tbody>\n"
    for s in list {
      let counted = s.status == InputStatus.counted.rawValue || s.status == InputStatus.fallback.rawValue
      out += "<tr class=\"\(counted ? "counted" : "not-counted")\"><td>\(e(s.code))</td><td>\(e(s.name))</td><td>\(e(t("level.\(s.level.rawValue)")))</td><td>\(e(s.region))</td><td>\(e(t("input.status.\(s.status)")))</td></tr>\n"
    }
    out += "</tbody>\n</table>\n</section>\n"
    return out
  }
}

/// The page's style sheet, screen and print. System fonts only.
enum ReportStyle {
  static let css = """
  :root { color-scheme: light; }
  body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 0; color: #1d232a; background: #fff; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
  h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 2px solid #1b5e8c; padding-bottom: .2rem; }
  .subtitle { color: #44505c; margin: 0; }
  .source { color: #44505c; font-size: .9rem; }
  figure { margin: 0; }
  figcaption { font-size: .9rem; color: #44505c; margin-bottom: .3rem; }
  .chart-title { display: none; }
  svg { display: block; max-width: 100%; height: auto; font-size: 12px; }
  svg .tick, svg .category { fill: #1d232a; font-size: 12px; }
  svg .grid { stroke: #c9d1d9; stroke-width: 1; }
  svg .zero { stroke: #1d232a; stroke-width: 1.5; }
  .legend { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; }
  .swatch { display: inline-block; width: .9rem; height: .9rem; margin-right: .35rem; vertical-align: -0.1rem; border-radius: 2px; }
  table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .85rem; }
  caption { text-align: left; font-weight: 600; padding: .3rem 0; }
  th, td { border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: left; }
  td { text-align: right; font-variant-numeric: tabular-nums; }
  .coverage-table td, td.text { text-align: left; }
  tr.not-counted td { background: #fdf0e6; }
  .note { background: #fff7d6; border-left: 4px solid #e0b000; padding: .5rem .8rem; }
  .none { color: #6b7580; font-style: italic; }
  a { color: #1b5e8c; }
  nav.crumbs { font-size: .9rem; margin-bottom: .5rem; }
  .map-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
  .map-cell h3 { font-size: 1rem; margin: .5rem 0 .3rem; min-height: 2.5em; }
  .map-legend { font-size: .85rem; }
  .map-legend-title { margin: .3rem 0 .1rem; font-weight: 600; }
  .map-legend ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .1rem .8rem; }
  .map-legend li { white-space: nowrap; }
  .map-legend svg { display: inline-block; vertical-align: -2px; }
  svg.ndc-map path:hover { stroke: #1d232a; stroke-width: 1.5; }
  .table-wrap, .map-table { display: block; overflow-x: auto; max-width: 100%; }
  .alternative { max-width: 100%; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  @media (max-width: 40rem) {
    main { padding: .8rem; }
    svg .tick, svg .category { font-size: 18px; }
    table.alternative { display: block; overflow-x: auto; }
    table { font-size: .75rem; }
    th, td { padding: .15rem .3rem; }
  }
  @media print {
    @page { size: A4; margin: 15mm 12mm; }
    body { font-size: 10pt; }
    main { max-width: none; padding: 0; }
    section { break-before: page; }
    header + section { break-before: auto; }
    figure, .map-cell, svg { break-inside: avoid; }
    .map-grid { display: block; }
    .map-cell { width: 75%; margin: 0 auto 1rem; }
    .coverage, .maps { break-inside: auto; }
    h2, h3 { break-after: avoid; }
    table { font-size: 8pt; }
    .map-table { display: table; overflow: visible; }
    tr { break-inside: avoid; }
    a { color: inherit; text-decoration: none; }
  }

  """
}
