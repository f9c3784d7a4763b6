import NDCCompile
@testable import NDCCore
import Testing

/// CONTRIBUTION.md rules 7 and 8, and "Reproducible".
@Suite struct ProvenanceTests {
  @Test func inputsAreSortedBySubmitterVersionAndPathAndIndexed() throws {
    let inputs = [
      T.input(T.submission("751"), path: "z.json"), T.input(T.submission("101", version: 2), path: "b.json"),
      T.input(T.submission("101", version: 1), path: "c.json"), T.input(T.submission("101", version: 2), path: "a.json"),
    ]
    let doc = try T.compiler().compile(inputs: inputs)
    #expect(doc.inputs.map(\.path) == ["c.json", "a.json", "b.json", "z.json"])
    #expect(doc.inputs.map(\.index) == [1, 2, 3, 4])
    #expect(doc.figure(.municipality, "751", 2020, "total")?.inputs == [4])
    #expect(doc.inputs[0].sha256.count == 64)
  }

  @Test func sha256IsOfTheBytes() {
    #expect(CompileInput.sha256(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func compiledAtComesFromTheOptionElseTheEpochElseTheLatestCounted() throws {
    let inputs = [
      T.input(T.submission("101", submittedAt: "2025-05-01T10:00:00+02:00")),
      T.input(T.submission("147", submittedAt: "2025-09-30T23:59:59Z")),
      T.input(T.submission("253", submittedAt: "2026-01-01T00:00:00Z"), diagnostics: [T.error()]),
    ]
    #expect(try T.compiler().compile(inputs: inputs).header.compiledAt.text == "2025-09-30T23:59:59Z")
    #expect(try T.compiler(epoch: 1_764_547_200).compile(inputs: inputs).header.compiledAt.text == "2025-12-01T00:00:00Z")
    #expect(try T.compiler(compiledAt: "2026-02-03T04:05:06Z", epoch: 0).compile(inputs: inputs).header.compiledAt.text == "2026-02-03T04:05:06Z")
    #expect(CompileOptions.sourceDateEpoch(from: ["SOURCE_DATE_EPOCH": "86399"]) == 86399)
    #expect(CompileOptions.sourceDateEpoch(from: ["SOURCE_DATE_EPOCH": "soon"]) == nil)
    #expect(DateTime(epochSeconds: 951_782_400).text == "2000-02-29T00:00:00Z")
  }

  @Test func theSameInputsInAnyOrderGiveTheSameDocument() throws {
    let inputs = [T.submission("101"), T.submission("147", version: 2), T.submission("147"), T.submission("751")].map { T.input($0) }
    let a = try T.compiler().compile(inputs: inputs)
    let b = try T.compiler().compile(inputs: inputs.reversed())
    #expect(a == b)
  }

  @Test func coverageUsesRegisterPopulationAndListsTheMissing() throws {
    let doc = try T.compile([T.submission("101"), T.submission("751")])
    let nation = try #require(doc.coverage.areas.first)
    #expect(nation.code == "DK")
    #expect(nation.municipalities == 5)
    #expect(nation.reporting == 2)
    #expect(nation.registerPopulation == 1_050_010)
    #expect(nation.populationCovered == 900_000)
    #expect(nation.sharePercent == T.d("85.71"))
    let hovedstaden = try #require(doc.coverage.areas.first { $0.code == "1084" })
    #expect(hovedstaden.sharePercent == T.d("85.71"))
    #expect(doc.coverage.missing.map(\.code) == ["1082", "1084", "1085", "147", "253", "999"])
    #expect(doc.coverage.populationDate == T.date("2026-01-01"))
  }
}
