import NDCCore

/// Every user-visible string of the HTML report and of the planning text block, in English and
/// Danish. A template's `{name}` placeholders are filled by `Catalogue.text(_:_:_:)`.
/// Complete by construction of the test suite: every key has both languages, non-empty.
public enum Catalogue {
  /// The texts, by key, by language.
  public static let entries: [String: [Language: String]] = {
    var table: [String: [Language: String]] = [:]
    for (key, en, da) in pageTexts + chartTexts + planningTexts + codeTexts {
      precondition(table[key] == nil, "duplicate catalogue key \(key)")
      table[key] = [.en: en, .da: da]
    }
    return table
  }()

  /// Keys whose text is the same word in both languages (checked by the tests: nothing else may be).
  public static let identicalInBothLanguages: Set<String> = [
    "unit.mw", "unit.ha", "col.region", "col.status", "gpc.II", "tech.biogas",
  ]

  /// The text of `key` in `language` with `{name}` placeholders replaced; a missing key shows as `⟦key⟧`.
  public static func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
    guard var text = entries[key]?[language] else { return "⟦\(key)⟧" }
    for (name, value) in values { text = text.replacing("{\(name)}", with: value) }
    return text
  }

  static let pageTexts: [(String, String, String)] = [
    ("page.title", "Denmark's subnational contribution to the NDC", "Danmarks subnationale bidrag til NDC'en"),
    ("page.subtitle", "Cycle {cycle} · geography as of {asOf} · compiled {compiledAt}",
     "Cyklus {cycle} · geografi pr. {asOf} · kompileret {compiledAt}"),
    ("page.source", "Made by ndc {tool} from the compiled contribution document (rule pack {rulePack}, reference data {reference}). All figures are exact sums of what the municipalities and regions submitted.",
     "Lavet af ndc {tool} ud fra det kompilerede bidragsdokument (regelsæt {rulePack}, referencedata {reference}). Alle tal er eksakte summer af det, kommuner og regioner har indberettet."),
    ("page.contents", "Contents", "Indhold"),
    ("unit.t", "t CO2e", "ton CO2e"),
    ("unit.mw", "MW", "MW"),
    ("unit.ha", "ha", "ha"),
    ("unit.dkk", "DKK", "kr."),
    ("unit.label", "Unit: {unit}", "Enhed: {unit}"),
    ("table.alternative", "The chart's figures as a table", "Diagrammets tal som tabel"),
    ("col.year", "Year", "År"),
    ("col.sector", "Sector", "Sektor"),
    ("col.region", "Region", "Region"),
    ("col.total", "Total", "I alt"),
    ("col.code", "Code", "Kode"),
    ("col.name", "Name", "Navn"),
    ("col.level", "Level", "Niveau"),
    ("col.status", "Status", "Status"),
    ("col.figure", "Figure", "Størrelse"),
    ("col.technology", "Technology", "Teknologi"),
    ("col.category", "Category", "Kategori"),
    ("col.value", "Value", "Værdi"),
    ("level.municipality", "Municipality", "Kommune"),
    ("level.region", "Region (own plan)", "Region (egen plan)"),
    ("none", "The document holds no figures for this chart.", "Dokumentet indeholder ingen tal til dette diagram."),
  ]

  static let chartTexts: [(String, String, String)] = [
    ("chart.inventory.title", "National territorial emissions by GPC sector, {first}–{last}",
     "Nationale territoriale udledninger fordelt på GPC-sektor, {first}–{last}"),
    ("chart.regions.title", "Territorial emissions by region, {year}", "Territoriale udledninger fordelt på region, {year}"),
    ("chart.targets.title", "The 2030 target synthesis (municipalities with a convertible 2030 target)",
     "Syntese af 2030-målene (kommuner med et omregneligt 2030-mål)"),
    ("targets.baseYear", "Base-year emissions, base year {year} ({count} municipalities)",
     "Udledninger i basisåret {year} ({count} kommuner)"),
    ("targets.latest", "Emissions in {year}, the latest year all of them report",
     "Udledninger i {year}, det seneste år, de alle rapporterer"),
    ("targets.implied", "Implied 2030 level (sum of the targets)", "Målenes samlede niveau i 2030"),
    ("targets.note70", "{count} of {total} municipalities with a convertible 2030 target reduce by at least 70 % against their own base year. This count is NOT the national target of 70 % against 1990.",
     "{count} af {total} kommuner med et omregneligt 2030-mål reducerer mindst 70 % i forhold til deres eget basisår. Dette antal er IKKE det nationale mål om 70 % i forhold til 1990."),
    ("targets.reductionLatest", "Reduction from {year} to the implied 2030 level: {tonnes} t CO2e ({percent} %).",
     "Reduktion fra {year} til målenes niveau i 2030: {tonnes} ton CO2e ({percent} %)."),
    ("targets.notConvertible", "Not convertible (intensity targets, listed, not summed): {codes}.",
     "Kan ikke omregnes (intensitetsmål, nævnt men ikke lagt sammen): {codes}."),
    ("chart.measures.title", "Expected reductions of the measures by year: gross and net of overlaps",
     "Forventede reduktioner fra indsatserne pr. år: brutto og netto for overlap"),
    ("measures.gross", "Gross", "Brutto"),
    ("measures.net", "Net of overlaps", "Netto for overlap"),
    ("chart.renewables.title", "Renewable energy projects: capacity by technology and status",
     "Projekter med vedvarende energi: kapacitet fordelt på teknologi og status"),
    ("chart.lowland.title", "Lowland soils taken out of production: area by status",
     "Lavbundsjorder taget ud af drift: areal fordelt på status"),
    ("chart.finance.title", "Cost and unfinanced need of measures and adaptation actions by category",
     "Omkostninger og ufinansieret behov for indsatser og tilpasningstiltag fordelt på kategori"),
    ("finance.cost", "Cost", "Omkostning"),
    ("finance.gap", "Unfinanced need", "Ufinansieret behov"),
    ("coverage.title", "Coverage: {municipalities} municipalities and {regions} regions",
     "Dækning: {municipalities} kommuner og {regions} regioner"),
    ("coverage.summary", "{reporting} of {municipalities} municipalities are counted, covering {percent} % of the register population ({date}).",
     "{reporting} af {municipalities} kommuner tæller med og dækker {percent} % af befolkningen i registeret ({date})."),
  ]

  static let planningTexts: [(String, String, String)] = [
    ("champ.1", "Consult subnational governments", "Høring af kommuner og regioner"),
    ("champ.2", "Collaborate on the design and implementation of national commitments",
     "Samarbejde om udformning og gennemførelse af de nationale forpligtelser"),
    ("champ.3", "Processes that let subnational governments contribute to the NDC",
     "Processer, der lader kommuner og regioner bidrage til NDC'en"),
    ("champ.4", "Subnational projects in climate investment priorities",
     "Kommunale og regionale projekter i klimainvesteringernes prioriteter"),
    ("champ.5", "Regular reviews of progress at national and subnational level",
     "Regelmæssig opfølgning på fremskridt nationalt og lokalt"),
    ("champ.6", "Dialogue with subnational governments", "Dialog med kommuner og regioner"),
    ("planning.1", "{activities} consultation activities (consultations, hearings, citizens' assemblies) by {submitters} municipalities and regions involved {participants} participants.",
     "{activities} høringsaktiviteter (høringer, offentlige møder, borgerting) hos {submitters} kommuner og regioner samlede {participants} deltagere."),
    ("planning.2", "{activities} partnership activities were reported. {measures} local measures depend on a national decision; they are expected to reduce {tonnes} t CO2e in 2030.",
     "Der er indberettet {activities} partnerskabsaktiviteter. {measures} lokale indsatser afhænger af en national beslutning; de forventes at reducere {tonnes} ton CO2e i 2030."),
    ("planning.3", "{counted} of {expected} municipalities and regions submitted a climate plan that counts in this contribution, covering {percent} % of the population; {activities} activities served this commitment.",
     "{counted} af {expected} kommuner og regioner har indsendt en klimaplan, der tæller med i dette bidrag, og de dækker {percent} % af befolkningen; {activities} aktiviteter tjente denne forpligtelse."),
    ("planning.4", "Measures and adaptation actions cost {cost} DKK, of which {gap} DKK is not financed. Renewable energy projects total {mw} MW and lowland-soil projects {ha} ha.",
     "Indsatser og tilpasningstiltag koster {cost} kr., heraf er {gap} kr. ikke finansieret. Projekter med vedvarende energi udgør {mw} MW og lavbundsprojekter {ha} ha."),
    ("planning.5", "{activities} progress reviews were reported; inventories cover {firstYear}–{lastYear}, and measures report achieved reductions of {tonnes} t CO2e in {year}.",
     "Der er indberettet {activities} statusopfølgninger; opgørelserne dækker {firstYear}–{lastYear}, og indsatserne angiver opnåede reduktioner på {tonnes} ton CO2e i {year}."),
    ("planning.6", "{activities} dialogue activities were reported. Municipalities and regions name {barriers} barriers and make {requests} requests to the national level.",
     "Der er indberettet {activities} dialogaktiviteter. Kommuner og regioner nævner {barriers} barrierer og retter {requests} ønsker til det nationale niveau."),
    ("planning.heading", "Information on planning processes: subnational contribution ({cycle})",
     "Oplysninger om planlægningsprocesser: det subnationale bidrag ({cycle})"),
  ]

  /// Names of code-list values shown in the report.
  static let codeTexts: [(String, String, String)] = [
    ("gpc.I", "I Stationary energy", "I Stationær energi"),
    ("gpc.II", "II Transport", "II Transport"),
    ("gpc.III", "III Waste", "III Affald"),
    ("gpc.IV", "IV Industrial processes and product use", "IV Industriprocesser og produktanvendelse"),
    ("gpc.V", "V Agriculture, forestry and other land use", "V Landbrug, skovbrug og anden arealanvendelse"),
    ("tech.onshore-wind", "Onshore wind", "Landvind"),
    ("tech.solar-pv", "Solar PV", "Solceller"),
    ("tech.biogas", "Biogas", "Biogas"),
    ("tech.large-heat-pump", "Large heat pumps", "Store varmepumper"),
    ("tech.geothermal", "Geothermal", "Geotermi"),
    ("tech.other", "Other", "Andet"),
    ("project.screening", "Screening", "Screening (forundersøgelse)"),
    ("project.planned", "Planned", "Planlagt"),
    ("project.approved", "Approved", "Godkendt"),
    ("project.construction", "Under construction", "Under opførelse"),
    ("project.operational", "Operational", "I drift"),
    ("category.district-heating", "District heating", "Fjernvarme"),
    ("category.individual-heating", "Individual heating", "Individuel opvarmning"),
    ("category.building-efficiency", "Building efficiency", "Energieffektive bygninger"),
    ("category.renewable-electricity", "Renewable electricity", "Vedvarende el"),
    ("category.public-transport", "Public transport", "Kollektiv trafik"),
    ("category.transport-electrification", "Transport electrification", "Elektrificering af transport"),
    ("category.cycling-walking", "Cycling and walking", "Cykling og gang"),
    ("category.agriculture", "Agriculture", "Landbrug"),
    ("category.land-use", "Land use", "Arealanvendelse"),
    ("category.waste", "Waste", "Affald"),
    ("category.industry", "Industry", "Industri"),
    ("category.behaviour", "Behaviour", "Adfærd"),
    ("category.other", "Other measures", "Andre indsatser"),
    ("adaptation.other", "Other (adaptation)", "Andet (tilpasning)"),
    ("adaptation.unspecified", "Unspecified (adaptation)", "Ikke angivet (tilpasning)"),
    ("category.unspecified", "Unspecified", "Ikke angivet"),
    ("adaptation.coastal-protection", "Coastal protection (adaptation)", "Kystbeskyttelse (tilpasning)"),
    ("adaptation.stormwater", "Stormwater (adaptation)", "Regnvand (tilpasning)"),
    ("adaptation.nature-based", "Nature-based solutions (adaptation)", "Naturbaserede løsninger (tilpasning)"),
    ("adaptation.planning", "Planning (adaptation)", "Planlægning (tilpasning)"),
    ("adaptation.early-warning", "Early warning (adaptation)", "Varsling (tilpasning)"),
    ("input.status.counted", "Counted", "Tæller med"),
    ("input.status.fallback", "Counted (earlier version)", "Tæller med (tidligere version)"),
    ("input.status.superseded", "Superseded", "Erstattet"),
    ("input.status.invalid", "Invalid", "Ugyldig"),
    ("input.status.duplicate", "Duplicate", "Dublet"),
    ("input.status.identical", "Identical copy", "Identisk kopi"),
    ("input.status.other-cycle", "Other cycle", "Anden cyklus"),
    ("input.status.outside-geography", "Outside the geography", "Uden for geografien"),
    ("input.status.missing", "Missing", "Mangler"),
  ]
}
