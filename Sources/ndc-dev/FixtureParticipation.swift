import NDCCore

/// Barriers (with requests to the national level) and engagement activities (CHAMP evidence).
enum FixtureParticipation {
  static func barriers(measureIds: Set<String>, random: inout FixtureRandom) -> [Barrier] {
    func refs(_ ids: [String]) -> [String] { ids.filter(measureIds.contains) }
    let all = [
      Barrier(
        barrierId: "B-NET", theme: .gridCapacity,
        description: "Elnettet kan ikke tilslutte de planlagte sol- og vindprojekter før 2030.",
        requestToNational: "Fremskynd netudbygningen og giv kommunerne indsigt i netselskabernes kapacitetsplaner.",
        measureRefs: refs([FixtureMeasureCatalogue.renewablesId, "M-EL"])),
      Barrier(
        barrierId: "B-REG", theme: .regulation,
        description: "Planloven og VE-reglerne gør det langsomt at udlægge arealer til energiparker.",
        requestToNational: "Forenkle reglerne for kommuneplantillæg til energiparker.",
        measureRefs: refs([FixtureMeasureCatalogue.renewablesId, FixtureMeasureCatalogue.lowlandId])),
      Barrier(
        barrierId: "B-FIN", theme: .financing,
        description: "Anlægsloftet begrænser kommunens investeringer i klimatiltag.",
        requestToNational: "Undtag klimainvesteringer fra anlægsloftet.",
        measureRefs: refs(["M-BYG", "M-CYK", FixtureMeasureCatalogue.publicTransportId])),
      Barrier(
        barrierId: "B-DATA", theme: .data,
        description: "Energi- og CO2-regnskabet kommer to år efter datoåret og genberegnes bagud.",
        requestToNational: nil, measureRefs: []),
    ]
    return all.filter { _ in random.chance(70) }.ifEmpty(Array(all.prefix(1)))
  }

  /// Activities dated in 2023–2024 and early 2025, all before any submission date (September 2025 or later).
  static func engagement(council: String, random: inout FixtureRandom) -> [Engagement] {
    func date(_ year: Int, _ months: ClosedRange<Int>) -> CalendarDate {
      CalendarDate(year: year, month: random.int(months), day: random.int(1...28))!
    }
    var activities = [
      Engagement(
        activityId: "E-HOERING", kind: .consultation, date: date(2023, 1...12), participants: random.int(40...600),
        description: "Offentlig høring af udkastet til klimahandleplanen."),
      Engagement(
        activityId: "E-PARTNER", kind: .partnership, date: date(2024, 1...6), participants: random.int(8...40),
        description: "Klimapartnerskab med forsyning, erhvervsliv og boligorganisationer.", champCommitments: [2, 4]),
      Engagement(
        activityId: "E-STATUS", kind: .progressReview, date: date(2025, 1...8),
        description: "Årlig statusrapport om klimahandleplanen til \(council)."),
    ]
    if random.chance(60) {
      activities.append(Engagement(
        activityId: "E-DIALOG", kind: .dialogue, date: date(2024, 7...12), participants: random.int(5...25),
        description: "Dialogmøde med ministeriet og KL om lokale bidrag til NDC'en."))
    }
    return activities
  }
}

extension Array {
  fileprivate func ifEmpty(_ fallback: [Element]) -> [Element] { isEmpty ? fallback : self }
}
