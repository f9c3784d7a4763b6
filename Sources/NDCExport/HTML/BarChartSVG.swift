import NDCCore
import NDCMap

/// Draws a `BarChart` as a `<figure>`: inline SVG with a `<title>`, the unit, a legend, and the
/// same figures as a table.
struct BarChartSVG {
  let chart: BarChart
  let language: Language
  /// The unit of the document's figures (tooltips and table).
  let unit: String
  /// The axis: its unit (scaled to the figures: kt, Mt, GW, DKK m…), the divisor to it, and round ticks (1–2–5 steps) in it.
  let axisUnit: String
  let divisor: ExactDecimal
  let ticks: [ExactDecimal]

  init(chart: BarChart, language: Language) {
    self.chart = chart
    self.language = language
    unit = Catalogue.text(chart.quantity.unitKey, language)
    let (low, high) = chart.range
    let scale = chart.quantity.axisUnit(largest: max(low.magnitude, high.magnitude))
    divisor = scale.divisor
    axisUnit = Catalogue.text(scale.key, language)
    ticks = RoundSteps.ticks(low: low.divided(by: scale.divisor)!, high: high.divided(by: scale.divisor)!, count: 5)
  }

  static let width = ExactDecimal(800)
  static let top = ExactDecimal(16)

  func html() -> String {
    let e = HTMLText.escape
    let titleID = "\(chart.id)-title"
    var out = "<figure class=\"chart\" id=\"\(chart.id)\">\n"
    out += "<figcaption><span class=\"chart-title\">\(e(chart.title))</span> <span class=\"unit\">\(e(Catalogue.text("unit.label", language, ["unit": axisUnit])))</span></figcaption>\n"
    if chart.isEmpty {
      // No figures: no drawing, and no table of headers only (whose description would name
      // the drawing's title, which is not there).
      out += "<p class=\"none\">\(e(Catalogue.text("none", language)))</p>\n"
    } else {
      out += svg(titleID: titleID)
      out += legend()
      out += table()
    }
    out += "</figure>\n"
    return out
  }

  // MARK: geometry

  private var plotStart: ExactDecimal { chart.orientation == .vertical ? ExactDecimal(100) : ExactDecimal(410) }
  private var plotLength: ExactDecimal {
    chart.orientation == .vertical ? ExactDecimal(260) : Self.width - plotStart - ExactDecimal(90)
  }
  private var band: ExactDecimal {
    chart.orientation == .vertical
      ? (Self.width - plotStart - ExactDecimal(20)).divided(by: ExactDecimal(chart.categories.count))!
      : ExactDecimal(chart.layout == .grouped ? 12 * chart.series.count + 14 : 26)
  }
  private var height: ExactDecimal {
    chart.orientation == .vertical
      ? Self.top + plotLength + ExactDecimal(50)
      : Self.top + band * ExactDecimal(chart.categories.count) + ExactDecimal(36)
  }

  /// The position of a value along the value axis (vertical: y grows downwards).
  private func position(_ value: ExactDecimal) -> ExactDecimal {
    let low = ticks.first! * divisor, high = ticks.last! * divisor
    let fraction = (value - low).divided(by: high - low)!
    return chart.orientation == .vertical
      ? Self.top + plotLength - fraction * plotLength
      : plotStart + fraction * plotLength
  }

  /// A bar from value `from` to `to`, across the category axis from `offset` for `thickness`.
  private func rect(from: ExactDecimal, to: ExactDecimal, category: Int, offset: ExactDecimal, thickness: ExactDecimal) -> Rect {
    let a = position(from), b = position(to)
    let bandStart = chart.orientation == .vertical ? plotStart + band * ExactDecimal(category) : Self.top + band * ExactDecimal(category)
    let across = bandStart + offset
    return chart.orientation == .vertical
      ? Rect(x: across, y: min(a, b), width: thickness, height: (a - b).magnitude)
      : Rect(x: min(a, b), y: across, width: (a - b).magnitude, height: thickness)
  }

  private func n(_ value: ExactDecimal) -> String { value.formatted(places: 2) }

  private func svg(titleID: String) -> String {
    let e = HTMLText.escape
    var out = "<svg role=\"img\" aria-labelledby=\"\(titleID)\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" width=\"100%\">\n"
    out += "<title id=\"\(titleID)\">\(e(chart.title)) (\(e(axisUnit)))</title>\n"
    out += axis()
    for (c, category) in chart.categories.enumerated() {
      out += bars(category: c, name: category)
      out += categoryLabel(c, category)
    }
    out += "</svg>\n"
    return out
  }

  private func axis() -> String {
    var out = ""
    for tick in ticks {
      let value = tick * divisor
      let p = position(value)
      let label = HTMLText.escape(NumberText.format(tick, language))
      if chart.orientation == .vertical {
        out += "<line class=\"\(value.isZero ? "zero" : "grid")\" x1=\"\(n(plotStart))\" x2=\"\(n(Self.width - ExactDecimal(20)))\" y1=\"\(n(p))\" y2=\"\(n(p))\"/>\n"
        out += "<text class=\"tick\" x=\"\(n(plotStart - ExactDecimal(6)))\" y=\"\(n(p + ExactDecimal(4)))\" text-anchor=\"end\">\(label)</text>\n"
      } else {
        let bottom = Self.top + band * ExactDecimal(chart.categories.count)
        out += "<line class=\"\(value.isZero ? "zero" : "grid")\" x1=\"\(n(p))\" x2=\"\(n(p))\" y1=\"\(n(Self.top))\" y2=\"\(n(bottom))\"/>\n"
        out += "<text class=\"tick\" x=\"\(n(p))\" y=\"\(n(bottom + ExactDecimal(16)))\" text-anchor=\"middle\">\(label)</text>\n"
      }
    }
    return out
  }

  private func bars(category c: Int, name: String) -> String {
    var out = ""
    var positive = ExactDecimal.zero, negative = ExactDecimal.zero
    let count = ExactDecimal(chart.series.count)
    for (k, series) in chart.series.enumerated() {
      guard let value = series.values[c] else { continue }
      let r: Rect
      switch chart.layout {
      case .grouped:
        let thickness = (band * ExactDecimal(micros: 800_000)).divided(by: count)!
        r = rect(from: .zero, to: value, category: c, offset: band * ExactDecimal(micros: 100_000) + thickness * ExactDecimal(k), thickness: thickness)
      case .stacked:
        let base = value.isNegative ? negative : positive
        r = rect(from: base, to: base + value, category: c, offset: band * ExactDecimal(micros: 200_000), thickness: band * ExactDecimal(micros: 600_000))
        if value.isNegative { negative += value } else { positive += value }
      }
      let tip = HTMLText.escape("\(name) – \(series.name): \(NumberText.format(value, language)) \(unit)")
      out += "<rect x=\"\(n(r.x))\" y=\"\(n(r.y))\" width=\"\(n(r.width))\" height=\"\(n(r.height))\" fill=\"\(BarChart.palette[k % BarChart.palette.count])\"><title>\(tip)</title></rect>\n"
    }
    return out
  }

  private func categoryLabel(_ c: Int, _ name: String) -> String {
    let label = HTMLText.escape(name)
    if chart.orientation == .vertical {
      let x = plotStart + band * ExactDecimal(c) + band.divided(by: ExactDecimal(2))!
      return "<text class=\"category\" x=\"\(n(x))\" y=\"\(n(Self.top + plotLength + ExactDecimal(18)))\" text-anchor=\"middle\">\(label)</text>\n"
    }
    let y = Self.top + band * ExactDecimal(c) + band.divided(by: ExactDecimal(2))! + ExactDecimal(4)
    return "<text class=\"category\" x=\"\(n(plotStart - ExactDecimal(8)))\" y=\"\(n(y))\" text-anchor=\"end\">\(label)</text>\n"
  }

  /// The legend in the order the reader meets the series: a vertical stack from the top down,
  /// otherwise as drawn (left to right, or the grouped bars' order).
  private func legend() -> String {
    guard chart.series.count > 1 else { return "" }
    var ordered = Array(chart.series.enumerated())
    if chart.layout == .stacked && chart.orientation == .vertical { ordered.reverse() }
    let items = ordered.map { k, s in
      "<li><span class=\"swatch\" style=\"background:\(BarChart.palette[k % BarChart.palette.count])\"></span>\(HTMLText.escape(s.name))</li>"
    }
    return "<ul class=\"legend\">" + items.joined() + "</ul>\n"
  }

  private func table() -> String {
    let e = HTMLText.escape
    let withTotal = chart.layout == .stacked && chart.series.count > 1
    var out = "<table class=\"alternative\" aria-describedby=\"\(chart.id)-title\">\n<caption>\(e(Catalogue.text("table.alternative", language))): \(e(chart.title)) (\(e(unit)))</caption>\n<thead><tr><th scope=\"col\">\(e(chart.categoryHeader))</th>"
    for s in chart.series { out += "<th scope=\"col\">\(e(s.name))</th>" }
    if withTotal { out += "<th scope=\"col\">\(e(Catalogue.text("col.total", language)))</th>" }
    out += "</tr></thead>\n<tbody>\n"
    for (c, category) in chart.categories.enumerated() {
      out += "<tr><th scope=\"row\">\(e(category))</th>"
      for s in chart.series { out += "<td>\(s.values[c].map { e(NumberText.format($0, language)) } ?? "–")</td>" }
      if withTotal { out += "<td>\(e(NumberText.format(chart.series.compactMap { $0.values[c] }.sum(), language)))</td>" }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    return out
  }
}
