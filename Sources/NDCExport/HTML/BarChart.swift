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

  var id: String
  var title: String
  var unit: String
  /// The header of the category column in the table alternative.
  var categoryHeader: String
  var categories: [String]
  var series: [Series]
  var layout: Layout
  var orientation: Orientation

  static let palette = ["#1b5e8c", "#e07b24", "#3a9a5b", "#b83b3b", "#7b5ea7", "#8c6d1b", "#3fa7b5", "#c2569b"]

  var isEmpty: Bool { categories.isEmpty || series.allSatisfy { $0.values.allSatisfy { $0 == nil } } }

  /// The lowest and highest value the axis must show (zero always included).
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
