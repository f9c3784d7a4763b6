import NDCCore
import NDCDocument
import NDCFormats

/// `planning-json`: CHAMP's six commitments (SUBMISSION.md), each with the evidence the compiled
/// document holds, and a text block in English and Danish, figures filled in, for an official
/// to edit.
public enum PlanningEvidence {
  public static let commitments = Array(1...6)

  /// The figures the text block and the evidence share, from the document alone.
  struct Figures {
    let document: ContributionDocument
    func activities(_ commitment: Int) -> Int {
      document.engagement.byCommitment.filter { $0.commitment == commitment }.map(\.activities).reduce(0, +)
    }
    func submitters(_ commitment: Int) -> [String] {
      UNFCCCMappings.distinct(document.engagement.byCommitment.filter { $0.commitment == commitment }.map(\.submitter))
    }
    func participants(_ kinds: [EngagementKind]) -> Int {
      document.engagement.byKind.filter { kinds.contains($0.kind) }.map(\.participants).reduce(0, +)
    }
    var consultationKinds: [EngagementKind] { EngagementKind.allCases.filter { $0.defaultChampCommitments == [1] } }
    var dependentMeasures: [(String, Measure)] {
      document.measures.submitters.flatMap { s in s.measures.filter { $0.measure.nationalDependency != nil }.map { (s.code, $0.measure) } }
    }
    var dependentExpected2030: ExactDecimal {
      document.measures.nationalDependency.first { $0.year == 2030 && $0.kind == .expected }?.gross ?? .zero
    }
    var counted: Int { document.inputs.filter { $0.status.counts }.count }
    var expected: Int { SubmitterStatus.list(document).count }
    var nationShare: ExactDecimal? { document.coverage.areas.first { $0.level == .nation }?.sharePercent }
    var cost: ExactDecimal { document.finance.map(\.costDKK).sum() }
    var gap: ExactDecimal { document.finance.map(\.fundingGapDKK).sum() }
    var megawatts: ExactDecimal { document.renewables.map(\.capacityMW).sum() }
    var hectares: ExactDecimal { document.lowlandSoils.map(\.hectares).sum() }
    var years: [Int] { Array(Set(document.inventory.figures.map(\.year))).sorted() }
    var latestAchieved: EffectTotal? { document.measures.totals.filter { $0.kind == .achieved }.max { $0.year < $1.year } }
    var barriers: Int { document.barriers.map(\.count).reduce(0, +) }
    var requests: [NationalRequest] { document.barriers.flatMap(\.requests) }
  }

  /// The sentence of one commitment with the document's figures, in one language.
  static func sentence(_ commitment: Int, _ f: Figures, _ language: Language) -> String {
    let number = { (value: ExactDecimal) in NumberText.format(value, language) }
    // Counts are grouped as the language groups them, like every other figure (32.688
    // deltagere); years are not.
    let count = { (n: Int) in NumberText.format(ExactDecimal(n), language) }
    let values: [String: String]
    switch commitment {
    case 1:
      values = ["activities": count(f.activities(1)), "submitters": count(f.submitters(1).count), "participants": count(f.participants(f.consultationKinds))]
    case 2:
      values = ["activities": count(f.activities(2)), "measures": count(f.dependentMeasures.count), "tonnes": number(f.dependentExpected2030)]
    case 3:
      values = ["counted": count(f.counted), "expected": count(f.expected), "percent": f.nationShare.map { NumberText.percent($0, language) } ?? "–", "activities": count(f.activities(3))]
    case 4:
      values = ["cost": number(f.cost), "gap": number(f.gap), "mw": number(f.megawatts), "ha": number(f.hectares)]
    case 5:
      values = ["activities": count(f.activities(5)), "firstYear": f.years.first.map(String.init) ?? "–", "lastYear": f.years.last.map(String.init) ?? "–",
                "tonnes": number(f.latestAchieved?.gross ?? .zero), "year": f.latestAchieved.map { String($0.year) } ?? "–"]
    default:
      values = ["activities": count(f.activities(6)), "barriers": count(f.barriers), "requests": count(f.requests.count)]
    }
    return Catalogue.text("planning.\(commitment)", language, values)
  }

  /// The editable text block: a heading, then one paragraph per commitment.
  public static func text(_ document: ContributionDocument, _ language: Language) -> String {
    let f = Figures(document: document)
    var lines = [Catalogue.text("planning.heading", language, ["cycle": document.header.cycle]), ""]
    for c in commitments {
      lines.append("\(c). \(Catalogue.text("champ.\(c)", language)): \(sentence(c, f, language))")
      lines.append("")
    }
    return lines.dropLast().joined(separator: "\n")
  }

  static func evidence(_ commitment: Int, _ f: Figures) -> [(String, DocValue)] {
    typealias J = JSONOutput
    var members: [(String, DocValue)] = [
      ("engagementActivities", J.integer(f.activities(commitment))), ("engagingSubmitters", J.strings(f.submitters(commitment))),
    ]
    switch commitment {
    case 1:
      members.append(("participants", J.integer(f.participants(f.consultationKinds))))
      members.append(("byKind", J.array(f.consultationKinds.map { kind in
        J.object([("kind", .string(kind.rawValue)),
                  ("activities", J.integer(f.document.engagement.byKind.filter { $0.kind == kind }.map(\.activities).reduce(0, +)))])
      })))
    case 2:
      members.append(("measuresDependingOnNationalDecisions", J.array(f.dependentMeasures.map { code, m in
        J.object([("submitter", .string(code)), ("measureId", .string(m.measureId)), ("title", .string(m.title)),
                  ("dependency", J.string(m.nationalDependency))])
      })))
      members.append(("nationalDependencyTotals", J.array(f.document.measures.nationalDependency.map { t in
        J.object([("year", J.integer(t.year)), ("kind", .string(t.kind.rawValue)), ("grossTCO2e", J.number(t.gross)), ("netTCO2e", J.number(t.net))])
      })))
    case 3:
      members.append(("countedInputs", J.integer(f.counted)))
      members.append(("expectedSubmitters", J.integer(f.expected)))
      members.append(("coverage", J.array(f.document.coverage.areas.filter { $0.level != .municipality }.map { a in
        J.object([("level", .string(a.level.rawValue)), ("code", .string(a.code)), ("name", .string(a.name)),
                  ("municipalities", J.integer(a.municipalities)), ("reporting", J.integer(a.reporting)),
                  ("sharePercent", a.sharePercent.map { .number($0.formatted(places: 2)) } ?? .null)])
      })))
    case 4:
      members.append(("costDKK", J.number(f.cost)))
      members.append(("fundingGapDKK", J.number(f.gap)))
      members.append(("finance", J.array(FinanceLine.Source.allCases.map { source in
        let lines = f.document.finance.filter { $0.source == source }
        return J.object([("source", .string(source.rawValue)), ("items", J.integer(lines.map(\.items).reduce(0, +))),
                         ("costDKK", J.number(lines.map(\.costDKK).sum())), ("fundingGapDKK", J.number(lines.map(\.fundingGapDKK).sum()))])
      })))
      members.append(("renewablesMW", J.number(f.megawatts)))
      members.append(("lowlandSoilsHectares", J.number(f.hectares)))
    case 5:
      members.append(("inventoryYears", J.array(f.years.map { J.integer($0) })))
      members.append(("achievedTotals", J.array(f.document.measures.totals.filter { $0.kind == .achieved }.map { t in
        J.object([("year", J.integer(t.year)), ("grossTCO2e", J.number(t.gross)), ("measures", J.integer(t.measures))])
      })))
    default:
      members.append(("barriers", J.array(f.document.barriers.map { b in
        J.object([("theme", .string(b.theme.rawValue)), ("count", J.integer(b.count))])
      })))
      members.append(("requestsToNational", J.array(f.requests.map { r in
        J.object([("submitter", .string(r.submitter)), ("barrierId", .string(r.barrierId)), ("request", .string(r.request))])
      })))
    }
    return members
  }

  public static func json(_ document: ContributionDocument) -> String {
    typealias J = JSONOutput
    let f = Figures(document: document)
    let items = commitments.map { c in
      J.object([
        ("commitment", J.integer(c)),
        ("title", J.object([("en", .string(Catalogue.text("champ.\(c)", .en))), ("da", .string(Catalogue.text("champ.\(c)", .da)))])),
        ("evidence", J.object(evidence(c, f))),
        ("summary", J.object([("en", .string(sentence(c, f, .en))), ("da", .string(sentence(c, f, .da)))])),
      ])
    }
    return J.write(J.object([
      ("export", .string("planning")), ("cycle", .string(document.header.cycle)),
      ("asOf", .string(document.header.asOf.description)), ("compiledAt", .string(document.header.compiledAt.description)),
      ("commitments", J.array(items)),
      ("text", J.object([("en", .string(text(document, .en))), ("da", .string(text(document, .da)))])),
    ]))
  }
}
