@testable import NDCCore
import Testing

/// `ExactDecimal`'s canonical text, written straight to bytes, is the shortest form: no
/// trailing zeros, no `-0`, the same with and without the 64-bit shortcut.
@Suite struct ExactDecimalTextTests {
  /// The text computed the plain way, with 128-bit arithmetic throughout.
  static func reference(_ d: ExactDecimal) -> String {
    if d.micros == 0 { return "0" }
    let magnitude = d.micros < 0 ? -d.micros : d.micros
    var fraction = String(magnitude % ExactDecimal.scale)
    fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
    while fraction.last == "0" { fraction.removeLast() }
    return (d.micros < 0 ? "-" : "") + String(magnitude / ExactDecimal.scale) + (fraction.isEmpty ? "" : "." + fraction)
  }

  static let values: [Int128] = [
    0, 1, -1, 10, 100_000, 999_999, 1_000_000, -1_000_000, 1_000_001, 1_500_000, 34_039_453_500_000,
    999_999_999_999_999_999_999, -999_999_999_999_999_999_999, Int128(UInt64.max), Int128(UInt64.max) * 1_000_000 + 7,
    -(Int128(UInt64.max) * 1_000_000 + 120),
  ]

  @Test(arguments: values)
  func theTextIsTheShortestForm(micros: Int128) {
    let d = ExactDecimal(micros: micros)
    #expect(d.description == Self.reference(d))
    var bytes: [UInt8] = [UInt8(ascii: "x")]
    d.appendDescription(to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == "x" + Self.reference(d), "appends after what is there")
  }

  @Test func examplesReadAsWritten() {
    #expect(ExactDecimal("0.000001")!.description == "0.000001")
    #expect(ExactDecimal("-12.50")!.description == "-12.5")
    #expect(ExactDecimal("-0.0")!.description == "0")
    #expect(ExactDecimal("34039453.5")!.description == "34039453.5")
  }

  @Test(arguments: [UInt64(0), 9, 10, 99, 100, 1_234_567_890, UInt64.max])
  func digitsAreTheDecimalNumber(value: UInt64) {
    var bytes: [UInt8] = []
    ExactDecimal.appendDigits(value, to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == String(value))
  }
}
