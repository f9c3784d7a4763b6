import Foundation

/// The 98 municipalities' boundaries (DAGI, Geodatastyrelsen; `Resources/dk-municipalities.geojson`),
/// projected once for drawing: equirectangular with longitude scaled by cos 56°, north up, in
/// SVG user units. Bornholm (400) is moved, at the same scale, into a framed inset in the
/// empty sea north-east of Zealand, as Danish maps draw it.
public struct MunicipalityShape: Sendable, Hashable {
  /// The three-digit municipality code (`101`).
  public var code: String
  /// The name as DAGI writes it (`København`).
  public var name: String
  /// The SVG path data of the boundary (rings closed with `Z`).
  public var path: String
}

public enum DenmarkMap {
  /// The width of the map in SVG user units; the height follows from the projection.
  public static let width = 600.0
  /// The code of the municipality drawn in the inset.
  public static let insetCode = "400"

  /// The shapes in the file's order (by code), the frame of the inset, and the map's height.
  public static let geometry: Geometry = {
    do {
      guard let url = Bundle.module.url(forResource: "dk-municipalities", withExtension: "geojson") else {
        throw MapDataError("the boundaries are missing from the module's resources")
      }
      return try Geometry(geoJSON: Data(contentsOf: url))
    } catch {
      // The file ships with the module and is checked by the tests; a broken build is a defect.
      fatalError("NDCMap: \(error)")
    }
  }()

  public static var shapes: [MunicipalityShape] { geometry.shapes }

  public struct Geometry: Sendable {
    public var shapes: [MunicipalityShape]
    /// The inset's frame: x, y, width, height.
    public var inset: (x: Double, y: Double, width: Double, height: Double)
    public var height: Double

    /// Projects a GeoJSON FeatureCollection of Polygon/MultiPolygon features with `code` and `name`.
    public init(geoJSON data: Data) throws {
      let collection = try JSONDecoder().decode(FeatureCollection.self, from: data)
      let k = cos(56.0 * Double.pi / 180)
      func project(_ p: [Double]) -> (Double, Double) { (p[0] * k, -p[1]) }
      var main = Bounds(), island = Bounds()
      for f in collection.features {
        for ring in f.geometry.rings { for p in ring { f.properties.code == DenmarkMap.insetCode ? island.add(project(p)) : main.add(project(p)) } }
      }
      guard main.isValid, island.isValid else { throw MapDataError("the boundaries hold no coordinates") }
      let margin = 8.0
      let scale = (DenmarkMap.width - 2 * margin) / (main.maxX - main.minX)
      let gap = 10.0
      // The inset's frame sits in the top right corner; the island is centred in it.
      let frameWidth = (island.maxX - island.minX) * scale + 2 * gap
      let frameHeight = (island.maxY - island.minY) * scale + 2 * gap
      let frame = (x: DenmarkMap.width - margin - frameWidth, y: margin, width: frameWidth, height: frameHeight)
      func place(_ p: (Double, Double), inset: Bool) -> (Double, Double) {
        inset
          ? (frame.x + gap + (p.0 - island.minX) * scale, frame.y + gap + (p.1 - island.minY) * scale)
          : (margin + (p.0 - main.minX) * scale, margin + (p.1 - main.minY) * scale)
      }
      shapes = collection.features.map { f in
        let inset = f.properties.code == DenmarkMap.insetCode
        var d = ""
        for ring in f.geometry.rings {
          var previous: (Int, Int)? = nil
          for (i, p) in ring.enumerated() {
            let (x, y) = place(project(p), inset: inset)
            // Tenths of a unit: enough for a 600-unit map; repeated points are dropped.
            let q = (Int((x * 10).rounded()), Int((y * 10).rounded()))
            if let previous, previous == q, i < ring.count - 1 { continue }
            d += (i == 0 ? "M" : "L") + Self.tenths(q.0) + "," + Self.tenths(q.1)
            previous = q
          }
          d += "Z"
        }
        return MunicipalityShape(code: f.properties.code, name: f.properties.name, path: d)
      }
      inset = frame
      height = ((main.maxY - main.minY) * scale + 2 * margin).rounded(.up)
    }

    static func tenths(_ v: Int) -> String {
      let sign = v < 0 ? "-" : ""
      let m = abs(v)
      return m % 10 == 0 ? "\(sign)\(m / 10)" : "\(sign)\(m / 10).\(m % 10)"
    }
  }
}

struct MapDataError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

private struct Bounds {
  var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
  var isValid: Bool { minX < maxX && minY < maxY }
  mutating func add(_ p: (Double, Double)) {
    minX = min(minX, p.0); maxX = max(maxX, p.0); minY = min(minY, p.1); maxY = max(maxY, p.1)
  }
}

private struct FeatureCollection: Decodable {
  var features: [Feature]
}

private struct Feature: Decodable {
  struct Properties: Decodable { var code: String; var name: String }
  var properties: Properties
  var geometry: PolygonGeometry
}

/// A Polygon or MultiPolygon, flattened to its rings (outer and holes alike: drawn with even-odd fill).
private struct PolygonGeometry: Decodable {
  var rings: [[[Double]]]
  enum CodingKeys: String, CodingKey { case type, coordinates }
  init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    switch try c.decode(String.self, forKey: .type) {
    case "Polygon": rings = try c.decode([[[Double]]].self, forKey: .coordinates)
    case "MultiPolygon": rings = try c.decode([[[[Double]]]].self, forKey: .coordinates).flatMap { $0 }
    case let other:
      throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unsupported geometry \(other)")
    }
    guard rings.allSatisfy({ $0.allSatisfy { $0.count >= 2 } }) else {
      throw DecodingError.dataCorruptedError(forKey: .coordinates, in: c, debugDescription: "a position needs two numbers")
    }
  }
}
