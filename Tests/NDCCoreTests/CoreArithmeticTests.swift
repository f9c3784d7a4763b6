@testable import NDCCore
import NDCTestSupport
import Testing

/// The core's exact arithmetic, dates and pointers (CONTRIBUTION.md "Arithmetic"; SUBMISSION.md
/// lexical forms).
@Suite struct CoreArithmeticTests {
  static func d(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

  @Test(arguments: [
    ("0.5", 0, "0"), ("1.5", 0, "2"), ("2.5", 0, "2"), ("-2.5", 0, "-2"), ("-3.5", 0, "-4"),
    ("0.125", 2, "0.12"), ("0.135", 2, "0.14"), ("0.1251", 2, "0.13"), ("-0.125", 2, "-0.12"),
    ("1.000005", 5, "1"), ("1.000015", 5, "1.00002"), ("7", 3, "7"),
  ])
  func roundsHalfToEven(value: String, places: Int, expected: String) {
    #expect(Self.d(value).rounded(places: places) == Self.d(expected))
  }

  @Test func productsAndQuotientsRoundOnceHalfToEvenAtSixPlaces() {
    // 0.000001 × 0.5 = 0.0000005: a tie, to the even 0.
    #expect(Self.d("0.000001") * Self.d("0.5") == .zero)
    // 0.000003 × 0.5 = 0.0000015: a tie, to the even 0.000002.
    #expect(Self.d("0.000003") * Self.d("0.5") == Self.d("0.000002"))
    #expect(Self.d("1").divided(by: Self.d("3")) == Self.d("0.333333"))
    #expect(Self.d("2").divided(by: Self.d("3")) == Self.d("0.666667"))
    #expect(Self.d("-2").divided(by: Self.d("3")) == Self.d("-0.666667"))
    #expect(Self.d("1").divided(by: .zero) == nil)
    #expect(Self.d("1").percent(of: Self.d("3")) == Self.d("33.33"))
    #expect(Self.d("1").percent(of: .zero) == nil)
  }

  /// Decision 251: a percentage or a quotient to two places is rounded once, from the exact
  /// quotient; rounded to six places first, 0.1250004 became 0.125 and then 0.12.
  @Test func percentagesAndShortQuotientsRoundOnce() {
    #expect(Self.d("12500.04").percent(of: Self.d("10000000")) == Self.d("0.13"))
    #expect(Self.d("1250004").percent(of: Self.d("1000000000")) == Self.d("0.13"))
    #expect(Self.d("-12500.04").percent(of: Self.d("10000000")) == Self.d("-0.13"))
    #expect(Self.d("12500.04").percent(of: Self.d("-10000000")) == Self.d("-0.13"))
    #expect(Self.d("2.010001").divided(by: Self.d("2"), places: 2) == Self.d("1.01"))
    #expect(Self.d("2.01").divided(by: Self.d("2"), places: 2) == Self.d("1"))  // 1.005: a tie, to the even 1.00
    #expect(Self.d("1").divided(by: Self.d("3"), places: 0) == .zero)
    #expect(Self.d("1").divided(by: .zero, places: 2) == nil)
    // Against the exact quotient in integers: hundredths of a percent = a × 10⁴ ÷ b, half-even.
    var r = SplitMix(seed: 251)
    for _ in 0..<5_000 {
      let a = Int128(r.below(2_000_000_000)) - 1_000_000_000, b = Int128(r.below(1_000_000_000)) + 1
      let n = a * 10_000, q = n / b, rem = n % b
      var hundredths = q
      let twice = (rem < 0 ? -rem : rem) * 2
      if twice > b || (twice == b && q % 2 != 0) { hundredths += n < 0 ? -1 : 1 }
      #expect(ExactDecimal(micros: a).percent(of: ExactDecimal(micros: b)) == ExactDecimal(micros: hundredths * 10_000), "\(a) / \(b)")
    }
  }

  @Test func proportionalScalingRoundsOnceWhereItIsComputed() {
    // 100 × 1/3: 33.333333 (rounded once), not 100 × 0.333333 = 33.3333.
    #expect(Self.d("100").scaled(by: .one, over: Self.d("3")) == Self.d("33.333333"))
    #expect(Self.d("100").scaled(by: .one, over: Self.d("3")) != Self.d("100") * Self.d("0.333333"))
    #expect(Self.d("0.000001").scaled(by: .one, over: Self.d("2")) == .zero)  // tie → even
    #expect(Self.d("0.000003").scaled(by: .one, over: Self.d("2")) == Self.d("0.000002"))
    #expect(Self.d("-0.000003").scaled(by: .one, over: Self.d("2")) == Self.d("-0.000002"))
    #expect(Self.d("10").scaled(by: Self.d("3"), over: Self.d("-4")) == Self.d("-7.5"))
    #expect(Self.d("10").scaled(by: .one, over: .zero) == nil)
    // The largest amounts the format allows do not overflow.
    let big = Self.d("999999999999999.999999")
    #expect(big.scaled(by: big, over: big) == big)
  }

  @Test func decimalLimitsOfTheLexicalForm() {
    #expect(ExactDecimal("999999999999999.999999") != nil)  // 15 integer, 6 fraction digits
    #expect(ExactDecimal("1000000000000000") == nil)  // 16 integer digits
    #expect(ExactDecimal("0.0000001") == nil)  // 7 fraction digits
    #expect(ExactDecimal("1e3") == nil)
    #expect(ExactDecimal("01") == nil)
    #expect(ExactDecimal("+1") == nil)
    #expect(ExactDecimal("1.") == nil)
    #expect(ExactDecimal(".5") == nil)
    #expect(ExactDecimal("-0") == .zero)
    #expect(ExactDecimal("-0")?.description == "0")
    #expect(ExactDecimal("+01", lenient: true) == .one)
    #expect(ExactDecimal("1" + String(repeating: "0", count: 29), lenient: true) != nil)
    #expect(ExactDecimal("1" + String(repeating: "0", count: 30), lenient: true) == nil)
  }

  @Test func datesExistInTheCalendar() {
    #expect(CalendarDate("2024-02-29") != nil)
    #expect(CalendarDate("2025-02-29") == nil)
    #expect(CalendarDate("2000-02-29") != nil)
    #expect(CalendarDate("1900-02-29") == nil)
    #expect(CalendarDate("2025-13-01") == nil)
    #expect(CalendarDate("2025-1-01") == nil)
    #expect(CalendarDate("2025-12-31")!.description == "2025-12-31")
    #expect(CalendarDate("2025-12-31")! < CalendarDate("2026-01-01")!)
    #expect(CalendarDate("2026-01-01")!.daysSinceEpoch - CalendarDate("2025-12-31")!.daysSinceEpoch == 1)
  }

  @Test func dateTimesCompareAsInstantsWithTheirFraction() throws {
    let a = try #require(DateTime("2025-03-01T12:30:00+01:00"))
    let b = try #require(DateTime("2025-03-01T11:30:00Z"))
    #expect(a.epochSeconds == b.epochSeconds)
    #expect(try #require(DateTime("2025-03-01T11:30:00.5Z")) > b)
    #expect(try #require(DateTime("2025-03-01T11:30:00.10Z")) < (try #require(DateTime("2025-03-01T11:30:00.2Z"))))
    #expect(DateTime("2025-03-01T11:30:00") == nil)  // no offset
    #expect(DateTime("2025-03-01T24:00:00Z") == nil)
    #expect(DateTime("2025-03-01T11:30:00.Z") == nil)
    #expect(a.date == CalendarDate("2025-03-01"))
  }

  @Test func validityPeriodsIncludeBothEnds() throws {
    let period = Validity(from: CalendarDate("2027-01-01"), to: CalendarDate("2027-12-31"))
    #expect(period.contains(try #require(CalendarDate("2027-01-01"))))
    #expect(period.contains(try #require(CalendarDate("2027-12-31"))))
    #expect(!period.contains(try #require(CalendarDate("2026-12-31"))))
    #expect(!period.contains(try #require(CalendarDate("2028-01-01"))))
    #expect(Validity.always.contains(try #require(CalendarDate("1900-01-01"))))
    #expect(Validity(to: CalendarDate("2026-12-31")).contains(try #require(CalendarDate("1000-01-01"))))
  }

  @Test func jsonPointersEscapeTildeAndSlash() {
    let p = JSONPointer.root / "a/b" / "m~n" / 3 / ""
    #expect(p.text == "/a~1b/m~0n/3/")
    #expect(p.tokens == ["a/b", "m~n", "3", ""])
    #expect(JSONPointer(tokens: ["~1"]).text == "/~01")
    #expect(JSONPointer(escaped: "/~01").tokens == ["~1"])
    #expect(p.parent.text == "/a~1b/m~0n/3")
    #expect(JSONPointer.root.parent == .root)
    #expect(JSONPointer.root.tokens.isEmpty)
  }

  @Test func theCounting2030TargetIsAdoptedUnconditionalAndCoversMost() {
    func t(_ id: String, year: Int = 2030, kind: TargetKind = .baseYear, gpc: [String], conditional: Bool = false,
      status: TargetStatus = .adopted) -> Target {
      Target(
        targetId: id, kind: kind, baseYear: 2018, baseYearEmissions: Self.d("100"), targetYear: year,
        reductionPercent: Self.d("70"), coverage: TargetCoverage(gpc: gpc, gases: [.co2e]), conditional: conditional,
        status: status)
    }
    let targets = [
      t("A", gpc: ["I"]), t("B", gpc: ["I", "II"]), t("C", gpc: ["I", "II"]),
      t("D", gpc: ["I", "II", "III"], conditional: true), t("E", year: 2035, gpc: ["I", "II", "III", "IV"]),
    ]
    #expect(targets.counting2030?.targetId == "B")  // first of the widest on a tie; D conditional; E not 2030
    #expect(t("N", year: 2028, kind: .netZero, gpc: []).is2030)
    #expect(!t("N", year: 2031, kind: .netZero, gpc: []).is2030)
    #expect(t("N", year: 2028, kind: .netZero, gpc: []).reductionIn2030Percent == .hundred)
    #expect([t("X", gpc: ["I"], status: .proposed)].counting2030 == nil)
  }
}

