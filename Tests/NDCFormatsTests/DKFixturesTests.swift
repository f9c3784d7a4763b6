import Foundation
@testable import NDCCore
import NDCFormats
import Testing
import NDCTestSupport

/// `fixtures/dk/`: the generated submissions of all 98 municipalities and 5 regions.
@Suite("DK fixtures")
struct DKFixturesTests {
  static let packageRoot = PackageRoot.url
  static let folder = Corpus.dk

  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".xml") }.sorted()
  }()

  static func read(_ name: String) throws -> ReadResult {
    try SubmissionReader().read(path: folder.appendingPathComponent(name).path)
  }

  @Test func oneFilePerMunicipalityAndRegionAThirdXML() throws {
    let reference = try ReferenceDataLoader.shipped()
    let date = try #require(reference.cycle("NDC2025")).referenceDate
    let codes = reference.municipalities.map(\.code) + reference.regions(on: date).map(\.code)
    #expect(Self.files.count == 103)
    #expect(Set(Self.files.map { String($0.prefix { $0 != "." }) }) == Set(codes))
    let xml = Self.files.filter { $0.hasSuffix(".xml") }.count
    #expect(xml * 3 >= Self.files.count, "\(xml) XML files of \(Self.files.count)")
  }

  @Test(arguments: files)
  func fixtureReadsWithoutErrors(_ name: String) throws {
    let result = try Self.read(name)
    let serious = result.diagnostics.filter { $0.severity.invalidates }
    #expect(serious.isEmpty, "\(name): \(serious.map { "\($0.code) \($0.location.pointer): \($0.message)" })")
    let submission = try #require(result.submission, "\(name) did not read into the model")
    #expect(name.hasPrefix("\(submission.submitter.code)."))
    #expect(submission.cycle == "NDC2025")
    #expect(submission.dataSources.contains { $0.publisher == "ndc project" && $0.title.hasPrefix("Synthetic") })
  }

  @Test func municipalBaseYearEmissionsEqualThe2018Inventory() throws {
    for name in Self.files {
      let submission = try #require(try Self.read(name).submission, "\(name)")
      guard submission.submitter.level == .municipality else { continue }
      let inventory = try #require(submission.inventory, "\(name) has no inventory")
      let base = try #require(inventory.years.first { $0.baseYear }, "\(name) has no base year")
      #expect(base.year == 2018)
      let total = base.entries.compactMap(\.amount).sum()
      let target = try #require(submission.targets.first { $0.kind == .baseYear }, "\(name) has no base-year target")
      #expect(target.baseYearEmissions == total, "\(name)")
      #expect(target.targetYear == 2030)
    }
  }

  @Test func overlapsAreDeclaredOnBothSides() throws {
    var measures: [String: [String: Measure]] = [:]
    for name in Self.files {
      let submission = try #require(try Self.read(name).submission, "\(name)")
      measures[submission.submitter.code] = Dictionary(uniqueKeysWithValues: submission.measures.map { ($0.measureId, $0) })
    }
    var declarations = 0
    for (code, own) in measures {
      for measure in own.values {
        for overlap in measure.overlaps {
          declarations += 1
          let counterpart = try #require(measures[overlap.submitterCode]?[overlap.measureId], "\(code)/\(measure.measureId)")
          #expect(counterpart.overlaps.contains { $0.submitterCode == code && $0.measureId == measure.measureId })
        }
      }
    }
    #expect(declarations >= 10)
  }

  // MARK: Determinism

  /// The `ndc-dev` executable next to the test bundle (the generator lives in that target).
  static let generator: URL? = {
    var url = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = url.appendingPathComponent("ndc-dev")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      url = url.deletingLastPathComponent()
    }
    return nil
  }()

  static func generate(into folder: URL) throws -> [String: Data] {
    let executable = try #require(generator, "the ndc-dev executable is not built (run `swift build` first)")
    let process = Process()
    process.executableURL = executable
    process.arguments = ["gen-fixtures", "--output", folder.path]
    process.currentDirectoryURL = packageRoot
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return try contents(of: folder)
  }

  static func contents(of folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
      result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return result
  }

  @Test func generatorIsDeterministicAndTheCommittedFixturesAreCurrent() throws {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-fixtures-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let first = try Self.generate(into: scratch.appendingPathComponent("a"))
    let second = try Self.generate(into: scratch.appendingPathComponent("b"))
    #expect(first.count == 103)
    #expect(first == second)
    let committed = try Self.contents(of: Self.folder)
    let stale = first.keys.filter { committed[$0] != first[$0] }.sorted()
    #expect(stale.isEmpty, "fixtures/dk is out of date for \(stale.prefix(5)); run `swift run ndc-dev gen-fixtures`")
  }
}
