@testable import NDCCore
import Testing
@testable import NDCCheck

@Suite struct SubmissionRuleTests {
  @Test func baselineHasNoFinding() {
    let result = Fixture.check()
    #expect(result.diagnostics.map { "\($0.code)@\($0.location.pointer) \($0.message)" } == [])
    #expect(result.rulePack == "NDC2025-1")
  }

  @Test(arguments: RuleCase.all)
  func rule(_ c: RuleCase) {
    #expect(Fixture.pointers(c.code, c.change) == c.pointers)
  }

  /// Every per-file rule has a case where it fires and one where it stays quiet.
  @Test func everyRuleIsTestedBothWays() {
    let codes = SubmissionRules.all.map(\.code)
    let firing = Set(RuleCase.all.filter { !$0.pointers.isEmpty }.map(\.code))
    #expect(codes.filter { !firing.contains($0) } == [])
    // The quiet side: the baseline (no finding at all) plus the boundary cases.
    #expect(Fixture.check().diagnostics.isEmpty)
  }

  @Test func otherCycleThanRequested() {
    let result = Fixture.check(requestedCycle: "NDC2030")
    #expect(result.diagnostics.map(\.code) == ["NDC-IDN-005"])
    #expect(result.diagnostics.first?.location.pointer == "/cycle")
    #expect(Fixture.check(requestedCycle: "NDC2025").diagnostics.isEmpty)
  }

  @Test func unknownCycleRunsOnlyCycleIndependentRules() {
    let result = Fixture.check { s in
      s.cycle = "NDC2024"
      s.submitter.code = "999"  // IDN-001 needs the cycle's date: does not run
      s.targets[1].targetYear = 2060  // TGT-011 needs the pack: does not run
      s.plan.adoptedOn = nil  // PLN-001 is independent: runs
    }
    #expect(result.rulePack == nil)
    #expect(Set(result.diagnostics.map(\.code)) == ["NDC-IDN-004", "NDC-PLN-001"])
  }

  @Test func nationalAmbitionMessagesStateTheNationalFigure() {
    let below = Fixture.check { $0.targets[0].reductionPercent = ExactDecimal(60) }.diagnostics
    #expect(below.first { $0.code == "NDC-TGT-009" }?.message.contains("70 % in 2030 against 1990") == true)
    let law = Fixture.check { $0.targets[1].targetYear = 2055 }.diagnostics
    #expect(law.first { $0.code == "NDC-TGT-011" }?.message.contains("2050, the Climate Act") == true)
    let aim = Fixture.check { $0.targets[1].targetYear = 2048 }.diagnostics
    let info = aim.first { $0.code == "NDC-TGT-012" }?.message ?? ""
    #expect(info.contains("2045, the government's aim") && info.contains("2050"))
  }

  @Test func messagesStateTheFigures() {
    let d = Fixture.check { $0.targets[0].baseYearEmissions = ExactDecimal(1_700_000) }.diagnostics
    let message = d.first { $0.code == "NDC-TGT-005" }?.message ?? ""
    #expect(message.contains("1 700 000") && message.contains("1 650 000") && message.contains("3.03 %"))
  }

  @Test func nameNormalisation() {
    #expect(NameNormalisation.variants("Københavns Kommune").contains(NameNormalisation.normalise("København")))
    #expect(NameNormalisation.normalise("Region Hovedstaden") == NameNormalisation.normalise("hovedstaden"))
    #expect(NameNormalisation.normalise("Læsø") == "laesoe")
    #expect(!NameNormalisation.variants("Aarhus Kommune").contains("koebenhavn"))
  }
}
