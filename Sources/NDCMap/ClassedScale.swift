import NDCCore

/// A classed colour scale for a choropleth: `limits` (ascending, one more than the classes) and
/// one fill per class. Class `i` holds values from `limits[i]` up to, not including,
/// `limits[i + 1]`; the last class includes its upper limit. Limits are round numbers (two
/// significant digits) taken at the quantiles of the values, so each class holds about as many
/// areas; a scale across zero has zero as a limit and a diverging scheme.
public struct ClassedScale: Sendable, Hashable {
  public var limits: [ExactDecimal]
  public var fills: [String]

  public init(limits: [ExactDecimal], fills: [String]) {
    precondition(limits.count == fills.count + 1, "a classed scale needs one limit more than fills")
    self.limits = limits
    self.fills = fills
  }

  /// The class of `value`; nil outside the limits.
  public func classIndex(_ value: ExactDecimal) -> Int? {
    guard let first = limits.first, let last = limits.last, value >= first, value <= last else { return nil }
    for i in 1..<limits.count where value < limits[i] { return i - 1 }
    return fills.count - 1
  }

  public func fill(_ value: ExactDecimal) -> String? { classIndex(value).map { fills[$0] } }

  /// Round limits at the quantiles of `values` (about `classes` classes), coloured by a
  /// sequential scheme; by a diverging one (blues below zero, reds above) when the values cross
  /// zero; by blues, darkest lowest, when none is above zero.
  public static func quantiles(_ values: [ExactDecimal], classes: Int = 5, sequential: Palette = .yellowOrangeRed) -> ClassedScale? {
    let sorted = values.sorted()
    guard let low = sorted.first, let high = sorted.last else { return nil }
    var limits = [RoundSteps.significant(low, digits: 2, up: false)]
    let classes = max(classes, 1)
    for k in 1..<classes {
      let q = RoundSteps.significant(sorted[(sorted.count * k) / classes], digits: 2, up: false)
      if q > limits.last! && q < high { limits.append(q) }
    }
    let top = RoundSteps.significant(high, digits: 2, up: true)
    if top > limits.last! { limits.append(top) } else { limits.append(limits.last! + .one) }
    let crosses = low.isNegative && high.isPositive
    if crosses, !limits.contains(.zero) {
      limits.append(.zero)
      limits.sort()
    }
    let count = limits.count - 1
    if !high.isPositive {
      // Every value at or below zero: blues, darkest for the lowest.
      return ClassedScale(limits: limits, fills: Palette(colours: Palette.blues).pick(count).reversed())
    }
    if crosses {
      let below = limits.filter(\.isNegative).count
      let above = count - below
      return ClassedScale(limits: limits, fills: Palette.diverging(below: below, above: above))
    }
    return ClassedScale(limits: limits, fills: sequential.pick(count))
  }
}

/// Colour-blind-safe schemes after ColorBrewer (Cynthia Brewer, colorbrewer2.org), 9 classes each;
/// fewer classes take evenly spaced colours from light to dark.
public struct Palette: Sendable, Hashable {
  public var colours: [String]
  public init(colours: [String]) { self.colours = colours }

  public static let yellowOrangeRed = Palette(colours: ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"])
  public static let yellowGreenBlue = Palette(colours: ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"])
  static let blues = ["#f7fbff", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"]
  static let reds = ["#fff5f0", "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f"]

  /// `count` colours from light to dark.
  public func pick(_ count: Int) -> [String] {
    guard count > 0 else { return [] }
    if count == 1 { return [colours[colours.count / 2]] }
    // Skip the lightest colour (too close to the page) when there is room.
    let first = count < colours.count ? 1 : 0
    return (0..<count).map { colours[first + ($0 * (colours.count - 1 - first)) / (count - 1)] }
  }

  /// Blues for the classes below zero (darkest lowest), reds above (darkest highest): RdBu.
  public static func diverging(below: Int, above: Int) -> [String] {
    func ramp(_ colours: [String], _ n: Int) -> [String] { Palette(colours: colours).pick(n) }
    return ramp(blues, below).reversed() + ramp(reds, above)
  }
}
