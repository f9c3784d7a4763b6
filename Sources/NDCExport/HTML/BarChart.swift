import NDCCore

/// A bar chart drawn as inline SVG, with its figures as a table alternative. Bars are grouped
/// (one bar per series) or stacked (negative values stack below zero). Geometry is computed in
/// exact decimals and written with two places; no floating point touches a figure.
struct BarChart: Sendable {
  enum Layout: Sendable { case grouped, stacked }
  enum Orientation: Sendable { case vertical, horizontal }

  struct Series: Sendable {
    var name: String
    var values: [ExactDecimal?]
  }

  /// What the values measure: gives the exact figures' unit and the axis's scaled unit.
  enum Quantity: Sendable {
    case tonnes, tonnesPerInhabitant, megawatts, hectares, kroner

    /// The catalogue key of the unit the document's figures are in.
    var unitKey: String {
      switch self {
      case .tonnes: "unit.t"
      case .tonnesPerInhabitant: "unit.tPerInhabitant"
      case .megawatts: "unit.mw"
      case .hectares: "unit.ha"
      case .kroner: "unit.dkk"
      }
    }

    /// Larger units an axis may use, largest first: (divisor, catalogue key).
    var scaled: [(divisor: ExactDecimal, key: String)] {
      switch self {
      case .tonnes: [(ExactDecimal(1_000_000), "unit.mt"), (ExactDecimal(1_000), "unit.kt")]
      case .megawatts: [(ExactDecimal(1_000), "unit.gw")]
      case .hectares, .tonnesPerInhabitant: []
      case .kroner: [(ExactDecimal(1_000_000_000), "unit.dkk.bn"), (ExactDecimal(1_000_000), "unit.dkk.m")]
      }
    }

    /// The axis unit for figures up to `largest` in magnitude: the largest unit not above it.
    func axisUnit(largest: ExactDecimal) -> (divisor: ExactDecimal, key: String) {
      scaled.first { largest >= $0.divisor } ?? (.one, unitKey)
    }
  }

  var id: String
  var title: String
  var quantity: Quantity
  /// The header of the category column in the table alternative.
  var categoryHeader: String
  var categories: [String]
  var series: [Series]
  var layout: Layout
  var orientation: Orientation

  static let palette = ["#1b5e8c", "#e07b24", "#3a9a5b", "#b83b3b", "#7b5ea7", "#8c6d1b", "#3fa7b5", "#c2569b"]

  var isEmpty: Bool { categories.isEmpty || series.allSatisfy { $0.values.allSatisfy { $0 == nil } } }

  /// The lowest and highest value the bars reach (zero always included).
  var range: (low: ExactDecimal, high: ExactDecimal) {
    var low = ExactDecimal.zero, high = ExactDecimal.zero
    for c in categories.indices {
      let values = series.compactMap { $0.values[c] }
      switch layout {
      case .grouped:
        for v in values { low = min(low, v); high = max(high, v) }
      case .stacked:
        low = min(low, values.filter(\.isNegative).sum())
        high = max(high, values.filter(\.isPositive).sum())
      }
    }
    if low == high { high = .one }
    return (low, high)
  }
}

/// A rectangle in chart coordinates.
struct Rect: Sendable {
  var x, y, width, height: ExactDecimal
}
