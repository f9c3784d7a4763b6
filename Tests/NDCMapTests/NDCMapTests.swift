import Foundation
@testable import NDCCore
import NDCMap
import NDCTestSupport
import Testing

@Suite struct MapGeometryTests {
  /// The municipality codes of reference/source/dk-municipalities.csv.
  static func referenceCodes() throws -> Set<String> {
    let text = try PackageRoot.text("reference/source/dk-municipalities.csv")
    return Set(text.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) })
  }

  /// The bounding box of a path's coordinates.
  static func box(_ path: String) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
    var b = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
    for point in path.split(whereSeparator: { $0 == "M" || $0 == "L" || $0 == "Z" }) {
      let xy = point.split(separator: ",").compactMap { Double($0) }
      guard xy.count == 2 else { continue }
      b = (min(b.minX, xy[0]), min(b.minY, xy[1]), max(b.maxX, xy[0]), max(b.maxY, xy[1]))
    }
    return b
  }

  @Test func theShapesAreThe98MunicipalitiesOfTheReferenceData() throws {
    let codes = DenmarkMap.shapes.map(\.code)
    #expect(codes.count == 98)
    #expect(Set(codes).count == 98)
    #expect(Set(codes) == (try Self.referenceCodes()))
    #expect(DenmarkMap.shapes.first { $0.code == "101" }?.name == "København")
  }

  @Test func everyShapeIsInsideTheMapAndOnlyBornholmInsideTheInset() {
    let g = DenmarkMap.geometry
    let f = g.inset
    for shape in g.shapes {
      let b = Self.box(shape.path)
      #expect(b.minX >= 0 && b.minY >= 0 && b.maxX <= DenmarkMap.width && b.maxY <= g.height, "\(shape.code)")
      let inside = b.minX >= f.x && b.maxX <= f.x + f.width && b.minY >= f.y && b.maxY <= f.y + f.height
      let overlaps = b.maxX > f.x && b.minX < f.x + f.width && b.maxY > f.y && b.minY < f.y + f.height
      if shape.code == DenmarkMap.insetCode {
        #expect(inside, "Bornholm is drawn in the inset")
      } else {
        #expect(!overlaps, "\(shape.code) \(shape.name) runs into the inset")
      }
    }
  }

  @Test func theProjectionKeepsDenmarksProportions() {
    // Denmark without Bornholm spans about 4.7° of longitude and 3.2° of latitude; scaled by
    // cos 56° the map is a little taller than wide.
    let ratio = DenmarkMap.geometry.height / DenmarkMap.width
    #expect(ratio > 1.1 && ratio < 1.3, "\(ratio)")
  }

  @Test func badBoundariesAreRefusedNotCrashed() {
    let lineString = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"1","name":"x"},"geometry":{"type":"LineString","coordinates":[[1,2],[3,4]]}}]}"#
    #expect(throws: (any Error).self) { try DenmarkMap.Geometry(geoJSON: Data(lineString.utf8)) }
    #expect(throws: (any Error).self) { try DenmarkMap.Geometry(geoJSON: Data("not json".utf8)) }
    let noInset = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"101","name":"x"},"geometry":{"type":"Polygon","coordinates":[[[12,55],[12.5,55],[12.5,56],[12,55]]]}}]}"#
    #expect(throws: (any Error).self) { try DenmarkMap.Geometry(geoJSON: Data(noInset.utf8)) }
    let both = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"101","name":"x"},"geometry":{"type":"Polygon","coordinates":[[[12,55],[12.5,55],[12.5,56],[12,55]]]}},{"type":"Feature","properties":{"code":"400","name":"B"},"geometry":{"type":"MultiPolygon","coordinates":[[[[14.7,55],[15,55],[15,55.2],[14.7,55]]]]}}]}"#
    #expect(throws: Never.self) { try DenmarkMap.Geometry(geoJSON: Data(both.utf8)) }
  }
}

@Suite struct MunicipalityMapTests {
  static let noData = MapLegendEntry(fill: "#eeeeee", label: "No figure")

  static func pathCount(_ svg: String) -> Int { svg.components(separatedBy: "<path data-code=\"").count - 1 }

  @Test func aChoroplethDrawsEveryMunicipalityWithItsClassTitleAndLink() throws {
    var values: [String: ExactDecimal] = [:]
    for (i, shape) in DenmarkMap.shapes.enumerated() where shape.code != "101" { values[shape.code] = ExactDecimal(i) }
    let scale = try #require(ClassedScale.quantiles(Array(values.values), classes: 4))
    let map = MunicipalityMap.choropleth(
      id: "m", title: "A <map>", values: values, scale: scale, unit: "t & more", format: { $0.description },
      href: { "\($0).html?a=1&b=2" }, noData: Self.noData)
    let html = map.html()
    #expect(Self.pathCount(html) == 98)
    #expect(html.contains("<title id=\"m-title\">A &lt;map&gt;</title>"))
    #expect(html.contains("href=\"147.html?a=1&amp;b=2\""))
    #expect(html.contains("<a href=\"101.html?a=1&amp;b=2\"><path data-code=\"101\" fill=\"#eeeeee\""), "linked without a value too")
    #expect(html.contains("fill=\"#eeeeee\" d=\""), "the municipality without a value is drawn as no data")
    #expect(html.contains("<title>København: No figure</title>"))
    let frederiksberg = try #require(values["147"])
    #expect(html.contains("<title>Frederiksberg: \(frederiksberg.description) t &amp; more</title>"))
    #expect(html.contains("No figure</li>"), "the legend shows no data when a municipality lacks a value")
    for i in scale.fills.indices { #expect(html.contains("\(scale.limits[i]) – \(scale.limits[i + 1])")) }
    // Every municipality with a value: no no-data entry in the legend.
    values["101"] = .one
    let full = MunicipalityMap.choropleth(id: "m", title: "t", values: values, scale: scale, unit: "t", format: { $0.description }, noData: Self.noData)
    #expect(!full.html().contains("No figure"))
    #expect(!full.html().contains("<a href"))
    // Linked where `href` gives a link, a value or not; not where it gives none.
    values["101"] = nil
    let some = MunicipalityMap.choropleth(
      id: "m", title: "t", values: values, scale: scale, unit: "t", format: { $0.description },
      href: { $0 == "101" || $0 == "147" ? "\($0).html" : nil }, noData: Self.noData
    ).html()
    #expect(some.components(separatedBy: "<a href").count - 1 == 2)
    #expect(some.contains("No figure</li>"))
  }

  /// Decision 257: a hatched no-data entry draws its areas and its legend swatch with a
  /// pattern of lines (each with its own id), so that they differ from a light class by more
  /// than colour; a plain entry draws a plain fill and no pattern.
  @Test func aHatchedNoDataEntryIsDrawnWithAPattern() throws {
    var values: [String: ExactDecimal] = [:]
    for (i, shape) in DenmarkMap.shapes.enumerated() where shape.code != "101" { values[shape.code] = ExactDecimal(i) }
    let scale = try #require(ClassedScale.quantiles(Array(values.values), classes: 4))
    let hatched = MapLegendEntry(fill: "#ffffff", label: "No figure", hatch: "#57606a")
    let html = MunicipalityMap.choropleth(
      id: "m", title: "t", values: values, scale: scale, unit: "t", format: { $0.description }, noData: hatched
    ).html()
    #expect(html.contains("<defs><pattern id=\"m-no-data\" "))
    #expect(html.contains("stroke=\"#57606a\""))
    #expect(html.contains("<path data-code=\"101\" fill=\"url(#m-no-data)\""))
    #expect(html.contains("<defs><pattern id=\"m-no-data-key\" "), "the swatch has its own pattern")
    #expect(html.contains("fill=\"url(#m-no-data-key)\" stroke=\"#8c959f\"/></svg> No figure</li>"))
    #expect(html.components(separatedBy: "<pattern ").count - 1 == 2)
    // Plain: no pattern anywhere.
    let plain = MunicipalityMap.choropleth(
      id: "m", title: "t", values: values, scale: scale, unit: "t", format: { $0.description }, noData: Self.noData
    ).html()
    #expect(!plain.contains("<pattern"))
    #expect(plain.contains("<path data-code=\"101\" fill=\"#eeeeee\""))
    // Every municipality with a value: no pattern is defined for nothing.
    values["101"] = .one
    let full = MunicipalityMap.choropleth(
      id: "m", title: "t", values: values, scale: scale, unit: "t", format: { $0.description }, noData: hatched
    ).html()
    #expect(!full.contains("<pattern"))
  }

  @Test func aCategoricalMapForSubmissionStates() {
    let states = ["101": "valid", "147": "invalid", "151": "unknown-key"]
    let map = MunicipalityMap.categorical(
      id: "s", title: "States", categoryOf: states,
      categories: [("missing", "Missing", "#cccccc"), ("invalid", "Invalid", "#d6604d"), ("valid", "Valid \"ok\"", "#4393c3")],
      legendTitle: "State", href: { "/submitters/\($0)" }, noData: MapLegendEntry(fill: "#cccccc", label: "Missing"))
    let svg = map.svg()
    #expect(Self.pathCount(svg) == 98)
    #expect(svg.contains("<a href=\"/submitters/101\"><path data-code=\"101\" fill=\"#4393c3\""))
    #expect(svg.contains("<title>København: Valid &quot;ok&quot;</title>"))
    #expect(svg.contains("<path data-code=\"151\" fill=\"#cccccc\""), "an unknown category is drawn as no data")
    #expect(map.legendHTML().contains("Valid &quot;ok&quot;"))
    #expect(MarkupText.escape("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;")
    // Direction controls (decision 244) as U+FFFD; other format characters (ZWJ) kept.
    #expect(MarkupText.escape("T\u{202A}\u{202E}1\u{2066}\u{2069}&\u{200D}") == "T\u{FFFD}\u{FFFD}1\u{FFFD}\u{FFFD}&amp;\u{200D}")
    #expect(MarkupText.neutralisingDirection("<b>\u{202E}x</b>") == "<b>\u{FFFD}x</b>")
    #expect(MarkupText.neutralisingDirection("plain") == "plain")
  }
}

@Suite struct ScaleTests {
  func d(_ text: String) -> ExactDecimal { ExactDecimal(text, lenient: true)! }

  @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
    #expect(RoundSteps.step(span: d("45528920.6"), count: 5) == d("10000000"))
    #expect(RoundSteps.step(span: d("45.528921"), count: 5) == d("10"))
    #expect(RoundSteps.step(span: d("9.1"), count: 5) == d("2"))
    #expect(RoundSteps.step(span: d("2.4"), count: 5) == d("0.5"))
    #expect(RoundSteps.step(span: d("0.000001"), count: 5) == d("0.000001"))
  }

  @Test func ticksCoverTheRangeAndIncludeZero() {
    #expect(RoundSteps.ticks(low: .zero, high: d("45.528921")) == ["0", "10", "20", "30", "40", "50"].map(d))
    #expect(RoundSteps.ticks(low: d("-0.05"), high: d("1.7")) == ["-0.5", "0", "0.5", "1", "1.5", "2"].map(d))
    #expect(RoundSteps.ticks(low: .zero, high: .zero).count >= 2, "an empty range still has an axis")
    #expect(RoundSteps.ticks(low: d("-3"), high: d("-1")).contains(d("-1")))
  }

  @Test func significantDigitsRoundUpOrDown() {
    #expect(RoundSteps.significant(d("2.6349"), digits: 2, up: false) == d("2.6"))
    #expect(RoundSteps.significant(d("2.6349"), digits: 2, up: true) == d("2.7"))
    #expect(RoundSteps.significant(d("-5.57"), digits: 2, up: false) == d("-5.6"))
    #expect(RoundSteps.significant(d("-5.57"), digits: 2, up: true) == d("-5.5"))
    #expect(RoundSteps.significant(d("25.3"), digits: 2, up: true) == d("26"))
  }

  @Test func classesIncludeTheirLowerLimitAndTheLastItsUpper() {
    let scale = ClassedScale(limits: ["0", "1", "2"].map(d), fills: ["a", "b"])
    #expect(scale.classIndex(d("0")) == 0)
    #expect(scale.classIndex(d("0.999999")) == 0)
    #expect(scale.classIndex(d("1")) == 1)
    #expect(scale.classIndex(d("2")) == 1)
    #expect(scale.classIndex(d("2.000001")) == nil)
    #expect(scale.classIndex(d("-0.000001")) == nil)
  }

  @Test func quantileScalesAreRoundAndDivergeAroundZero() throws {
    let positive = (1...50).map { ExactDecimal($0) }
    let p = try #require(ClassedScale.quantiles(positive, classes: 5))
    #expect(p.limits.first! <= d("1") && p.limits.last! >= d("50"))
    #expect(p.limits == p.limits.sorted() && Set(p.limits).count == p.limits.count)
    #expect(p.fills == Palette.yellowOrangeRed.pick(p.fills.count))
    for v in positive { #expect(p.classIndex(v) != nil, "\(v)") }
    let crossing = (-5...40).map { ExactDecimal($0) }
    let c = try #require(ClassedScale.quantiles(crossing, classes: 5))
    #expect(c.limits.contains(.zero))
    let below = c.limits.filter(\.isNegative).count
    #expect(c.fills == Palette.diverging(below: below, above: c.fills.count - below))
    #expect(c.fills.first != p.fills.first)
    let negative = (-60 ... -4).map { ExactDecimal($0) }
    let n = try #require(ClassedScale.quantiles(negative, classes: 5))
    #expect(!n.fills.contains { Palette.yellowOrangeRed.colours.contains($0) }, "reductions only: blues")
    for v in negative { #expect(n.classIndex(v) != nil, "\(v)") }
    #expect(ClassedScale.quantiles([]) == nil)
    let one = try #require(ClassedScale.quantiles([d("70"), d("70")]))
    #expect(one.classIndex(d("70")) != nil)
  }
}
