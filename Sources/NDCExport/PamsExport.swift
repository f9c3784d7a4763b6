import NDCCore
import NDCDocument
import NDCFormats

/// `pams-csv` and `pams-json`: the PaMs table with kt CO2 eq written exactly.
public enum PamsExport {
  static let listSeparator = "; "

  public static func csv(_ document: ContributionDocument) -> String {
    let rows = PamsTable.rows(document).map(csvFields)
    return CSVTable(header: PamsTable.headers, rows: rows).text
  }

  static func csvFields(_ r: PamsRow) -> [String] {
    var fields: [String] = [
      r.name, r.description, r.objectives, r.instruments.joined(separator: listSeparator), r.status,
      r.sectors.joined(separator: listSeparator), r.gases.joined(separator: listSeparator), String(r.startYear),
      r.implementingEntities.joined(separator: listSeparator),
    ]
    fields.append(r.achieved.map(Kilotonnes.text) ?? "")
    fields.append(r.achievedYear.map(String.init) ?? "")
    for year in PamsTable.expectedYears { fields.append(r.expected[year].map(Kilotonnes.text) ?? "") }
    fields += [r.expectedNet2030.map(Kilotonnes.text) ?? "", r.reportingEntity, r.measureId]
    return fields
  }

  public static func json(_ document: ContributionDocument) -> String {
    typealias J = JSONOutput
    let rows = PamsTable.rows(document).map { r in
      J.object([
        ("name", .string(r.name)), ("description", .string(r.description)), ("objectives", .string(r.objectives)),
        ("typeOfInstrument", J.strings(r.instruments)), ("status", .string(r.status)),
        ("sectorsAffected", J.strings(r.sectors)), ("gasesAffected", J.strings(r.gases)),
        ("startYear", J.integer(r.startYear)), ("implementingEntities", J.strings(r.implementingEntities)),
        ("achievedKt", J.kilotonnes(r.achieved)), ("achievedYear", J.integer(r.achievedYear)),
        ("expectedKt", J.object(PamsTable.expectedYears.map { (String($0), J.kilotonnes(r.expected[$0])) })),
        ("expectedNet2030Kt", J.kilotonnes(r.expectedNet2030)),
        ("reportingEntity", .string(r.reportingEntity)), ("measureId", .string(r.measureId)),
      ])
    }
    let totals = document.measures.totals.map { t in
      J.object([
        ("year", J.integer(t.year)), ("kind", .string(t.kind.rawValue)), ("grossKt", J.kilotonnes(t.gross)),
        ("removedKt", J.kilotonnes(t.removed)), ("netKt", J.kilotonnes(t.net)), ("measures", J.integer(t.measures)),
      ])
    }
    return J.write(J.object([
      ("export", .string("pams")), ("cycle", .string(document.header.cycle)),
      ("asOf", .string(document.header.asOf.description)), ("compiledAt", .string(document.header.compiledAt.description)),
      ("unit", .string("kt CO2 eq")), ("columns", J.strings(PamsTable.headers)),
      ("measures", J.array(rows)), ("totals", J.array(totals)),
      ("summary", J.object([
        ("byPrimarySector", summary(document, .sector) { key in UNFCCCMappings.sectors(ofGPC: key).joined(separator: listSeparator) }),
        ("byPrimaryInstrument", summary(document, .instrument) { key in Instrument(rawValue: key).map(UNFCCCMappings.instrument) ?? key }),
      ])),
    ]))
  }

  /// The document's breakdown lines of one dimension grouped by key, keys in first-seen order.
  static func summary(_ document: ContributionDocument, _ dimension: BreakdownDimension, name: (String) -> String) -> DocValue {
    typealias J = JSONOutput
    let lines = document.measures.breakdowns.filter { $0.dimension == dimension }
    let keys = UNFCCCMappings.distinct(lines.map(\.key))
    return J.array(keys.map { key in
      J.object([
        ("key", .string(key)), ("name", .string(name(key))),
        ("lines", J.array(lines.filter { $0.key == key }.map { b in
          J.object([
            ("year", J.integer(b.year)), ("kind", .string(b.kind.rawValue)), ("grossKt", J.kilotonnes(b.gross)),
            ("netKt", J.kilotonnes(b.net)),
          ])
        })),
      ])
    })
  }
}
