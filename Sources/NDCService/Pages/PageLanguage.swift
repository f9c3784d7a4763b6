import Foundation

/// The pages' two languages (Danish by default) and how numbers and times are written in each.
enum PageLanguage: String, Sendable, CaseIterable {
  case da, en

  /// `?lang=` first, then the language cookie (set by `?lang=`), then `Accept-Language` (in the
  /// order given, weights of 0 skipped), then Danish.
  static func choose(query: String?, cookie: String?, acceptLanguage: String?) -> PageLanguage {
    if let q = query.flatMap(PageLanguage.init(rawValue:)) { return q }
    if let c = cookie.flatMap(PageLanguage.init(rawValue:)) { return c }
    if let header = acceptLanguage {
      let ranked = header.split(separator: ",").compactMap { part -> (String, Double)? in
        let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let tag = pieces.first, !tag.isEmpty else { return nil }
        var q = 1.0
        for p in pieces.dropFirst() where p.hasPrefix("q=") { q = Double(p.dropFirst(2)) ?? 0 }
        return (tag, q)
      }
      for (tag, q) in ranked.enumerated().sorted(by: { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }).map(\.element)
      where q > 0 {
        let primary = tag.split(separator: "-").first.map(String.init) ?? tag
        if primary == "da" || primary == "nb" || primary == "nn" || primary == "no" { return .da }
        if primary == "en" { return .en }
      }
    }
    return .da
  }

  /// An integer with the language's grouping: `1.234` (da), `1,234` (en).
  func number(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { out.append(self == .da ? "." : ",") }
      out.append(c)
    }
    return (n < 0 ? "−" : "") + out
  }

  /// A stored time (RFC 3339 UTC) as the language writes it, in Danish time:
  /// `5. december 2026 kl. 13.00` (da), `5 December 2026, 13:00` (en). The text as given when
  /// it cannot be read.
  func time(_ rfc3339: String?) -> String {
    guard let text = rfc3339 else { return "" }
    guard let date = Timestamps.parse(text) else { return text }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Copenhagen") ?? TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    let month = (self == .da ? Self.danishMonths : Self.englishMonths)[max(0, min(11, (c.month ?? 1) - 1))]
    func pad(_ v: Int?) -> String { v.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
    switch self {
    case .da: return "\(c.day ?? 1). \(month) \(c.year ?? 0) kl. \(pad(c.hour)).\(pad(c.minute))"
    case .en: return "\(c.day ?? 1) \(month) \(c.year ?? 0), \(pad(c.hour)):\(pad(c.minute))"
    }
  }

  static let danishMonths = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
  ]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  ]

  /// The page texts in this language, by key (the templates' `t.key`).
  var texts: [String: String] { PageTexts.table.mapValues { self == .da ? $0.da : $0.en } }

  func text(_ key: String) -> String {
    guard let pair = PageTexts.table[key] else { return key }
    return self == .da ? pair.da : pair.en
  }
}

/// Every text of the pages in both languages, in one table.
enum PageTexts {
  static let table: [String: (da: String, en: String)] = [
    "title": ("NDC-indberetning", "NDC intake"),
    "skip": ("Spring til indholdet", "Skip to content"),
    "signInTitle": ("Log ind", "Sign in"),
    "signInIntro": (
      "Log ind med den adgangsnøgle, ministeriet har givet jer.", "Sign in with the token the ministry gave you."
    ),
    "tokenLabel": ("Adgangsnøgle", "Token"),
    "signIn": ("Log ind", "Sign in"),
    "signOut": ("Log ud", "Sign out"),
    "wrongToken": ("Adgangsnøglen er ukendt eller tilbagekaldt.", "The token is unknown or revoked."),
    "signedInAs": ("Logget ind som", "Signed in as"),
    "ministry": ("Ministeriet", "The ministry"),
    "overviewTitle": ("Status for cyklus", "Status of cycle"),
    "counts": ("Optælling", "Counts"),
    "missing": ("mangler", "missing"),
    "invalid": ("ugyldig", "invalid"),
    "valid": ("gyldig", "valid"),
    "mapTitle": ("Kort over de 98 kommuner efter status", "Map of the 98 municipalities by state"),
    "mapLegend": ("Status", "State"),
    "tableTitle": ("Kommuner og regioner", "Municipalities and regions"),
    "level": ("Niveau", "Level"),
    "municipality": ("kommune", "municipality"),
    "region": ("region", "region"),
    "code": ("Kode", "Code"),
    "name": ("Navn", "Name"),
    "state": ("Status", "State"),
    "latestVersion": ("Seneste version", "Latest version"),
    "worstSeverity": ("Alvorligste fund", "Worst severity"),
    "received": ("Modtaget", "Received"),
    "report": ("Rapport", "Report"),
    "openReport": ("Åbn rapport", "Open report"),
    "compileTitle": ("Sammenstilling", "Compilation"),
    "compileButton": ("Sammenstil nu", "Compile now"),
    "compilations": ("Sammenstillinger", "Compilations"),
    "noCompilations": ("Ingen sammenstillinger endnu.", "No compilations yet."),
    "created": ("Oprettet", "Created"),
    "asOf": ("Opgjort pr.", "As of"),
    "counted": ("Talt med", "Counted"),
    "document": ("Dokument", "Document"),
    "exports": ("Eksporter", "Exports"),
    "htmlReport": ("HTML-rapport", "HTML report"),
    "uploadTitle": ("Send en indberetning", "Send a submission"),
    "fileLabel": ("Fil (XML eller JSON)", "File (XML or JSON)"),
    "upload": ("Send", "Send"),
    "historyTitle": ("Versioner", "Versions"),
    "noHistory": ("Intet modtaget endnu.", "Nothing received yet."),
    "version": ("Version", "Version"),
    "verdict": ("Resultat", "Verdict"),
    "counting": ("tæller", "counts"),
    "download": ("Hent filen", "Download the file"),
    "size": ("Størrelse", "Size"),
    "bytes": ("byte", "bytes"),
    "diagnostics": ("Fund", "Findings"),
    "noDiagnostics": ("Ingen fund.", "No findings."),
    "suppressed": ("flere fund er udeladt", "more findings are left out"),
    "submissionTitle": ("Indberetning", "Submission"),
    "back": ("Tilbage til oversigten", "Back to the overview"),
    "errorTitle": ("Det lykkedes ikke", "That did not work"),
    "notFound": ("Siden findes ikke.", "There is no such page."),
    "forbidden": ("Anmodningen blev afvist (forkert eller manglende formularnøgle eller oprindelse).", "The request was refused (wrong or missing form key or origin)."),
    "noFile": ("Vælg en fil.", "Choose a file."),
    // Refusals (`PageMessage`): {1}, {2}… are the values.
    "tooMany": ("For mange anmodninger; prøv igen om {1} s.", "Too many requests; try again in {1} s."),
    "busy": ("Valideringskøen er fuld; prøv igen om {1} s.", "The validation queue is full; try again in {1} s."),
    "internalError": ("Tjenesten kunne ikke gennemføre anmodningen.", "The service could not complete the request."),
    "storeUnavailable": ("Lageret kan ikke nås lige nu; prøv igen senere.", "The store cannot be reached just now; try again later."),
    "tooLarge": ("Filen er større end {1} byte; intet er gemt.", "The file is larger than {1} bytes; nothing was stored."),
    "otherSubmitter": (
      "Indberetningen er fra {1}, men I er logget ind for {2}; intet er gemt.",
      "The submission is from {1}, but you are signed in for {2}; nothing was stored."
    ),
    "onlySubmitter": ("Kun en kommune eller en region kan sende en indberetning.", "Only a municipality or a region can send a submission."),
    "versionTaken": (
      "Version {1} af {2} i {3} blev modtaget {4} med et andet indhold; send den som version {5}.",
      "Version {1} of {2} in {3} was received on {4} with other content; send it as version {5}."
    ),
    "notMultipart": ("Formularen skal sendes som multipart/form-data.", "The form must be sent as multipart/form-data."),
    "badMultipart": ("Formularens indhold kunne ikke læses.", "The form's content could not be read."),
    "language": ("Sprog", "Language"),
    "otherLanguage": ("English", "Dansk"),
    "blocker": ("blokerende", "blocker"),
    "error": ("fejl", "error"),
    "warning": ("advarsel", "warning"),
    "info": ("info", "info"),
    "none": ("ingen", "none"),
  ]
}
