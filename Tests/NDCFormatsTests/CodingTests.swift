@testable import NDCCore
import Testing
@testable import NDCDocument
@testable import NDCFormats

/// Encode → write → parse → decode gives the same model; the canonical document follows the
/// format's order and omits what is empty; XML-style documents decode too.
struct CodingTests {
  /// A submission built in code (`Model`: every member at its default until set) names the
  /// version of the format this tool writes, and no other.
  @Test func aBuiltSubmissionNamesTheFormatVersion() {
    #expect(Submission.blank.schemaVersion == SubmissionFormat.version)
    #expect(Submission(submissionId: "S1").schemaVersion == SubmissionFormat.version)
  }

  @Test(arguments: [CodingSamples.full, CodingSamples.minimal])
  func roundTripThroughJSON(_ submission: Submission) throws {
    let written = SubmissionWriter.write(submission, as: .json)
    let read = JSONDocumentReader.read(bytes: Array(written.utf8), format: SubmissionFormat.document)
    #expect(read.diagnostics.isEmpty)
    let document = try #require(read.document)
    #expect(SubmissionCoding.decode(document) == submission)
    // Writing the read document again gives the same bytes (canonical is a fixed point).
    #expect(JSONWriter.write(document, format: SubmissionFormat.document) == written)
  }

  @Test func membersFollowTheShapeOrder() {
    func names(_ node: DocNode?) -> [String] {
      if case .object(let members)? = node?.value { return members.map(\.name) }
      return []
    }
    let document = SubmissionCoding.encode(CodingSamples.full)
    #expect(names(document) == SubmissionFormat.submission.objectShape!.fields.map(\.name))
    #expect(names(document.node(at: "/measures/0")) == SubmissionFormat.measure.objectShape!.fields.map(\.name))
    #expect(names(document.node(at: "/targets/0")) == SubmissionFormat.target.objectShape!.fields.map(\.name))
  }

  /// JSON objects may list their members in any order: decoding finds each member wherever it
  /// stands (the reader looks after the member read last first, then everywhere).
  @Test(arguments: [CodingSamples.full, CodingSamples.minimal])
  func decodingDoesNotDependOnMemberOrder(_ submission: Submission) throws {
    func reordered(_ node: DocNode, _ order: ([DocMember]) -> [DocMember]) -> DocNode {
      switch node.value {
      case .object(let members):
        return DocNode(.object(order(members.map { DocMember($0.name, reordered($0.node, order)) })))
      case .array(let items): return DocNode(.array(items.map { reordered($0, order) }))
      default: return node
      }
    }
    let document = SubmissionCoding.encode(submission)
    let reversed = reordered(document) { $0.reversed() }
    let rotated = reordered(document) { $0.count > 2 ? Array($0[2...] + $0[..<2]) : $0 }
    #expect(reversed != document)
    #expect(SubmissionCoding.decode(reversed) == submission)
    #expect(SubmissionCoding.decode(rotated) == submission)
  }

  @Test func emptyListsAndAbsentOptionalsAreOmitted() {
    let document = SubmissionCoding.encode(CodingSamples.minimal)
    #expect(document[member: "targets"] == nil)
    #expect(document[member: "inventory"] == nil)
    #expect(document.node(at: "/contact/phone") == nil)
    #expect(document[member: "version"]?.value == .number("1"))
  }

  @Test func decimalsAreWrittenShortest() {
    var submission = CodingSamples.minimal
    submission.renewables = [
      RenewableProject(projectId: "R", technology: .biogas, capacityMW: ExactDecimal("1.50")!, status: .planned)
    ]
    let document = SubmissionCoding.encode(submission)
    #expect(document.node(at: "/renewables/0/capacityMW")?.value == .number("1.5"))
  }

  /// XML gives every scalar as a string; non-text scalars may carry XML white space.
  @Test func decodesXMLStyleScalars() throws {
    func xmlStyle(_ node: DocNode) -> DocNode {
      switch node.value {
      case .object(let members): return DocNode(.object(members.map { DocMember($0.name, xmlStyle($0.node)) }))
      case .array(let items): return DocNode(.array(items.map(xmlStyle)))
      case .number(let text): return DocNode(.string("\n  \(text) \t"))
      case .bool(let flag): return DocNode(.string(" \(flag) "))
      default: return node
      }
    }
    let document = xmlStyle(SubmissionCoding.encode(CodingSamples.full))
    #expect(SubmissionCoding.decode(document) == CodingSamples.full)
    let paddedDate = JSONTestDocuments.replacing("/plan/adoptedOn", in: document, with: .string(" 2024-02-29\n"))
    #expect(SubmissionCoding.decode(paddedDate) == CodingSamples.full)
  }

  @Test func textIsNotTrimmed() {
    let document = JSONTestDocuments.replacing("/plan/title", in: SubmissionCoding.encode(CodingSamples.minimal), with: .string(" Plan "))
    #expect(SubmissionCoding.decode(document)?.plan.title == " Plan ")
  }

  @Test func aDocumentOfAnotherShapeDoesNotDecode() {
    let base = SubmissionCoding.encode(CodingSamples.minimal)
    #expect(SubmissionCoding.decode(base) != nil)
    #expect(SubmissionCoding.decode(JSONTestDocuments.replacing("/version", in: base, with: .string("x"))) == nil)
    #expect(SubmissionCoding.decode(JSONTestDocuments.replacing("/plan", in: base, with: nil)) == nil)
    #expect(SubmissionCoding.decode(DocNode(.array([]))) == nil)
  }

  /// Decoding starts from the model's blank object (0, "", the first code of a list): a
  /// required member that is absent must fail the decode, not leave its blank standing.
  @Test func anAbsentRequiredMemberIsNotLeftBlank() {
    let base = SubmissionCoding.encode(CodingSamples.full)
    #expect(SubmissionCoding.decode(base) == CodingSamples.full)
    let required: [JSONPointer] = [
      "/version", "/submittedAt", "/language", "/plan/status", "/submitter/code", "/targets/0/conditional",
      "/targets/0/coverage", "/measures/0/startYear", "/inventory/years/0/baseYear", "/inventory/methodology",
    ]
    for pointer in required {
      #expect(SubmissionCoding.decode(JSONTestDocuments.replacing(pointer, in: base, with: nil)) == nil, "\(pointer)")
    }
    // Optional members may be absent (nil), and lists (empty).
    let noPhone = SubmissionCoding.decode(JSONTestDocuments.replacing("/contact/phone", in: base, with: nil))
    #expect(noPhone != nil && noPhone?.contact.phone == nil)
    #expect(CodingSamples.full.contact.phone != nil)
    let noTargets = SubmissionCoding.decode(JSONTestDocuments.replacing("/targets", in: base, with: nil))
    #expect(noTargets != nil && noTargets?.targets == [])
    #expect(CodingSamples.full.targets != [])
  }

  /// The shape is made from the field lists: what the model cannot leave out is required, an
  /// optional is not, a list only where its field list says so.
  @Test func theShapeFollowsTheFieldLists() throws {
    let root = try #require(SubmissionFormat.submission.objectShape)
    #expect(root.fields.map(\.name).prefix(3) == ["schemaVersion", "submissionId", "cycle"])
    #expect(root.field("submitter")?.required == true)
    #expect(root.field("inventory")?.required == false)
    #expect(root.field("targets")?.required == false)
    #expect(root.field("schemaVersion")?.xmlAttribute == true)
    #expect(root.field("cycle")?.xmlAttribute == false)
    let inventory = try #require(root.field("inventory")?.shape.objectShape)
    #expect(inventory.typeName == "Inventory")
    let years = try #require(inventory.field("years"))
    #expect(years.required && years.shape.listShape?.minItems == 1 && years.shape.listShape?.itemElement == "inventoryYear")
    let year = try #require(years.shape.listShape?.item.objectShape)
    #expect(year.typeName == "InventoryYear")
    let entry = try #require(year.field("entries")?.shape.listShape?.item.objectShape)
    #expect(entry.typeName == "Entry")
    #expect(entry.field("amount")?.required == false)
    #expect(entry.field("gas")?.required == true)
  }
}
