import NDCCore

/// A lever a plan may pull: the invented but plausible text and the codes that match it.
/// The id is stable per lever, so overlaps and references can name it.
struct MeasureTemplate {
  var id: String
  var title: String
  var description: String
  var gpc: [String]
  var gases: [Gas]
  var instruments: [Instrument]
  var category: MeasureCategory
  var nationalDependency: String?
  var fundingSources: [String]
}

enum FixtureMeasureCatalogue {
  static let publicTransportId = "M-BUS"
  static let renewablesId = "M-VE"
  static let lowlandId = "M-LAV"

  /// Municipal levers, in the order they are listed in a plan.
  static let municipal: [MeasureTemplate] = [
    MeasureTemplate(
      id: "M-FJV", title: "Udfasning af naturgas og kul i fjernvarmen",
      description: "Fjernvarmeselskabet omstiller til varmepumper, overskudsvarme og biomasse med lav udledning.",
      gpc: ["I"], gases: [.co2], instruments: [.planning, .publicInvestment], category: .districtHeating,
      nationalDependency: nil, fundingSources: ["Forsyningens takster", "Kommunegaranti"]),
    MeasureTemplate(
      id: "M-VP", title: "Varmepumper i stedet for olie- og gasfyr",
      description: "Rådgivning og tilskud til boligejere uden for fjernvarmeområderne.",
      gpc: ["I"], gases: [.co2], instruments: [.economic, .information], category: .individualHeating,
      nationalDependency: "Statens tilskudspulje til udskiftning af olie- og gasfyr",
      fundingSources: ["Statslig tilskudspulje", "Kommunens driftsbudget"]),
    MeasureTemplate(
      id: "M-BYG", title: "Energirenovering af kommunale bygninger",
      description: "Skoler, plejecentre og administrationsbygninger efterisoleres og får nye ventilationsanlæg.",
      gpc: ["I"], gases: [.co2], instruments: [.publicInvestment], category: .buildingEfficiency,
      nationalDependency: nil, fundingSources: ["Kommunens anlægsbudget"]),
    MeasureTemplate(
      id: renewablesId, title: "Vindmøller og solceller på egnede arealer",
      description: "Kommuneplantillæg udpeger arealer til landbaseret vedvarende energi.",
      gpc: ["I"], gases: [.co2], instruments: [.planning, .regulatory], category: .renewableElectricity,
      nationalDependency: "Udbygning af elnettet og netselskabernes tilslutningskapacitet",
      fundingSources: ["Private investorer", "VE-bonusordningen"]),
    MeasureTemplate(
      id: publicTransportId, title: "Emissionsfri busser i den kollektive trafik",
      description: "Bybusser og regionale ruter i kommunen køres med el-busser ved næste udbud.",
      gpc: ["II"], gases: [.co2], instruments: [.publicInvestment, .planning], category: .publicTransport,
      nationalDependency: nil, fundingSources: ["Kommunens driftsbudget", "Trafikselskabets budget"]),
    MeasureTemplate(
      id: "M-EL", title: "Ladeinfrastruktur til elbiler",
      description: "Offentlige ladestandere ved kommunale parkeringspladser og boligområder.",
      gpc: ["II"], gases: [.co2], instruments: [.planning, .economic], category: .transportElectrification,
      nationalDependency: "Statens regler for udbud af ladestandere på kommunale arealer",
      fundingSources: ["Private ladeoperatører"]),
    MeasureTemplate(
      id: "M-CYK", title: "Cykelstier og cykelparkering",
      description: "Sammenhængende cykelstinet mellem byer, skoler og stationer.",
      gpc: ["II"], gases: [.co2], instruments: [.publicInvestment], category: .cyclingWalking,
      nationalDependency: nil, fundingSources: ["Kommunens anlægsbudget", "Statens cykelpulje"]),
    MeasureTemplate(
      id: "M-LBR", title: "Klimapartnerskab med landbruget",
      description: "Frivillige klimatjek på bedrifterne og rådgivning om foder, gødning og biogas.",
      gpc: ["V"], gases: [.ch4, .n2o], instruments: [.voluntaryAgreement, .information], category: .agriculture,
      nationalDependency: nil, fundingSources: ["Landbrugets rådgivningstjeneste", "Kommunens driftsbudget"]),
    MeasureTemplate(
      id: lowlandId, title: "Udtagning af kulstofrige lavbundsjorder",
      description: "Lodsejere tilbydes jordfordeling og kompensation for at vådlægge lavbundsarealer.",
      gpc: ["V"], gases: [.co2, .n2o], instruments: [.economic, .planning], category: .landUse,
      nationalDependency: "Statens tilskudsordning for udtagning af lavbundsjorder",
      fundingSources: ["Statslig lavbundsordning"]),
    MeasureTemplate(
      id: "M-AFF", title: "Øget sortering og genanvendelse af plast",
      description: "Ti-fraktionssortering ved husstande og mindre plast til forbrænding.",
      gpc: ["III"], gases: [.co2, .ch4], instruments: [.regulatory, .information], category: .waste,
      nationalDependency: nil, fundingSources: ["Affaldsgebyrer"]),
    MeasureTemplate(
      id: "M-IND", title: "Energieffektivisering og procesomlægning i virksomheder",
      description: "Netværk for energitunge virksomheder med energisyn og omstilling af procesvarme.",
      gpc: ["IV", "I"], gases: [.co2], instruments: [.voluntaryAgreement, .education], category: .industry,
      nationalDependency: nil, fundingSources: ["Virksomhedernes egne investeringer"]),
  ]

  /// A region's own levers (regional transport, hospitals, soil and raw materials).
  static let regional: [MeasureTemplate] = [
    MeasureTemplate(
      id: "RM-BUS", title: "Emissionsfri regionale busruter",
      description: "Regionens ruter udbydes med krav om nul udledning fra 2027.",
      gpc: ["II"], gases: [.co2], instruments: [.publicInvestment, .planning], category: .publicTransport,
      nationalDependency: nil, fundingSources: ["Regionens trafikbudget"]),
    MeasureTemplate(
      id: "RM-HOSP", title: "Energieffektive hospitaler",
      description: "Hospitalernes bygninger får varmepumper, LED og styring af ventilation.",
      gpc: ["I"], gases: [.co2], instruments: [.publicInvestment], category: .buildingEfficiency,
      nationalDependency: nil, fundingSources: ["Regionens anlægsbudget"]),
    MeasureTemplate(
      id: "RM-MAD", title: "Klimavenlig mad i regionens køkkener",
      description: "Mindre kød og madspild i hospitalskøkkener og kantiner.",
      gpc: ["V", "III"], gases: [.ch4, .n2o], instruments: [.information, .education], category: .behaviour,
      nationalDependency: nil, fundingSources: ["Regionens driftsbudget"]),
  ]
}
