import NDCCore

/// `csv`: the document as a folder of tidy tables (CLI.md), one observation per row.
public enum TidyTables {
  /// File name → table, in the order of CLI.md (then `submitters.csv`, an addition).
  public static func tables(_ document: ContributionDocument) -> [(name: String, table: CSVTable)] {
    [
      ("inventory.csv", inventory(document)), ("coverage.csv", coverage(document)), ("inputs.csv", inputs(document)),
      ("targets.csv", targets(document)), ("measures.csv", measures(document)), ("overlaps.csv", overlaps(document)),
      ("renewables.csv", renewables(document)), ("lowland-soils.csv", lowlandSoils(document)),
      ("adaptation.csv", adaptation(document)), ("finance.csv", finance(document)), ("barriers.csv", barriers(document)),
      ("engagement.csv", engagement(document)), ("submitters.csv", submitters(document)),
    ]
  }

  static func text(_ value: ExactDecimal?) -> String { value?.description ?? "" }
  static func text(_ value: Int?) -> String { value.map(String.init) ?? "" }
  static func text(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }
  static func list(_ values: [String]) -> String { values.joined(separator: " ") }

  static func inventory(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["level", "code", "name", "year", "gpc", "tco2e", "submitters", "population_covered"],
      rows: d.inventory.figures.map { f in
        [f.level.rawValue, f.code, f.name, String(f.year), f.gpc, f.tco2e.description, String(f.submitters), String(f.populationCovered)]
      })
  }

  static func coverage(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["level", "code", "name", "municipalities", "reporting", "region_reporting", "register_population",
               "population_covered", "share_percent", "population_date"],
      rows: d.coverage.areas.map { a in
        [a.level.rawValue, a.code, a.name, String(a.municipalities), String(a.reporting), text(a.regionReporting),
         String(a.registerPopulation), String(a.populationCovered), a.sharePercent?.formatted(places: 2) ?? "",
         d.coverage.populationDate?.description ?? ""]
      })
  }

  static func inputs(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["index", "path", "format", "sha256", "submitter", "level", "version", "status", "reason"],
      rows: d.inputs.map { i in
        [String(i.index), i.path, i.format ?? "", i.sha256, i.submitter ?? "", i.level?.rawValue ?? "", text(i.version),
         i.status.rawValue, i.reason]
      })
  }

  static func targets(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["level", "code", "region", "input", "target_id", "kind", "base_year", "base_year_emissions", "target_year",
               "reduction_percent", "target_emissions", "baseline_emissions", "intensity_unit", "target_intensity",
               "coverage_gpc", "coverage_gases", "conditional", "status", "counting_2030", "implied_2030"],
      rows: d.targets.submitters.flatMap { s in
        s.targets.map { t in
          let counting = s.counting2030?.targetId == t.targetId
          return [s.level.rawValue, s.code, s.region ?? "", String(s.input), t.targetId, t.kind.rawValue, text(t.baseYear),
                  text(t.baseYearEmissions), String(t.targetYear), text(t.reductionPercent), text(t.targetEmissions),
                  text(t.baselineEmissions), t.intensityUnit ?? "", text(t.targetIntensity), list(t.coverage.gpc),
                  list(t.coverage.gases.map(\.rawValue)), text(t.conditional), t.status.rawValue, text(counting),
                  counting ? text(s.counting2030?.implied2030) : ""]
        }
      })
  }

  /// One row per measure and settled effect (a measure without effects: one row, effect columns empty).
  static func measures(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["level", "code", "region", "input", "measure_id", "title", "gpc", "instruments", "category", "status",
               "start_year", "end_year", "national_dependency", "cost_dkk", "funding_gap_dkk", "year", "kind",
               "gross_tco2e", "removed_tco2e", "net_tco2e"],
      rows: d.measures.submitters.flatMap { s in
        s.measures.flatMap { c in
          let m = c.measure
          let fixed = [s.level.rawValue, s.code, s.region ?? "", String(s.input), m.measureId, m.title, list(m.gpc),
                       list(m.instruments.map(\.rawValue)), m.category?.rawValue ?? "", m.status.rawValue, String(m.startYear),
                       text(m.endYear), m.nationalDependency ?? "", text(m.costDKK), text(m.fundingGapDKK)]
          guard !c.settled.isEmpty else { return [fixed + ["", "", "", "", ""]] }
          return c.settled.map { e in
            fixed + [String(e.year), e.kind.rawValue, e.gross.description, e.removed.description, e.net.description]
          }
        }
      })
  }

  static func overlaps(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["first_submitter", "first_measure", "second_submitter", "second_measure", "year", "kind", "declaration",
               "computed_tco2e", "tco2e", "attributed_submitter", "attributed_measure"],
      rows: d.measures.ledger.map { o in
        [o.first.submitter, o.first.measureId, o.second.submitter, o.second.measureId, String(o.year), o.kind.rawValue,
         o.declaration.rawValue, o.computed.description, o.tco2e.description, o.attributedTo.submitter, o.attributedTo.measureId]
      })
  }

  static func renewables(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["submitter", "technology", "status", "year", "projects", "capacity_mw", "expected_gwh_per_year"],
      rows: d.renewables.map { r in
        [r.submitter, r.technology.rawValue, r.status.rawValue, text(r.year), String(r.projects), r.capacityMW.description,
         r.expectedGWhPerYear.description]
      })
  }

  static func lowlandSoils(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["submitter", "status", "year", "projects", "hectares", "tco2e_per_year"],
      rows: d.lowlandSoils.map { l in
        [l.submitter, l.status.rawValue, text(l.year), String(l.projects), l.hectares.description, l.tco2ePerYear.description]
      })
  }

  /// Risk counts (`record` = `risk`) and action totals (`record` = `action`) in one table.
  static func adaptation(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["record", "hazard", "risk_level", "action_kind", "submitters", "actions", "investment_dkk", "funding_gap_dkk"],
      rows: d.adaptation.risks.map { r in ["risk", r.hazard.rawValue, r.riskLevel.rawValue, "", String(r.submitters), "", "", ""] }
        + d.adaptation.actions.map { a in
          ["action", a.hazard.rawValue, "", a.kind?.rawValue ?? "", "", String(a.actions), a.investmentDKK.description,
           a.fundingGapDKK.description]
        })
  }

  static func finance(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["source", "category", "region", "status", "items", "cost_dkk", "funding_gap_dkk"],
      rows: d.finance.map { f in
        [f.source.rawValue, f.category, f.region, f.status.rawValue, String(f.items), f.costDKK.description, f.fundingGapDKK.description]
      })
  }

  /// One row per request to the national level; a theme without requests has one row with them empty.
  static func barriers(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["theme", "barriers", "submitter", "barrier_id", "request_to_national"],
      rows: d.barriers.flatMap { b in
        b.requests.isEmpty
          ? [[b.theme.rawValue, String(b.count), "", "", ""]]
          : b.requests.map { [b.theme.rawValue, String(b.count), $0.submitter, $0.barrierId, $0.request] }
      })
  }

  /// Activities per submitter by kind (`dimension` = `kind`) and by CHAMP commitment (`commitment`).
  static func engagement(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["submitter", "dimension", "key", "activities", "participants"],
      rows: d.engagement.byKind.map { [$0.submitter, "kind", $0.kind.rawValue, String($0.activities), String($0.participants)] }
        + d.engagement.byCommitment.map { [$0.submitter, "commitment", String($0.commitment), String($0.activities), ""] })
  }

  static func submitters(_ d: ContributionDocument) -> CSVTable {
    CSVTable(
      header: ["level", "code", "name", "region", "status", "reason"],
      rows: SubmitterStatus.list(d).map { [$0.level.rawValue, $0.code, $0.name, $0.region, $0.status, $0.reason] })
  }
}
