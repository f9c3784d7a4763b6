import NDCCompile
@testable import NDCCore
import Testing

/// CONTRIBUTION.md rule 1: which submission counts.
@Suite struct SelectionTests {
  @Test func highestValidVersionCountsAndOlderAreSuperseded() throws {
    let v1 = T.input(T.submission("101", version: 1)), v2 = T.input(T.submission("101", version: 2))
    let doc = try T.compiler().compile(inputs: [v2, v1])
    #expect(doc.status(of: v2.path) == .counted)
    #expect(doc.status(of: v1.path) == .superseded)
  }

  @Test func invalidNewestVersionFallsBackToHighestValid() throws {
    let v1 = T.input(T.submission("101", version: 1))
    let v2 = T.input(T.submission("101", version: 2), diagnostics: [T.error()])
    let doc = try T.compiler().compile(inputs: [v1, v2])
    #expect(doc.status(of: v2.path) == .invalid)
    #expect(doc.status(of: v1.path) == .fallback)
    #expect(doc.inputs.first { $0.path == v2.path }!.reason.contains("NDC-TEST-001"))
  }

  @Test func duplicateVersionsWithDifferentContentAreAllExcluded() throws {
    let a = T.input(T.submission("101", version: 2), path: "a.json")
    var other = T.submission("101", version: 2)
    other.plan.title = "Another plan"
    let b = T.input(other, path: "b.json")
    let v1 = T.input(T.submission("101", version: 1))
    let doc = try T.compiler().compile(inputs: [a, b, v1])
    #expect(doc.status(of: "a.json") == .duplicate)
    #expect(doc.status(of: "b.json") == .duplicate)
    #expect(doc.status(of: v1.path) == .fallback)
  }

  @Test func theSameModelTwiceIsIdenticalNotCountedTwice() throws {
    let s = T.submission("101")
    let xml = T.input(s, path: "101.xml", format: .xml), json = T.input(s, path: "101.json", format: .json)
    let doc = try T.compiler().compile(inputs: [xml, json])
    #expect(doc.status(of: "101.json") == .counted)
    #expect(doc.status(of: "101.xml") == .identical)
    #expect(doc.figure(.municipality, "101", 2020, "total")?.tco2e == T.d("100"))
  }

  @Test func otherCycleIsExcludedWhenTheCycleIsChosen() throws {
    let a = T.input(T.submission("101")), b = T.input(T.submission("147", cycle: "NDC2030"))
    let doc = try T.compiler(cycle: "NDC2025").compile(inputs: [a, b])
    #expect(doc.status(of: b.path) == .otherCycle)
    #expect(doc.status(of: a.path) == .counted)
  }

  @Test func severalCyclesWithoutChoiceAreRefused() {
    let a = T.input(T.submission("101")), b = T.input(T.submission("147", cycle: "NDC2030"))
    #expect(throws: CompileError.severalCycles(["NDC2025", "NDC2030"])) { try T.compiler().compile(inputs: [a, b]) }
  }

  @Test func nothingCountingIsRefused() {
    let a = T.input(T.submission("101"), diagnostics: [T.error()])
    #expect(throws: CompileError.nothingCounts) { try T.compiler().compile(inputs: [a]) }
  }

  @Test func strictRefusesInvalidInputsAndOtherwiseCompiles() throws {
    let good = T.input(T.submission("101"))
    let bad = T.input(T.submission("147"), diagnostics: [T.error()])
    #expect(throws: CompileError.strictRefused(invalid: [bad.path], duplicate: [])) {
      try T.compiler(strict: true).compile(inputs: [good, bad])
    }
    #expect(try T.compiler(strict: true).compile(inputs: [good]).inputs.count == 1)
  }

  @Test func warningsDoNotInvalidate() throws {
    let warning = Diagnostic(code: "NDC-W", severity: .warning, message: "w", location: Location(pointer: .root))
    let a = T.input(T.submission("101"), diagnostics: [warning])
    let doc = try T.compiler().compile(inputs: [a])
    #expect(doc.status(of: a.path) == .counted)
    #expect(doc.diagnostics == [DiagnosticCount(code: "NDC-W", severity: .warning, count: 1)])
  }
}
