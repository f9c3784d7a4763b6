@testable import NDCCore
import Testing
@testable import NDCDocument
@testable import NDCFormats

/// The reader's root checks and the schema checks, each both ways.
struct JSONDocumentReaderTests {
  typealias Docs = JSONTestDocuments

  static func codes(_ pointer: JSONPointer, _ value: DocValue?) -> [String] {
    Docs.read(Docs.replacing(pointer, in: Docs.base, with: value)).map(\.code)
  }

  @Test func theFullSampleIsValid() {
    #expect(Docs.read(Docs.base).isEmpty)
    #expect(Docs.read(SubmissionCoding.encode(CodingSamples.minimal)).isEmpty)
  }

  @Test func rootMustBeAnObject() {
    let list = JSONDocumentReader.read(bytes: Array("[]".utf8), format: SubmissionFormat.document)
    #expect(list.diagnostics.map(\.code) == ["NDC-STR-011"])
    #expect(list.diagnostics.first?.severity == .blocker)
  }

  @Test func schemaVersionMustBeThisVersion() {
    #expect(Self.codes("/schemaVersion", nil) == ["NDC-STR-009"])
    #expect(Self.codes("/schemaVersion", .string("2.0")) == ["NDC-STR-009"])
    #expect(Self.codes("/schemaVersion", .number("1.0")) == ["NDC-STR-009"])
    #expect(Self.codes("/schemaVersion", .string("1.0")) == [])
  }

  @Test func missingRequiredMemberPointsAtTheParent() {
    let diagnostics = Docs.read(Docs.replacing("/plan/title", in: Docs.base, with: nil))
    #expect(diagnostics.map(\.code) == ["NDC-SCH-001"])
    #expect(diagnostics.first?.location.pointer == "/plan")
    #expect(diagnostics.first?.message.contains("`title`") == true)
    #expect(Self.codes("/plan/url", nil) == [])
  }

  @Test func unexpectedMemberIsNamedWithASuggestion() {
    let diagnostics = Docs.read(Docs.replacing("/plan/titel", in: Docs.base, with: .string("x")))
    #expect(diagnostics.map(\.code) == ["NDC-SCH-002"])
    #expect(diagnostics.first?.location.pointer == "/plan/titel")
    #expect(diagnostics.first?.hint == "did you mean `title`?")
  }

  @Test func wrongTypes() {
    #expect(Self.codes("/version", .string("1")) == ["NDC-SCH-003"])
    #expect(Self.codes("/plan", .array([])) == ["NDC-SCH-003"])
    #expect(Self.codes("/targets", .object([])) == ["NDC-SCH-003"])
    #expect(Self.codes("/targets/0/conditional", .string("false")) == ["NDC-SCH-003"])
    #expect(Self.codes("/contact/phone", .null) == ["NDC-SCH-003"])
    #expect(Self.codes("/inventory/years/0/entries/0/amount", .string("1")) == ["NDC-SCH-003"])
    #expect(Self.codes("/version", .number("1.5")) == ["NDC-SCH-003"])
    #expect(Self.codes("/version", .number("3")) == [])
  }

  @Test func integerWithZeroFractionIsTheNumberFormError() {
    let diagnostics = Docs.read(Docs.replacing("/targets/0/targetYear", in: Docs.base, with: .number("2030.0")))
    #expect(diagnostics.map(\.code) == ["NDC-SCH-007"])
    #expect(diagnostics.first?.hint == "write `2030`")
  }

  @Test func enumerations() {
    let diagnostics = Docs.read(Docs.replacing("/inventory/years/0/entries/0/gas", in: Docs.base, with: .string("co2e")))
    #expect(diagnostics.map(\.code) == ["NDC-SCH-004"])
    #expect(diagnostics.first?.hint == "write `CO2e` (codes are case-sensitive)")
    #expect(Self.codes("/language", .string("de")) == ["NDC-SCH-004"])
    #expect(Self.codes("/language", .string("en")) == [])
  }

  @Test func patterns() {
    let code = Docs.read(Docs.replacing("/submitter/code", in: Docs.base, with: .string("0101")))
    #expect(code.map(\.code) == ["NDC-SCH-005"])
    #expect(code.first?.hint == "write `101`")
    #expect(Self.codes("/submitter/code", .string("1084")) == [])
    #expect(Self.codes("/plan/adoptedOn", .string("2023-02-29")) == ["NDC-SCH-005"])
    #expect(Self.codes("/plan/adoptedOn", .string("2024-02-29")) == [])
    #expect(Self.codes("/submittedAt", .string("2025-03-01T12:30:00")) == ["NDC-SCH-005"])
    #expect(Self.codes("/submittedAt", .string("2025-02-30T12:30:00Z")) == ["NDC-SCH-005"])
    #expect(Self.codes("/contact/email", .string("klima.kk.dk")) == ["NDC-SCH-005"])
    #expect(Self.codes("/measures/0/gpc/0", .string("VII")) == ["NDC-SCH-005"])
    #expect(Self.codes("/plan/title", .string("")) == ["NDC-SCH-005"])
    #expect(Self.codes("/plan/title", .string("a\u{1}b")) == ["NDC-SCH-005"])
    #expect(Self.codes("/plan/title", .string("a\nb")) == [])
  }

  @Test func bounds() {
    #expect(Self.codes("/inventory/years/0/year", .number("1989")) == ["NDC-SCH-006"])
    #expect(Self.codes("/inventory/years/0/year", .number("1990")) == [])
    #expect(Self.codes("/measures/0/overlaps/0/share", .number("0")) == ["NDC-SCH-006"])
    #expect(Self.codes("/measures/0/overlaps/0/share", .number("1.000001")) == ["NDC-SCH-006"])
    #expect(Self.codes("/measures/0/overlaps/0/share", .number("1")) == [])
    #expect(Self.codes("/renewables/0/capacityMW", .number("-0.5")) == ["NDC-SCH-006"])
    #expect(Self.codes("/measures/0/gases", .array([])) == ["NDC-SCH-006"])
  }

  @Test func diagnosticsCarryPositionsInDocumentOrder() {
    let text = "{\n  \"schemaVersion\": \"1.0\",\n  \"version\": \"1\",\n  \"språk\": 1\n}\n"
    let diagnostics = JSONDocumentReader.read(bytes: Array(text.utf8), format: SubmissionFormat.document).diagnostics
    let wrongType = diagnostics.first { $0.code == "NDC-SCH-003" }
    let unexpected = diagnostics.first { $0.code == "NDC-SCH-002" }
    #expect(wrongType?.location.position == SourcePosition(line: 3, column: 14))
    #expect(unexpected?.location.position == SourcePosition(line: 4, column: 3))
    // Missing members point at their parent, here the root at 1:1, so they come first.
    let missing = diagnostics.prefix { $0.code == "NDC-SCH-001" }
    #expect(missing.count == diagnostics.count - 2)
    #expect(missing.allSatisfy { $0.location.position == SourcePosition(line: 1, column: 1) })
  }
}
