import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NDCStore
import Testing

@testable import NDCService

/// A browser's side of the pages: its cookies, the last page's `csrf` value.
struct Browser {
  var cookies: [String: String] = [:]

  var cookieHeader: HTTPFields {
    cookies.isEmpty ? [:] : [.cookie: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
  }

  mutating func keep(_ response: TestResponse) {
    for field in response.headers[values: .setCookie] {
      let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
      if value.isEmpty || field.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
    }
  }

  @discardableResult
  mutating func get(_ client: any TestClientProtocol, _ uri: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
    var headers = cookieHeader
    headers.append(contentsOf: extra)
    let r = try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
    keep(r)
    return r
  }

  @discardableResult
  mutating func post(_ client: any TestClientProtocol, _ uri: String, form: [String: String], headers extra: HTTPFields = [:])
    async throws -> TestResponse
  {
    var headers = cookieHeader
    headers[.contentType] = "application/x-www-form-urlencoded"
    headers.append(contentsOf: extra)
    let allowed = CharacterSet.alphanumerics
    let body = form.sorted { $0.key < $1.key }.map {
      "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
    }.joined(separator: "&")
    let r = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    keep(r)
    return r
  }

  /// Sends `file` as the upload form does (multipart/form-data).
  @discardableResult
  mutating func upload(_ client: any TestClientProtocol, _ file: Data, csrf: String?, name: String = "file.json") async throws
    -> TestResponse
  {
    let boundary = "----ndc-test-\(UUID().uuidString)"
    var body = Data()
    if let csrf {
      body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n".utf8)
    }
    body += Data(
      "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/json\r\n\r\n".utf8)
    body += file
    body += Data("\r\n--\(boundary)--\r\n".utf8)
    var headers = cookieHeader
    headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
    let r = try await client.execute(uri: "/upload", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    keep(r)
    return r
  }

  /// A browser signed in with `token`, and its home page's `csrf` value.
  static func signedIn(_ client: any TestClientProtocol, _ token: String) async throws -> (Browser, String) {
    var browser = Browser()
    try await browser.signIn(client, token)
    return (browser, try #require(try await browser.get(client, "/").csrf))
  }

  /// Signs in with `token` through the form; the answer to the POST.
  @discardableResult
  mutating func signIn(_ client: any TestClientProtocol, _ token: String) async throws -> TestResponse {
    let form = try await get(client, "/")
    return try await post(client, "/signin", form: ["token": token, "csrf": form.csrf ?? ""])
  }
}

extension TestResponse {
  var text: String { String(decoding: body.readableBytesView, as: UTF8.self) }
  /// The page's first `csrf` field.
  var csrf: String? {
    guard let r = text.range(of: #"name="csrf" value="([0-9a-f]{64})""#, options: .regularExpression) else { return nil }
    return String(text[r].dropFirst(#"name="csrf" value=""#.count).dropLast())
  }
  func occurrences(_ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }
}

@Suite("Web pages")
struct PageTests {
  func harness(_ settings: IntakeService.Settings = .init()) async throws -> Harness {
    try await Harness.make(store: MemoryStore(), settings: settings)
  }

  @Test("sign-in: a right token gets a new session cookie and 303; a wrong one the form again with 401")
  func signIn() async throws {
    let h = try await harness()
    try await h.test { client in
      var b = Browser()
      let form = try await b.get(client, "/")
      #expect(form.status == .ok)
      #expect(form.text.contains("action=\"/signin\""))
      #expect(form.csrf != nil)
      let wrong = try await b.post(client, "/signin", form: ["token": String(repeating: "b", count: 64), "csrf": form.csrf!])
      #expect(wrong.status == .unauthorized)
      #expect(wrong.text.contains("action=\"/signin\""))
      #expect(b.cookies[WebSessions.cookie] == nil)
      let right = try await b.post(client, "/signin", form: ["token": h.ministry, "csrf": form.csrf!])
      #expect(right.status == .seeOther)
      #expect(right.headers[.location] == "/")
      let set = right.headers[values: .setCookie].first { $0.hasPrefix("\(WebSessions.cookie)=") } ?? ""
      #expect(set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/"))
      #expect(!set.contains("Secure"))
      let id = try #require(b.cookies[WebSessions.cookie])
      #expect(WebSessions.isSecret(id) && id != h.ministry)
      #expect(!right.headers[values: .setCookie].joined().contains(h.ministry))
      let home = try await b.get(client, "/")
      #expect(home.text.contains("action=\"/signout\""))
      // Every sign-in makes a new session id.
      var again = Browser()
      try await again.signIn(client, h.ministry)
      #expect(again.cookies[WebSessions.cookie].map(WebSessions.isSecret) == true)
      #expect(again.cookies[WebSessions.cookie] != id)
      // Over TLS (a proxy says so) the cookie is Secure.
      var tls = Browser()
      let f = try await tls.get(client, "/")
      let secure = try await tls.post(
        client, "/signin", form: ["token": h.ministry, "csrf": f.csrf!], headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"])
      #expect(secure.headers[values: .setCookie].first { $0.hasPrefix("\(WebSessions.cookie)=") }?.contains("Secure") == true)
    }
  }

  @Test("forms are refused without or with a wrong csrf value, and from another origin")
  func csrfAndOrigin() async throws {
    let h = try await harness()
    try await h.test { client in
      var b = Browser()
      let form = try await b.get(client, "/")
      #expect(try await b.post(client, "/signin", form: ["token": h.ministry]).status == .forbidden)
      #expect(try await b.post(client, "/signin", form: ["token": h.ministry, "csrf": StoreIDs.secret()]).status == .forbidden)
      #expect(b.cookies[WebSessions.cookie] == nil)
      let foreign = try await b.post(
        client, "/signin", form: ["token": h.ministry, "csrf": form.csrf!], headers: [.origin: "http://evil.example"])
      #expect(foreign.status == .forbidden)
      #expect(b.cookies[WebSessions.cookie] == nil)
      // Without Origin (a same-origin Origin is accepted in the browser test, where Chromium sends one).
      let same = try await b.post(client, "/signin", form: ["token": h.ministry, "csrf": form.csrf!])
      #expect(same.status == .seeOther)
      let home = try await b.get(client, "/")
      let csrf = try #require(home.csrf)
      // Signed in: compile and sign-out need the session's value.
      #expect(try await b.post(client, "/compile", form: [:]).status == .forbidden)
      #expect(try await b.post(client, "/compile", form: ["csrf": StoreIDs.secret()]).status == .forbidden)
      #expect(try await b.post(client, "/signout", form: ["csrf": "x"]).status == .forbidden)
      #expect(try await b.get(client, "/").text.contains("action=\"/signout\""))
      #expect(try await b.get(client, "/", headers: [.origin: "http://evil.example"]).status == .forbidden)
      // The right value passes the check (nothing counts yet, so the compilation itself is refused: 409).
      #expect(try await b.post(client, "/compile", form: ["csrf": csrf]).status == .conflict)
      // A submitter's upload needs it too.
      var s = Browser()
      try await s.signIn(client, h.submitters["101"]!)
      let page = try await s.get(client, "/")
      let body = try Harness.fixture("fixtures/dk/101.json")
      #expect(try await s.upload(client, body, csrf: nil).status == .forbidden)
      #expect(try await s.upload(client, body, csrf: StoreIDs.secret()).status == .forbidden)
      #expect(try await h.store.submissions(cycle: "NDC2025", submitter: "101").isEmpty)
      #expect(try await s.upload(client, body, csrf: page.csrf).status == .seeOther)
    }
  }

  @Test("a session ends on sign-out, on revocation of its token, and after 8 hours idle")
  func sessionEnds() async throws {
    let h = try await harness()
    try await h.test { client in
      var b = Browser()
      try await b.signIn(client, h.ministry)
      let home = try await b.get(client, "/")
      let kept = b
      #expect(try await b.post(client, "/signout", form: ["csrf": home.csrf!]).status == .seeOther)
      #expect(b.cookies[WebSessions.cookie] == nil)
      var replay = kept
      #expect(!(try await replay.get(client, "/")).text.contains("action=\"/signout\""))

      var s = Browser()
      try await s.signIn(client, h.submitters["101"]!)
      #expect(try await s.get(client, "/").text.contains("action=\"/upload\""))
      let token = try #require(try await h.store.tokens().first { $0.submitter == "101" })
      #expect(try await h.store.revokeToken(id: token.id, at: Timestamps.now()))
      #expect(!(try await s.get(client, "/")).text.contains("action=\"/upload\""))

      // Idle: 9 hours since last seen ends it; 7 hours does not.
      let ministry = try #require(try await h.store.tokens().first { $0.role == .ministry })
      for (hours, alive) in [(9.0, false), (7.0, true)] {
        let id = StoreIDs.secret()
        let seen = Timestamps.format(Date().addingTimeInterval(-hours * 3600))
        try await h.store.insertSession(
          SessionRecord(tokenId: ministry.id, csrf: StoreIDs.secret(), createdAt: seen, lastSeenAt: seen), hash: TokenHash.of(id))
        var idle = Browser(cookies: [WebSessions.cookie: id])
        #expect(try await idle.get(client, "/").text.contains("action=\"/signout\"") == alive, "\(hours) h")
      }
    }
  }

  @Test("the ministry's overview: 103 rows, 98 map shapes with code and title, counts, compile and its links")
  func overview() async throws {
    let h = try await harness()
    try await h.test { client in
      var s = Browser()
      try await s.signIn(client, h.submitters["101"]!)
      let csrf = try await s.get(client, "/").csrf
      #expect(try await s.upload(client, try Harness.fixture("fixtures/dk/101.json"), csrf: csrf).status == .seeOther)
      var b = Browser()
      try await b.signIn(client, h.ministry)
      let page = try await b.get(client, "/")
      #expect(page.status == .ok)
      #expect(page.occurrences("<tr id=\"row-") == 103)
      #expect(page.occurrences("<path data-code=\"") == 98)
      #expect(page.occurrences("<title>") == 98 + 1)  // the shapes and the page (the map's has an id)
      #expect(page.text.contains("<a href=\"#row-101\"><path data-code=\"101\""))
      #expect(page.text.contains("København: gyldig"))
      #expect(page.text.contains("<tr id=\"row-101\" data-code=\"101\" data-state=\"valid\">"))
      #expect(page.text.contains("<tr id=\"row-147\" data-code=\"147\" data-state=\"missing\">"))
      #expect(page.text.contains("<strong class=\"count\">102</strong>"))
      #expect(page.text.contains("action=\"/compile\""))
      #expect(try await b.post(client, "/compile", form: ["csrf": page.csrf!]).status == .seeOther)
      let after = try await b.get(client, "/")
      let compilation = try #require(try await h.store.compilations(cycle: "NDC2025").first)
      for link in ["/compilations/\(compilation.id)", "/compilations/\(compilation.id)?format=xml",
        "/compilations/\(compilation.id)/exports/pams-csv", "/compilations/\(compilation.id)/exports/html?lang=da"]
      {
        #expect(after.text.contains("href=\"\(link.replacingOccurrences(of: "&", with: "&amp;"))\""), "\(link)")
        #expect(try await b.get(client, link).status == .ok, "\(link)")
      }
      // The submitter reaches none of it.
      #expect(try await s.get(client, "/compilations/\(compilation.id)").status == .notFound)
      #expect(try await s.post(client, "/compile", form: ["csrf": csrf!]).status == .notFound)
    }
  }

  @Test("a submitter's upload answers with the report as the CLI prints it; history; raw bytes; others get 404")
  func submitter() async throws {
    let h = try await harness()
    try await h.test { client in
      var s = Browser()
      try await s.signIn(client, h.submitters["101"]!)
      let csrf = try await s.get(client, "/").csrf
      var text = String(decoding: try Harness.fixture("fixtures/dk/101.json"), as: UTF8.self)
      text = text.replacingOccurrences(of: "\"cycle\": \"NDC2025\",", with: "\"cycle\": \"NDC2025\",,")
      let posted = try await s.upload(client, Data(text.utf8), csrf: csrf)
      #expect(posted.status == .seeOther)
      let location = try #require(posted.headers[.location])
      #expect(location.hasPrefix("/submissions/"))
      let report = try await s.get(client, location)
      #expect(report.status == .ok)
      #expect(report.text.contains(":4:"))
      #expect(report.text.contains("4 |   &quot;cycle&quot;: &quot;NDC2025&quot;,,"))
      #expect(report.text.contains("^"))
      #expect(report.text.contains("class=\"badge invalid\""))
      let valid = try await s.upload(client, try Harness.fixture("fixtures/dk/101.json"), csrf: csrf)
      let good = try await s.get(client, try #require(valid.headers[.location]))
      #expect(good.text.contains("class=\"badge valid\""))
      let home = try await s.get(client, "/")
      #expect(home.occurrences("<tr data-id=") == 2)
      let id = String(location.dropFirst("/submissions/".count))
      let raw = try await s.get(client, "/submissions/\(id)/raw")
      #expect(raw.status == .ok && raw.text == text)
      // Another submitter, or nobody: 404 (no redirect); the ministry: the page.
      var other = Browser()
      try await other.signIn(client, h.submitters["147"]!)
      for uri in [location, "\(location)/raw", "/submissions/\(StoreIDs.random())"] {
        let r = try await other.get(client, uri)
        #expect(r.status == .notFound, "\(uri)")
        #expect(r.headers[.location] == nil)
      }
      var nobody = Browser()
      #expect(try await nobody.get(client, location).status == .notFound)
      var ministry = Browser()
      try await ministry.signIn(client, h.ministry)
      #expect(try await ministry.get(client, location).status == .ok)
    }
  }

  /// An upload whose multipart body breaks the grammar is a 400 and the service goes on: a
  /// byte above 0x7F in a header name stopped the process while MultipartKit read the form
  /// (decision 235).
  @Test("a malformed upload form: 400, and the service keeps serving")
  func malformedUploadForm() async throws {
    let h = try await harness()
    try await h.test { client in
      var (s, csrf) = try await Browser.signedIn(client, h.submitters["101"]!)
      let file = try Harness.fixture("fixtures/dk/101.json")
      func send(_ body: [UInt8]) async throws -> TestResponse {
        var headers = s.cookieHeader
        headers[.contentType] = "multipart/form-data; boundary=b"
        return try await client.execute(uri: "/upload", method: .post, headers: headers, body: ByteBuffer(bytes: body))
      }
      let head = Array("--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n".utf8)
      let filePart = Array("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n".utf8) + [UInt8](file)
      for body in [
        head + Array("--b\r\nK\u{F8}: 1\r\n\r\n".utf8) + [UInt8](file) + Array("\r\n--b--\r\n".utf8),
        head + filePart,
        head + filePart + Array("\r\n--b".utf8),
      ] {
        let r = try await send(body)
        #expect(r.status == .badRequest)
        // On the submitter's page, with its form (decision 241).
        #expect(r.text.contains("Formularens indhold kunne ikke læses."))
        #expect(r.text.contains("action=\"/upload\""))
      }
      let good = try await send(head + filePart + Array("\r\n--b--\r\n".utf8))
      #expect(good.status == .seeOther, "the same form, well made")
      #expect(try await s.get(client, "/").status == .ok)
    }
  }

  /// Decision 241: what the pages show of a refusal is in the page's language, on the
  /// submitter's page with its form; a page that answers a POST links the other language
  /// from the home page's address.
  @Test("refusals of an upload: on the submitter's page, in its language; 413 too; the language link after a POST")
  func uploadRefusals() async throws {
    let h = try await harness()
    try await h.test { client in
      var s = Browser()
      let wrong = try await s.post(client, "/signin", form: ["token": String(repeating: "b", count: 64), "csrf": try await s.get(client, "/").csrf ?? ""])
      #expect(wrong.status == .unauthorized)
      #expect(wrong.text.contains("href=\"/?lang=en\""))
      try await s.signIn(client, h.submitters["101"]!)
      let home = try await s.get(client, "/")
      #expect(home.text.contains("href=\"?lang=en\""))
      let csrf = try #require(home.csrf)
      let first = try await s.upload(client, try Harness.fixture("fixtures/dk/101.json"), csrf: csrf)
      #expect(first.status == .seeOther)
      let changed = String(decoding: try Harness.fixture("fixtures/dk/101.json"), as: UTF8.self)
        .replacingOccurrences(of: "\"cycle\": \"NDC2025\",", with: "\"cycle\": \"NDC2025\", \"bogus\": 1,")
      let conflict = try await s.upload(client, Data(changed.utf8), csrf: csrf)
      #expect(conflict.status == .conflict)
      #expect(conflict.text.contains("Version 1 af 101 i NDC2025 blev modtaget "))
      #expect(conflict.text.contains("send den som version 2."))
      #expect(!conflict.text.contains("send version 2"))
      #expect(conflict.text.contains("action=\"/upload\""))
      #expect(conflict.text.contains("href=\"/?lang=en\""))
      let other = try await s.upload(client, try Harness.fixture("fixtures/dk/751.json"), csrf: csrf)
      #expect(other.status == .forbidden)
      #expect(other.text.contains("Indberetningen er fra 751, men I er logget ind for 101; intet er gemt."))
      // Above the limit: the file inside a form that fits, and a form above the limit read.
      let limit = ServiceLimits.maxBodyBytes
      for size in [limit + 1, limit + 70_000] {
        let large = try await s.upload(client, Data(count: size), csrf: csrf)
        #expect(large.status == .contentTooLarge, "\(size)")
        #expect(large.text.contains("Filen er større end 16.777.216 byte; intet er gemt."), "\(size)")
        #expect(large.text.contains("action=\"/upload\""), "\(size)")
      }
      // In English once the language is chosen.
      _ = try await s.get(client, "/?lang=en")
      let english = try await s.upload(client, Data(changed.utf8), csrf: csrf)
      #expect(english.status == .conflict)
      #expect(english.text.contains("Version 1 of 101 in NDC2025 was received on "))
      #expect(english.text.contains("href=\"/?lang=da\""))
      #expect(try await s.get(client, "/").status == .ok)
    }
  }

  /// Decision 253: the page's upload counts against the same body budget and rate as the API,
  /// before its form is read; a refusal is shown on the submitter's page.
  @Test("an upload beyond the body budget: the submitter's page with 503, nothing stored, the budget given back")
  func uploadBeyondTheBodyBudget() async throws {
    var settings = IntakeService.Settings()
    settings.bodyBudgetBytes = 1_000
    let h = try await harness(settings)
    try await h.test { client in
      var s = Browser()
      try await s.signIn(client, h.submitters["101"]!)
      let csrf = try #require(try await s.get(client, "/").csrf)
      let refused = try await s.upload(client, try Harness.fixture("fixtures/dk/101.json"), csrf: csrf)
      #expect(refused.status == .serviceUnavailable)
      #expect(refused.headers[.retryAfter] == "2")
      #expect(refused.text.contains("action=\"/upload\""))
    }
    #expect(try await h.store.submissions(cycle: "NDC2025", submitter: "101").isEmpty)
    #expect(h.service.bodies.bytesHeld == 0)
  }

  @Test("a page message: its values put in once, written as the language writes them; both languages take the same values")
  func pageMessages() {
    let taken = PageMessage("versionTaken", .number(3), .text("{5}"), .text("NDC2025"), .time("2026-12-05T12:00:00.000Z"), .number(1_004))
    #expect(taken.text(in: .da) == "Version 3 af {5} i NDC2025 blev modtaget 5. december 2026 kl. 13.00 med et andet indhold; send den som version 1.004.")
    #expect(taken.text(in: .en) == "Version 3 of {5} in NDC2025 was received on 5 December 2026, 13:00 with other content; send it as version 1,004.")
    #expect(PageMessage("tooMany", .number(2)).text(in: .en) == "Too many requests; try again in 2 s.")
    func placeholders(_ text: String) -> [String] {
      text.matches(of: /\{[0-9]\}/).map { String($0.output) }.sorted()
    }
    for (key, pair) in PageTexts.table {
      #expect(placeholders(pair.da) == placeholders(pair.en), "\(key)")
    }
  }

  /// A set rule's finding on a report page is printed as `ndc validate` prints it: the set's,
  /// `(set): info[NDC-SET-007]: …`, not as one of the file's (decision 241). København's
  /// measure M-BUS overlaps with one of region 1084, of which nothing counts.
  @Test("a set finding on a report page is the set's, as the CLI prints it")
  func setFindingOnPage() async throws {
    let h = try await harness()
    try await h.test { client in
      var (s, csrf) = try await Browser.signedIn(client, h.submitters["101"]!)
      let posted = try await s.upload(client, try Harness.fixture("fixtures/dk/101.json"), csrf: csrf)
      let location = try #require(posted.headers[.location])
      let page = try await s.get(client, location)
      #expect(page.text.contains("<pre class=\"cli\">(set): info[NDC-SET-007]: 101/M-BUS overlaps with 1084/RM-BUS"))
      #expect(page.text.contains("<span class=\"place\">(set)</span>"))
      #expect(!page.text.contains("\(location.dropFirst()): info[NDC-SET-007]"))
    }
  }

  @Test("everything a file supplies is escaped; every page has the CSP and no script")
  func escaping() async throws {
    let h = try await harness()
    try await h.test { client in
      var s = Browser()
      let signin = try await s.get(client, "/")
      try await s.signIn(client, h.submitters["101"]!)
      let csrf = try await s.get(client, "/").csrf
      let hostile = "{\n  \"name\": \"<script>alert(\\\"x\\\")</script> & 'q'\",,\n}\n"
      let posted = try await s.upload(client, Data(hostile.utf8), csrf: csrf)
      let page = try await s.get(client, try #require(posted.headers[.location]))
      #expect(page.status == .ok)
      #expect(!page.text.contains("<script"))
      #expect(page.text.contains("&lt;script&gt;alert(\\&quot;x\\&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
      // A direction control in a source line is shown as U+FFFD (decision 244).
      let turned = try await s.upload(client, Data("{\n  \"name\": \"M-1\u{202E} 123\",,\n}\n".utf8), csrf: csrf)
      let turnedPage = try await s.get(client, try #require(turned.headers[.location]))
      #expect(turnedPage.text.contains("M-1\u{FFFD} 123"))
      #expect(!turnedPage.text.unicodeScalars.contains("\u{202E}"))
      for r in [signin, page, try await s.get(client, "/"), try await s.get(client, "/submissions/nope")] {
        #expect(r.headers[.contentSecurityPolicy] == PageGuard.policy)
        #expect(!r.text.contains("<script"))
        #expect(!r.text.contains("style="))
      }
      #expect(PageGuard.policy.contains("default-src 'none'") && !PageGuard.policy.contains("unsafe-inline"))
      let css = try await s.get(client, "/assets/site.css")
      #expect(css.status == .ok && css.headers[.contentType]?.hasPrefix("text/css") == true && css.text.contains(".badge.valid"))
    }
  }

  @Test("Danish by default; English by ?lang=en (kept in a cookie) or Accept-Language; numbers and dates per language")
  func languages() async throws {
    let h = try await harness()
    try await h.test { client in
      var b = Browser()
      let da = try await b.get(client, "/")
      #expect(da.text.contains("<html lang=\"da\">") && da.text.contains("Log ind"))
      let en = try await b.get(client, "/?lang=en")
      #expect(en.text.contains("<html lang=\"en\">") && en.text.contains("Sign in"))
      #expect(try await b.get(client, "/").text.contains("<html lang=\"en\">"))
      var fresh = Browser()
      #expect(try await fresh.get(client, "/", headers: [.acceptLanguage: "en-GB,en;q=0.9"]).text.contains("<html lang=\"en\">"))
      #expect(try await fresh.get(client, "/", headers: [.acceptLanguage: "fr, da;q=0.5"]).text.contains("<html lang=\"da\">"))
      #expect(try await fresh.get(client, "/", headers: [.acceptLanguage: "en;q=0, da"]).text.contains("<html lang=\"da\">"))
    }
    #expect(PageLanguage.da.number(1_234_567) == "1.234.567")
    #expect(PageLanguage.en.number(1_234_567) == "1,234,567")
    #expect(PageLanguage.da.number(999) == "999")
    #expect(PageLanguage.da.time("2026-12-05T12:00:00.000Z") == "5. december 2026 kl. 13.00")
    #expect(PageLanguage.en.time("2026-07-01T12:00:00.000Z") == "1 July 2026, 14:00")
  }

  @Test("sign-in is rate limited per client address")
  func signInRate() async throws {
    var settings = IntakeService.Settings()
    settings.postRate = 0.001
    settings.postBurst = 3
    let h = try await harness(settings)
    try await h.test { client in
      var b = Browser()
      let form = try await b.get(client, "/")
      var statuses: [Int] = []
      for _ in 0..<4 {
        statuses.append(Int(try await b.post(client, "/signin", form: ["token": "x", "csrf": form.csrf!]).status.code))
      }
      #expect(statuses == [401, 401, 401, 429])
    }
  }

  @Test("compilations(cycle:): the cycle's only, newest first, without documents", arguments: Array(0..<Harness.stores().count))
  func compilationListing(_ i: Int) async throws {
    let store = try await Harness.stores()[i]()
    try await store.migrate()
    func record(_ id: String, _ cycle: String, _ at: String) -> CompilationRecord {
      CompilationRecord(
        id: id, cycle: cycle, asOf: "2025-12-31", compiledAt: at, createdAt: at, info: Data("{\"counted\":1}".utf8),
        documentJSON: Data("{}".utf8), documentXML: Data("<x/>".utf8))
    }
    try await store.insertCompilation(record("a", "NDC2025", "2026-12-05T10:00:00.000Z"))
    try await store.insertCompilation(record("b", "NDC2025", "2026-12-05T11:00:00.000Z"))
    try await store.insertCompilation(record("c", "NDC2030", "2026-12-05T12:00:00.000Z"))
    let listed = try await store.compilations(cycle: "NDC2025")
    #expect(listed.map(\.id) == ["b", "a"])
    #expect(listed.allSatisfy { $0.documentJSON.isEmpty && $0.documentXML.isEmpty && $0.info == Data("{\"counted\":1}".utf8) })
    #expect(try await store.compilations(cycle: "NDC2099").isEmpty)
    #expect(try await store.compilation(id: "a")?.documentXML == Data("<x/>".utf8))
    await store.close()
  }

  @Test("the state colours meet WCAG AA: white text on them ≥ 4.5:1, and on the white page ≥ 3:1")
  func contrast() {
    for (key, fill) in PageRoutes.stateColours {
      #expect(Contrast.ratio(fill, "#ffffff") >= 4.5, "\(key)")
    }
    #expect(Contrast.ratio("#000000", "#ffffff") > 20.9)
    #expect(Contrast.ratio("#ffff00", "#ffffff") < 3)
    #expect(Set(PageRoutes.stateColours.map(\.fill)).count == 3)
  }
}

/// WCAG 2.x contrast ratio of two sRGB colours `#rrggbb`.
enum Contrast {
  static func luminance(_ hex: String) -> Double {
    let digits = Array(hex.dropFirst())
    func channel(_ i: Int) -> Double {
      let c = Double(Int(String(digits[i..<i + 2]), radix: 16) ?? 0) / 255
      return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
  }
  static func ratio(_ a: String, _ b: String) -> Double {
    let (x, y) = (luminance(a), luminance(b))
    return (max(x, y) + 0.05) / (min(x, y) + 0.05)
  }
}
