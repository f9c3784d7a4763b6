import NDCCore

/// Who submits and when: submitter, fictional contact at the submitter's domain, plan, and a
/// submission time in September–October 2025 (summer time, `+02:00`).
struct FixtureIdentity {
  /// Domains that differ from the ASCII name (the rest: the ASCII name, lower case, `.dk`).
  static let domains: [String: String] = [
    "101": "kk.dk", "169": "htk.dk", "173": "ltk.dk", "657": "herning.dk", "760": "rksk.dk", "1081": "rn.dk",
    "1082": "rm.dk", "1083": "regionsyddanmark.dk", "1084": "regionh.dk", "1085": "regionsjaelland.dk",
  ]
  static let firstNames = ["Anne", "Mette", "Lars", "Søren", "Camilla", "Jens", "Louise", "Mads", "Sofie", "Henrik"]
  static let lastNames = ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen"]

  let code: String
  let level: SubmitterLevel
  let name: String
  let nameASCII: String

  var submitterName: String { level == .municipality ? "\(name) Kommune" : name }
  var domain: String {
    Self.domains[code] ?? nameASCII.lowercased().filter { $0.isLetter || $0 == "-" } + ".dk"
  }
  var council: String {
    switch (level, code) {
    case (.region, _): "regionsrådet"
    case (_, "101"): "Borgerrepræsentationen"
    default: "kommunalbestyrelsen"
    }
  }

  func submittedAt(_ random: inout FixtureRandom) -> DateTime {
    let month = random.int(9...10)
    let day = month == 9 ? random.int(1...30) : random.int(1...24)
    let hour = random.int(8...15)
    let minute = random.pick([0, 15, 30, 45])
    return DateTime("2025-\(Self.two(month))-\(Self.two(day))T\(Self.two(hour)):\(Self.two(minute)):00+02:00")!
  }

  func contact(_ random: inout FixtureRandom) -> Contact {
    let person = "\(random.pick(Self.firstNames)) \(random.pick(Self.lastNames))"
    let phone = "+45 \(random.int(20...99)) \(random.int(10...99)) \(random.int(10...99)) \(random.int(10...99))"
    return Contact.with { $0.name = "\(person), klimakoordinator"; $0.email = "klimaplan@\(domain)"; $0.phone = phone }
  }

  func plan(_ random: inout FixtureRandom) -> Plan {
    let adopted = CalendarDate(year: random.int(2020...2024), month: random.int(1...12), day: random.int(1...28))!
    let title = level == .municipality ? "Klimahandleplan for \(name) Kommune" : "Klimastrategi for \(name)"
    let by = council.prefix(1).uppercased() + council.dropFirst()
    return Plan.with {
      $0.title = title
      $0.framework = level == .municipality ? .dk2020 : .other
      $0.status = .adopted
      $0.adoptedOn = adopted
      $0.adoptedBy = by
      $0.url = "https://\(domain)/klimaplan"
    }
  }

  static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
