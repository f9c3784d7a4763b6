import NDCCore

/// Barriers (with requests to the national level) and engagement activities (CHAMP evidence).
enum FixtureParticipation {
  static func barriers(measureIds: Set<String>, random: inout FixtureRandom) -> [Barrier] {
    func refs(_ ids: [String]) -> [String] { ids.filter(measureIds.contains) }
    func barrier(_ id: String, _ theme: BarrierTheme, _ description: String, request: String?, refs: [String]) -> Barrier {
      Barrier.with {
        $0.barrierId = id; $0.theme = theme; $0.description = description
        $0.requestToNational = request; $0.measureRefs = refs
      }
    }
    let all = [
      barrier(
        "B-NET", .gridCapacity, "Elnettet kan ikke tilslutte de planlagte sol- og vindprojekter før 2030.",
        request: "Fremskynd netudbygningen og giv kommunerne indsigt i netselskabernes kapacitetsplaner.",
        refs: refs([FixtureMeasureCatalogue.renewablesId, "M-EL"])),
      barrier(
        "B-REG", .regulation, "Planloven og VE-reglerne gør det langsomt at udlægge arealer til energiparker.",
        request: "Forenkle reglerne for kommuneplantillæg til energiparker.",
        refs: refs([FixtureMeasureCatalogue.renewablesId, FixtureMeasureCatalogue.lowlandId])),
      barrier(
        "B-FIN", .financing, "Anlægsloftet begrænser kommunens investeringer i klimatiltag.",
        request: "Undtag klimainvesteringer fra anlægsloftet.",
        refs: refs(["M-BYG", "M-CYK", FixtureMeasureCatalogue.publicTransportId])),
      barrier(
        "B-DATA", .data, "Energi- og CO2-regnskabet kommer to år efter datoåret og genberegnes bagud.",
        request: nil, refs: []),
    ]
    return all.filter { _ in random.chance(70) }.ifEmpty(Array(all.prefix(1)))
  }

  /// Activities dated in 2023–2024 and early 2025, all before any submission date (September 2025 or later).
  static func engagement(council: String, random: inout FixtureRandom) -> [Engagement] {
    func date(_ year: Int, _ months: ClosedRange<Int>) -> CalendarDate {
      CalendarDate(year: year, month: random.int(months), day: random.int(1...28))!
    }
    func activity(
      _ id: String, _ kind: EngagementKind, _ date: CalendarDate, participants: Int?, _ description: String,
      commitments: [Int] = []
    ) -> Engagement {
      Engagement.with {
        $0.activityId = id; $0.kind = kind; $0.date = date; $0.participants = participants; $0.description = description
        $0.champCommitments = commitments
      }
    }
    var activities = [
      activity(
        "E-HOERING", .consultation, date(2023, 1...12), participants: random.int(40...600),
        "Offentlig høring af udkastet til klimahandleplanen."),
      activity(
        "E-PARTNER", .partnership, date(2024, 1...6), participants: random.int(8...40),
        "Klimapartnerskab med forsyning, erhvervsliv og boligorganisationer.", commitments: [2, 4]),
      activity("E-STATUS", .progressReview, date(2025, 1...8), participants: nil, "Årlig statusrapport om klimahandleplanen til \(council)."),
    ]
    if random.chance(60) {
      activities.append(activity(
        "E-DIALOG", .dialogue, date(2024, 7...12), participants: random.int(5...25),
        "Dialogmøde med ministeriet og KL om lokale bidrag til NDC'en."))
    }
    return activities
  }
}

extension Array {
  fileprivate func ifEmpty(_ fallback: [Element]) -> [Element] { isEmpty ? fallback : self }
}
