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
  /// The colour of diagonal lines drawn over `fill` (nil: a plain fill). A sequential
  /// palette's lightest class and a light no-data grey cannot differ by colour enough (1.07:1);
  /// a hatched area differs by its pattern (decision 257).
  public var hatch: String?
  public init(fill: String, label: String, hatch: String? = nil) {
    self.fill = fill
    self.label = label
    self.hatch = hatch
  }

  /// The `<pattern>` of a hatched entry, with its `id`; nil for a plain fill.
  func pattern(id: String) -> String? {
    guard let hatch else { return nil }
    let e = MarkupText.escape
    return "<pattern id=\"\(e(id))\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
      + "<rect width=\"5\" height=\"5\" fill=\"\(e(fill))\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"\(e(hatch))\" stroke-width=\"1.6\"/></pattern>"
  }

  /// The value of a `fill` attribute drawing this entry, its pattern's id given.
  func paint(patternID: String) -> String { hatch == nil ? fill : "url(#\(patternID))" }
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
  /// The links of municipalities without an area, by code: drawn as `noData`, they have their
  /// page like the others (decision 244).
  public var noDataLinks: [String: String]

  public init(
    id: String, title: String, areas: [String: MapArea], legendTitle: String, legend: [MapLegendEntry], noData: MapLegendEntry,
    noDataLinks: [String: String] = [:]
  ) {
    self.id = id
    self.title = title
    self.areas = areas
    self.legendTitle = legendTitle
    self.legend = legend
    self.noData = noData
    self.noDataLinks = noDataLinks
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
    let legend = scale.fills.indices.map { i in
      MapLegendEntry(fill: scale.fills[i], label: "\(format(scale.limits[i])) – \(format(scale.limits[i + 1]))")
    }
    return MunicipalityMap(
      id: id, title: title, areas: areas, legendTitle: unit, legend: legend, noData: noData,
      noDataLinks: links(without: areas, href: href))
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
    return MunicipalityMap(
      id: id, title: title, areas: areas, legendTitle: legendTitle,
      legend: categories.map { MapLegendEntry(fill: $0.fill, label: $0.label) }, noData: noData,
      noDataLinks: links(without: areas, href: href))
  }

  /// `href`'s links of the municipalities that have no area.
  private static func links(without areas: [String: MapArea], href: (String) -> String?) -> [String: String] {
    var links: [String: String] = [:]
    for shape in DenmarkMap.geometry.shapes where areas[shape.code] == nil { links[shape.code] = href(shape.code) }
    return links
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
    let noDataPattern = "\(id)-no-data"
    if hasNoData, let pattern = noData.pattern(id: noDataPattern) { out += "<defs>\(pattern)</defs>\n" }
    out += "<g stroke=\"#ffffff\" stroke-width=\"0.6\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">\n"
    for shape in g.shapes {
      let area = areas[shape.code]
      let fill = area?.fill ?? noData.paint(patternID: noDataPattern)
      let tip = "\(shape.name): \(area?.value ?? noData.label)"
      let path = "<path data-code=\"\(e(shape.code))\" fill=\"\(e(fill))\" d=\"\(shape.path)\"><title>\(e(tip))</title></path>"
      if let href = area?.href ?? noDataLinks[shape.code] {
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
    // A hatched swatch has its own pattern: the legend may stand apart from its map. Only the
    // no-data entry is drawn hatched (the classes and categories are plain fills).
    let patternID = "\(id)-no-data-key"
    func item(_ entry: MapLegendEntry) -> String {
      let defs = entry.pattern(id: patternID).map { "<defs>\($0)</defs>" } ?? ""
      return "<li><svg width=\"14\" height=\"14\" aria-hidden=\"true\">\(defs)<rect width=\"14\" height=\"14\" fill=\"\(e(entry.paint(patternID: patternID)))\" stroke=\"#8c959f\"/></svg> \(e(entry.label))</li>"
    }
    let noDataShown = hasNoData
    var out = "<div class=\"map-legend\"><p class=\"map-legend-title\">\(e(legendTitle))</p><ul>"
    out += legend.map(item).joined()
    if noDataShown { out += item(noData) }
    out += "</ul></div>\n"
    return out
  }

  /// Whether some municipality is drawn without an area (then the legend shows `noData`).
  private var hasNoData: Bool { DenmarkMap.shapes.contains { areas[$0.code] == nil } }

  /// The map and its legend in a `<figure>`.
  public func html() -> String {
    "<figure class=\"map\" id=\"\(MarkupText.escape(id))\">\n" + svg() + legendHTML() + "</figure>\n"
  }
}
