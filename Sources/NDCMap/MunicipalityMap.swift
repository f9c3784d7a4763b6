import NDCCore

/// One municipality's appearance on a map: its fill, the value or state its tooltip gives after
/// the name, and an optional link.
public struct MapArea: Sendable, Hashable {
  public var fill: String
  /// The value or state, as the reader should see it (`5,2 t CO2e per indbygger`, `Missing`).
  public var value: String
  public var href: String?
  public init(fill: String, value: String, href: String? = nil) {
    self.fill = fill
    self.value = value
    self.href = href
  }
}

/// One line of a map's legend.
public struct MapLegendEntry: Sendable, Hashable {
  public var fill: String
  public var label: String
  public init(fill: String, label: String) {
    self.fill = fill
    self.label = label
  }
}

/// A map of the 98 municipalities as inline SVG: one `<path>` per municipality with
/// `data-code`, a `<title>` "name: value", an optional `<a href>`; Bornholm in a framed inset; a
/// legend. Municipalities without an area are drawn with `noData`. All text is escaped.
///
/// A page colouring submissions by state, say:
///
///     let map = MunicipalityMap.categorical(
///       id: "states", title: "Submissions", categoryOf: ["101": "valid", "147": "invalid"],
///       categories: [("valid", "Valid", "#4393c3"), ("invalid", "Invalid", "#d6604d")],
///       legendTitle: "State", href: { "/submitters/\($0)" },
///       noData: MapLegendEntry(fill: "#e6e9ed", label: "Missing"))
///     html += map.html()   // <figure> with the <svg> and the legend
///
/// and a numeric choropleth: `ClassedScale.quantiles(values)` then `MunicipalityMap.choropleth`.
public struct MunicipalityMap: Sendable {
  public var id: String
  /// The map's accessible title (the SVG's `<title>`).
  public var title: String
  public var areas: [String: MapArea]
  public var legendTitle: String
  public var legend: [MapLegendEntry]
  /// The fill and state of municipalities without an area.
  public var noData: MapLegendEntry

  public init(id: String, title: String, areas: [String: MapArea], legendTitle: String, legend: [MapLegendEntry], noData: MapLegendEntry) {
    self.id = id
    self.title = title
    self.areas = areas
    self.legendTitle = legendTitle
    self.legend = legend
    self.noData = noData
  }

  /// A classed numeric choropleth: each value's class fill; the legend gives each class's limits
  /// (`format` writes a number as the reader's language does) and the unit.
  public static func choropleth(
    id: String, title: String, values: [String: ExactDecimal], scale: ClassedScale, unit: String,
    format: (ExactDecimal) -> String, href: (String) -> String? = { _ in nil }, noData: MapLegendEntry
  ) -> MunicipalityMap {
    var areas: [String: MapArea] = [:]
    for (code, value) in values {
      areas[code] = MapArea(fill: scale.fill(value) ?? noData.fill, value: "\(format(value)) \(unit)", href: href(code))
    }
    linkNoData(&areas, noData: noData, href: href)
    let legend = scale.fills.indices.map { i in
      MapLegendEntry(fill: scale.fills[i], label: "\(format(scale.limits[i])) – \(format(scale.limits[i + 1]))")
    }
    return MunicipalityMap(id: id, title: title, areas: areas, legendTitle: unit, legend: legend, noData: noData)
  }

  /// A categorical map (e.g. a submission's state): each municipality's category, the categories
  /// in legend order with their fill and label.
  public static func categorical(
    id: String, title: String, categoryOf: [String: String], categories: [(key: String, label: String, fill: String)],
    legendTitle: String, href: (String) -> String? = { _ in nil }, noData: MapLegendEntry
  ) -> MunicipalityMap {
    var areas: [String: MapArea] = [:]
    for (code, key) in categoryOf {
      guard let category = categories.first(where: { $0.key == key }) else { continue }
      areas[code] = MapArea(fill: category.fill, value: category.label, href: href(code))
    }
    linkNoData(&areas, noData: noData, href: href)
    return MunicipalityMap(
      id: id, title: title, areas: areas, legendTitle: legendTitle,
      legend: categories.map { MapLegendEntry(fill: $0.fill, label: $0.label) }, noData: noData)
  }

  /// A municipality without a value (or state) is drawn with `noData` and linked all the same
  /// where `href` gives it a link: it has its page like the others (decision 244).
  private static func linkNoData(_ areas: inout [String: MapArea], noData: MapLegendEntry, href: (String) -> String?) {
    for shape in DenmarkMap.geometry.shapes where areas[shape.code] == nil {
      if let link = href(shape.code) { areas[shape.code] = MapArea(fill: noData.fill, value: noData.label, href: link) }
    }
  }

  /// The map as `<svg>` only.
  public func svg() -> String {
    let e = MarkupText.escape
    let g = DenmarkMap.geometry
    let titleID = "\(id)-title"
    var out = "<svg class=\"ndc-map\" role=\"img\" aria-labelledby=\"\(e(titleID))\" viewBox=\"0 0 \(Int(DenmarkMap.width)) \(Int(g.height))\" width=\"100%\">\n"
    out += "<title id=\"\(e(titleID))\">\(e(title))</title>\n"
    let f = g.inset
    out += "<rect class=\"inset\" x=\"\(f.x.rounded())\" y=\"\(f.y.rounded())\" width=\"\(f.width.rounded())\" height=\"\(f.height.rounded())\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1\"/>\n"
    out += "<g stroke=\"#ffffff\" stroke-width=\"0.6\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n"
    for shape in g.shapes {
      let area = areas[shape.code]
      let fill = area?.fill ?? noData.fill
      let tip = "\(shape.name): \(area?.value ?? noData.label)"
      let path = "<path data-code=\"\(e(shape.code))\" fill=\"\(e(fill))\" d=\"\(shape.path)\"><title>\(e(tip))</title></path>"
      if let href = area?.href {
        out += "<a href=\"\(e(href))\">\(path)</a>\n"
      } else {
        out += path + "\n"
      }
    }
    out += "</g>\n</svg>\n"
    return out
  }

  /// The legend as an HTML list (swatches are inline SVG, so no style sheet is needed).
  public func legendHTML() -> String {
    let e = MarkupText.escape
    func item(_ entry: MapLegendEntry) -> String {
      "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" fill=\"\(e(entry.fill))\" stroke=\"#8c959f\"/></svg> \(e(entry.label))</li>"
    }
    let noDataShown = hasNoData
    var out = "<div class=\"map-legend\"><p class=\"map-legend-title\">\(e(legendTitle))</p><ul>"
    out += legend.map(item).joined()
    if noDataShown { out += item(noData) }
    out += "</ul></div>\n"
    return out
  }

  /// Whether some municipality is drawn as `noData`, without an area or with its own (then
  /// the legend shows `noData`).
  private var hasNoData: Bool {
    DenmarkMap.shapes.contains { shape in areas[shape.code].map { $0.fill == noData.fill && $0.value == noData.label } ?? true }
  }

  /// The map and its legend in a `<figure>`.
  public func html() -> String {
    "<figure class=\"map\" id=\"\(MarkupText.escape(id))\">\n" + svg() + legendHTML() + "</figure>\n"
  }
}
