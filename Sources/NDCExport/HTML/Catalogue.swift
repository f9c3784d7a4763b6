import NDCCore

/// Every user-visible string of the HTML report and of the planning text block, in English and
/// Danish. A template's `{name}` placeholders are filled by `Catalogue.text(_:_:_:)`.
/// Complete by construction of the test suite: every key has both languages, non-empty.
public enum Catalogue {
  /// The texts, by key, by language.
  public static let entries: [String: [Language: String]] = {
    var table: [String: [Language: String]] = [:]
    for (key, en, da) in pageTexts + chartTexts + planningTexts + codeTexts + siteTexts {
      precondition(table[key] == nil, "duplicate catalogue key \(key)")
      table[key] = [.en: en, .da: da]
    }
    return table
  }()

  /// Keys whose text is the same word in both languages (checked by the tests: nothing else may be).
  public static let identicalInBothLanguages: Set<String> = [
    "unit.mw", "unit.gw", "unit.kt", "unit.ha", "site.col.id", "theme.data", "col.region", "col.status", "gpc.II", "tech.biogas",
  ]

  /// The text of `key` in `language` with `{name}` placeholders replaced; a missing key shows as `⟦key⟧`.
  public static func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
    guard let text = entries[key]?[language] else { return "⟦\(key)⟧" }
    return filled(text, values)
  }

  /// The title `key` over `years` (`{first}–{last}`), or `key.none` when there are none.
  static func spanTitle(_ key: String, years: [Int], _ language: Language) -> String {
    guard let first = years.first, let last = years.last else { return text("\(key).none", language) }
    return text(key, language, ["first": String(first), "last": String(last)])
  }

  /// `text` with each `{name}` of `values` replaced in one pass from the left: a value is put
  /// in as it is, so a submitted text holding `{implied}` stays that text, whatever the order
  /// of the dictionary (decision 244). A `{…}` that names no value stays as it is.
  static func filled(_ text: String, _ values: [String: String]) -> String {
    guard !values.isEmpty else { return text }
    var out = ""
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let after = rest[rest.index(after: open)...]
      if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
        out += value
        rest = after[after.index(after: close)...]
      } else {
        out += "{"
        rest = after
      }
    }
    out += rest
    return out
  }

  static let pageTexts: [(String, String, String)] = [
    ("page.title", "Denmark's subnational contribution to the NDC", "Danmarks subnationale bidrag til NDC'en"),
    ("page.subtitle", "Cycle {cycle} · geography as of {asOf} · compiled {compiledAt}",
     "Cyklus {cycle} · geografi pr. {asOf} · kompileret {compiledAt}"),
    ("page.source", "Made by ndc {tool} from the compiled contribution document (rule pack {rulePack}, reference data {reference}). Totals are exact sums of what the municipalities and regions submitted; figures per inhabitant, changes and shares are computed from them and shown to two decimals.",
     "Lavet af ndc {tool} ud fra det kompilerede bidragsdokument (regelsæt {rulePack}, referencedata {reference}). Totaler er eksakte summer af det, kommuner og regioner har indberettet; tal pr. indbygger, ændringer og andele er beregnet ud fra dem og vist med to decimaler."),
    ("page.contents", "Contents", "Indhold"),
    ("unit.t", "t CO2e", "ton CO2e"),
    ("unit.kt", "kt CO2e", "kt CO2e"),
    ("unit.mt", "Mt CO2e", "mio. ton CO2e"),
    ("unit.mw", "MW", "MW"),
    ("unit.gw", "GW", "GW"),
    ("unit.dkk.m", "DKK m", "mio. kr."),
    ("unit.dkk.bn", "DKK bn", "mia. kr."),
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
    ("maps.title", "The municipalities on the map, {year}", "Kommunerne på kortet, {year}"),
    ("maps.intro", "Each map colours the 98 municipalities by classes of about as many municipalities each; the limits are rounded. Bornholm is shown in the box at the top right. Hover over a municipality for its figure; the table below gives every figure.",
     "Hvert kort farver de 98 kommuner i klasser med omtrent lige mange kommuner; grænserne er afrundede. Bornholm er vist i rammen øverst til højre. Hold musen over en kommune for at se dens tal; tabellen nedenfor giver alle tallene."),
    ("maps.noData", "No figure", "Intet tal"),
    ("maps.perInhabitant", "Territorial emissions per inhabitant, {year}", "Territoriale udledninger pr. indbygger, {year}"),
    ("maps.change", "Change from the counting 2030 target's base year to {year}", "Ændring fra basisåret for det tællende 2030-mål til {year}"),
    ("maps.target", "Reduction of the counting 2030 target against its base year", "Reduktion i det tællende 2030-mål i forhold til basisåret"),
    ("maps.table", "The maps' figures, {year}", "Kortenes tal, {year}"),
    ("maps.col.total", "Emissions {year} (t CO2e)", "Udledninger {year} (ton CO2e)"),
    ("maps.col.population", "Population", "Indbyggere"),
    ("maps.col.perInhabitant", "t CO2e per inhabitant", "ton CO2e pr. indbygger"),
    ("maps.col.baseYear", "Base year", "Basisår"),
    ("maps.col.baseYearEmissions", "Base-year emissions (t CO2e)", "Udledninger i basisåret (ton CO2e)"),
    ("maps.col.change", "Change (%)", "Ændring (%)"),
    ("maps.col.target", "2030 target: reduction (%)", "2030-mål: reduktion (%)"),
    ("unit.tPerInhabitant", "t CO2e per inhabitant", "ton CO2e pr. indbygger"),
    ("unit.percent", "% change", "% ændring"),
    ("unit.percentReduction", "% reduction", "% reduktion"),
    ("chart.inventory.title", "National territorial emissions by GPC sector, {first}–{last}",
     "Nationale territoriale udledninger fordelt på GPC-sektor, {first}–{last}"),
    ("chart.inventory.title.none", "National territorial emissions by GPC sector", "Nationale territoriale udledninger fordelt på GPC-sektor"),
    ("chart.regions.title", "Territorial emissions by region, {year}", "Territoriale udledninger fordelt på region, {year}"),
    ("chart.regions.title.none", "Territorial emissions by region", "Territoriale udledninger fordelt på region"),
    ("chart.targets.title", "The 2030 target synthesis (municipalities with a convertible 2030 target)",
     "Syntese af 2030-målene (kommuner med et omregneligt 2030-mål)"),
    ("targets.baseYear", "Base-year emissions, base year {year} ({count} municipalities)",
     "Udledninger i basisåret {year} ({count} kommuner)"),
    ("targets.baseYear.one", "Base-year emissions, base year {year} (1 municipality)",
     "Udledninger i basisåret {year} (1 kommune)"),
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

  /// The pages of `html-site` and the labels of the code lists they show.
  static let siteTexts: [(String, String, String)] = [
    ("site.back", "← The national report", "← Den nationale rapport"),
    ("site.source", "Figures from the compiled contribution document: this municipality's counted submission.",
     "Tal fra det kompilerede bidragsdokument: kommunens indberetning, som tæller med."),
    ("site.sourceRegion", "Figures from the compiled contribution document: the inventory is the sum of the member municipalities that report; targets and measures are the region's own plan.",
     "Tal fra det kompilerede bidragsdokument: opgørelsen er summen af de medlemskommuner, der rapporterer; mål og indsatser er regionens egen plan."),
    ("site.none", "None in the document.", "Ingen i dokumentet."),
    ("site.nation", "Denmark (reporting municipalities)", "Danmark (rapporterende kommuner)"),
    ("site.inventory.title", "Territorial emissions by GPC sector, {first}–{last}", "Territoriale udledninger fordelt på GPC-sektor, {first}–{last}"),
    ("site.inventory.title.none", "Territorial emissions by GPC sector", "Territoriale udledninger fordelt på GPC-sektor"),
    ("site.perInhabitant.title", "Emissions per inhabitant against the region and the nation", "Udledninger pr. indbygger sammenlignet med regionen og landet"),
    ("site.perInhabitant.note", "Per inhabitant: the total divided by the register population of the municipalities that report, rounded to two places.",
     "Pr. indbygger: det samlede tal divideret med folketallet i de kommuner, der rapporterer, afrundet til to decimaler."),
    ("site.targets", "Targets", "Mål"),
    ("site.counting", "The counting 2030 target is {id}: a reduction of {percent} %, an implied 2030 level of {implied} {unit}.",
     "Det tællende 2030-mål er {id}: en reduktion på {percent} %, et niveau i 2030 på {implied} {unit}."),
    ("site.noCounting", "No target counts for 2030.", "Intet mål tæller for 2030."),
    ("site.measures", "Measures: expected and achieved effects, gross and net of overlaps", "Indsatser: forventede og opnåede effekter, brutto og netto for overlap"),
    ("site.measures.caption", "Effects of the measures (t CO2e per year)", "Indsatsernes effekter (ton CO2e pr. år)"),
    ("site.overlaps", "Overlaps settled with other measures (t CO2e per year)", "Overlap afregnet med andre indsatser (ton CO2e pr. år)"),
    ("site.projects", "Projects", "Projekter"),
    ("site.renewables", "Renewable energy projects", "Projekter med vedvarende energi"),
    ("site.lowland", "Lowland soils", "Lavbundsjorder"),
    ("site.adaptation", "Adaptation", "Klimatilpasning"),
    ("site.adaptation.note", "The contribution document sums adaptation over all submitters by hazard and, for finance, by region; this is {region}'s adaptation finance.",
     "Bidragsdokumentet lægger klimatilpasning sammen for alle indberettere efter hændelse og, for finansiering, efter region; her er {region}s finansiering af tilpasning."),
    ("site.adaptation.caption", "Adaptation actions in {region}: cost and unfinanced need", "Tilpasningstiltag i {region}: omkostninger og ufinansieret behov"),
    ("site.barriers", "Barriers and requests to the national level", "Barrierer og ønsker til det nationale niveau"),
    ("site.members", "Member municipalities", "Medlemskommuner"),
    ("site.yes", "yes", "ja"),
    ("site.no", "no", "nej"),
    ("site.col.id", "Id", "Id"),
    ("site.col.kind", "Kind", "Type"),
    ("site.col.targetYear", "Target year", "Målår"),
    ("site.col.reduction", "Reduction (%)", "Reduktion (%)"),
    ("site.col.targetEmissions", "Target emissions (t CO2e)", "Udledninger i målåret (ton CO2e)"),
    ("site.col.conditional", "Conditional", "Betinget"),
    ("site.col.title", "Title", "Titel"),
    ("site.col.gross", "Gross (t CO2e)", "Brutto (ton CO2e)"),
    ("site.col.removed", "Overlap removed (t CO2e)", "Fjernet overlap (ton CO2e)"),
    ("site.col.net", "Net (t CO2e)", "Netto (ton CO2e)"),
    ("site.col.first", "Measure", "Indsats"),
    ("site.col.second", "Overlaps with", "Overlapper med"),
    ("site.col.attributed", "Removed from", "Fjernet fra"),
    ("site.col.projects", "Projects", "Projekter"),
    ("site.col.gwh", "GWh per year", "GWh pr. år"),
    ("site.col.tPerYear", "t CO2e per year", "ton CO2e pr. år"),
    ("site.col.items", "Actions", "Tiltag"),
    ("site.col.theme", "Theme", "Tema"),
    ("site.col.request", "Request to the national level", "Ønske til det nationale niveau"),
    ("target.kind.base-year", "Base year", "Basisår"),
    ("target.kind.fixed-level", "Fixed level", "Fast niveau"),
    ("target.kind.baseline-scenario", "Against a baseline scenario", "I forhold til et fremskrivningsscenarie"),
    ("target.kind.intensity", "Intensity", "Intensitet"),
    ("target.kind.net-zero", "Net zero", "Netto-nul"),
    ("target.status.adopted", "Adopted", "Vedtaget"),
    ("target.status.proposed", "Proposed", "Foreslået"),
    ("measure.status.planned", "Planned", "Planlagt"),
    ("measure.status.adopted", "Adopted", "Vedtaget"),
    ("measure.status.implemented", "Implemented", "Gennemført"),
    ("measure.status.expired", "Expired", "Udløbet"),
    ("effect.kind.expected", "Expected", "Forventet"),
    ("effect.kind.achieved", "Achieved", "Opnået"),
    ("theme.regulation", "Regulation", "Regulering"),
    ("theme.financing", "Financing", "Finansiering"),
    ("theme.grid-capacity", "Grid capacity", "Netkapacitet"),
    ("theme.planning", "Planning", "Planlægning"),
    ("theme.capacity", "Capacity", "Kapacitet"),
    ("theme.data", "Data", "Data"),
    ("theme.other", "Other", "Andet"),
  ]
}
