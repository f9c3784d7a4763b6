import NDCCore

/// The report's charts, each built from the compiled document alone.
struct ReportCharts {
  let document: ContributionDocument
  let language: Language

  func t(_ key: String, _ values: [String: String] = [:]) -> String { Catalogue.text(key, language, values) }

  var all: [BarChart] { [inventory, regions, targets, measures, renewables, lowlandSoils, finance] }

  var nationFigures: [InventoryFigure] { document.inventory.figures.filter { $0.level == .nation } }
  var years: [Int] { Array(Set(nationFigures.map(\.year))).sorted() }

  var inventory: BarChart {
    let sectors = InventoryFigureKey.sectors.filter { s in nationFigures.contains { $0.gpc == s } }
    return BarChart(
      id: "chart-inventory",
      title: Catalogue.spanTitle("chart.inventory.title", years: years, language),
      quantity: .tonnes, categoryHeader: t("col.year"), categories: years.map(String.init),
      series: sectors.map { s in
        BarChart.Series(name: t("gpc.\(s)"), values: years.map { y in nationFigures.first { $0.year == y && $0.gpc == s }?.tco2e })
      },
      layout: .stacked, orientation: .vertical)
  }

  var regions: BarChart {
    let year = years.last
    let totals = document.inventory.figures.filter { $0.level == .region && $0.year == year && $0.gpc == InventoryFigureKey.total }
    return BarChart(
      id: "chart-regions", title: year.map { t("chart.regions.title", ["year": String($0)]) } ?? t("chart.regions.title.none"),
      quantity: .tonnes,
      categoryHeader: t("col.region"), categories: totals.map(\.name),
      series: [BarChart.Series(name: t("col.total"), values: totals.map(\.tco2e))], layout: .grouped, orientation: .horizontal)
  }

  var targets: BarChart {
    let s = document.targets.synthesis
    var categories = s.baseYears.map { t($0.submitters == 1 ? "targets.baseYear.one" : "targets.baseYear", ["year": String($0.baseYear), "count": String($0.submitters)]) }
    var values: [ExactDecimal?] = s.baseYears.map(\.baseYearEmissions)
    if let year = s.latestCommonYear, let emissions = s.latestCommonEmissions {
      categories.append(t("targets.latest", ["year": String(year)]))
      values.append(emissions)
    }
    if !s.submitters.isEmpty {
      categories.append(t("targets.implied"))
      values.append(s.implied2030)
    }
    return BarChart(
      id: "chart-targets", title: t("chart.targets.title"), quantity: .tonnes, categoryHeader: t("col.figure"),
      categories: categories, series: [BarChart.Series(name: t("col.value"), values: values)], layout: .grouped,
      orientation: .horizontal)
  }

  var measures: BarChart {
    let expected = document.measures.totals.filter { $0.kind == .expected }
    return BarChart(
      id: "chart-measures", title: t("chart.measures.title"), quantity: .tonnes, categoryHeader: t("col.year"),
      categories: expected.map { String($0.year) },
      series: [
        BarChart.Series(name: t("measures.gross"), values: expected.map(\.gross)),
        BarChart.Series(name: t("measures.net"), values: expected.map(\.net)),
      ], layout: .grouped, orientation: .vertical)
  }

  var renewables: BarChart {
    let lines = document.renewables
    let technologies = RenewableTechnology.allCases.filter { tech in lines.contains { $0.technology == tech } }
    let statuses = ProjectStatus.allCases.filter { status in lines.contains { $0.status == status } }
    return BarChart(
      id: "chart-renewables", title: t("chart.renewables.title"), quantity: .megawatts, categoryHeader: t("col.technology"),
      categories: technologies.map { t("tech.\($0.rawValue)") },
      series: statuses.map { status in
        BarChart.Series(name: t("project.\(status.rawValue)"), values: technologies.map { tech in
          let matching = lines.filter { $0.technology == tech && $0.status == status }
          return matching.isEmpty ? nil : matching.map(\.capacityMW).sum()
        })
      }, layout: .stacked, orientation: .horizontal)
  }

  var lowlandSoils: BarChart {
    let lines = document.lowlandSoils
    let statuses = ProjectStatus.allCases.filter { status in lines.contains { $0.status == status } }
    return BarChart(
      id: "chart-lowland", title: t("chart.lowland.title"), quantity: .hectares, categoryHeader: t("col.status"),
      categories: statuses.map { t("project.\($0.rawValue)") },
      series: [BarChart.Series(name: t("unit.ha"), values: statuses.map { s in lines.filter { $0.status == s }.map(\.hectares).sum() })],
      layout: .grouped, orientation: .horizontal)
  }

  /// Finance lines summed over region and status, by source and category.
  var finance: BarChart {
    let keys = UNFCCCMappings.distinct(document.finance.map { "\($0.source == .measure ? "category" : "adaptation").\($0.category)" })
    func lines(_ key: String) -> [FinanceLine] {
      document.finance.filter { "\($0.source == .measure ? "category" : "adaptation").\($0.category)" == key }
    }
    return BarChart(
      id: "chart-finance", title: t("chart.finance.title"), quantity: .kroner, categoryHeader: t("col.category"),
      categories: keys.map { t($0) },
      series: [
        BarChart.Series(name: t("finance.cost"), values: keys.map { lines($0).map(\.costDKK).sum() }),
        BarChart.Series(name: t("finance.gap"), values: keys.map { lines($0).map(\.fundingGapDKK).sum() }),
      ], layout: .grouped, orientation: .horizontal)
  }
}
