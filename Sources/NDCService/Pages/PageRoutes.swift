import Foundation
import HTTPTypes
import Hummingbird
import NDCForms
import NDCMap
import NDCStore
import NIOCore

/// The web pages of SERVICE.md ("Web pages"): sign-in, the ministry's overview with its map,
/// the submitter's upload and history, one submission's report. One route group behind
/// `PageGuard`; the pages call the same internals as the JSON API (`SubmissionRoutes.create`,
/// `CompilationRoutes.create`/`export`, `ReadRoutes.coverage`, `SubmissionRoutes.raw`).
struct PageRoutes: Sendable {
  let service: IntakeService
  var renderer: PageRenderer { .shipped }
  var sessions: WebSessions { WebSessions(store: service.store) }
  var store: any SubmissionStore { service.store }

  func register(on router: Router<ServiceContext>) {
    let group = router.group()
    group.add(middleware: PageGuard(renderer: .shipped, logger: service.logger))
    group.get("/assets/site.css") { _, _ in
      Response(
        status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
        body: .init(byteBuffer: ByteBuffer(bytes: PageRenderer.styleSheet)))
    }
    group.get("/") { request, context in try await home(request, context) }
    group.post("/signin") { request, context in try await signIn(request, context) }
    group.post("/signout") { request, context in try await signOut(request, context) }
    group.post("/upload") { request, context in try await upload(request, context) }
    group.post("/compile") { request, context in try await compile(request, context) }
    group.get("/submissions/{id}") { request, context in try await submission(request, context) }
    group.get("/submissions/{id}/raw") { request, context in try await raw(request, context) }
    group.get("/compilations/{id}") { request, context in try await document(request, context) }
    group.get("/compilations/{id}/exports/{format}") { request, context in try await export(request, context) }
  }

  // MARK: Sign-in

  func home(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let language = PageRenderer.language(request)
    guard let session = try await sessions.current(request) else {
      return signInPage(request, language: language, status: .ok, failed: false)
    }
    return try await session.identity.isMinistry
      ? overview(request, language: language, session: session)
      : submitterPage(request, language: language, session: session)
  }

  /// The sign-in form; its `csrf` value is also set in a cookie (there is no session yet).
  private func signInPage(_ request: Request, language: PageLanguage, status: HTTPResponse.Status, failed: Bool) -> Response {
    let existing = request.cookies[WebSessions.signInCookie]?.value
    let csrf = existing.flatMap { WebSessions.isSecret($0) ? $0 : nil } ?? StoreIDs.secret()
    var view = common(language, nil, request)
    view["csrf"] = csrf
    view["failed"] = failed
    view["pageTitle"] = language.text("signInTitle")
    return renderer.page(
      "signin", view, status: status,
      headers: [.setCookie: WebSessions.setCookie(WebSessions.signInCookie, csrf, secure: WebSessions.overTLS(request))])
  }

  func signIn(_ request: Request, _ context: ServiceContext) async throws -> Response {
    if let wait = service.postLimiter.take("signin:\(context.clientAddress)") { throw Problem.tooMany(retryAfter: wait) }
    let language = PageRenderer.language(request)
    let form = try await Self.formFields(request)
    guard let expected = request.cookies[WebSessions.signInCookie]?.value, let given = form["csrf"],
      WebSessions.isSecret(expected), WebSessions.same(expected, given)
    else { throw Problem.forbidden(language.text("forbidden")) }
    let token = (form["token"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    guard WebSessions.isSecret(token), let record = try await store.activeToken(hash: TokenHash.of(token)) else {
      _ = service.refusals.take("addr:\(context.clientAddress)")
      return signInPage(request, language: language, status: .unauthorized, failed: true)
    }
    // A session already in the browser ends: every sign-in makes a new one.
    if let old = request.cookies[WebSessions.cookie]?.value, WebSessions.isSecret(old) {
      try await store.deleteSession(hash: TokenHash.of(old))
    }
    context.trace.identity = Identity(token: record)
    let (id, _) = try await sessions.start(token: record)
    let tls = WebSessions.overTLS(request)
    var headers: HTTPFields = [.location: "/", .cacheControl: "no-store"]
    headers.append(HTTPField(name: .setCookie, value: WebSessions.setCookie(WebSessions.cookie, id, secure: tls)))
    headers.append(HTTPField(name: .setCookie, value: WebSessions.setCookie(WebSessions.signInCookie, "", secure: tls, maxAge: 0)))
    return Response(status: .seeOther, headers: headers)
  }

  func signOut(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let form = try await Self.formFields(request)
    var headers: HTTPFields = [.location: "/"]
    if let session = try await sessions.current(request) {
      try Self.checkCSRF(form["csrf"], session, PageRenderer.language(request))
      try await store.deleteSession(hash: session.hash)
    }
    headers.append(HTTPField(
      name: .setCookie, value: WebSessions.setCookie(WebSessions.cookie, "", secure: WebSessions.overTLS(request), maxAge: 0)))
    return Response(status: .seeOther, headers: headers)
  }

  static func checkCSRF(_ given: String?, _ session: WebSessions.Current, _ language: PageLanguage) throws {
    guard let given, WebSessions.same(given, session.csrf) else { throw Problem.forbidden(language.text("forbidden")) }
  }

  /// An `application/x-www-form-urlencoded` body (at most 64 KiB) as its fields (the last of
  /// a repeated name wins).
  static func formFields(_ request: Request) async throws -> [String: String] {
    URLEncodedForm.fields(try await BodyReader.read(request, limit: 65_536))
  }

  /// The signed-in session of a page that needs one; a request without one gets 404 (no
  /// redirect, so that nothing tells whether the page exists).
  private func signedIn(_ request: Request) async throws -> WebSessions.Current {
    guard let session = try await sessions.current(request) else { throw Problem.notFound() }
    return session
  }

  /// The context the API's internals see: the session's identity.
  private func acting(_ context: ServiceContext, as session: WebSessions.Current) -> ServiceContext {
    var acting = context
    acting.identity = session.identity
    context.trace.identity = session.identity
    return acting
  }

  // MARK: Views

  private func common(_ language: PageLanguage, _ session: WebSessions.Current?, _ request: Request) -> [String: Any] {
    var view = PageRenderer.languageLink(language, for: request)
    view["t"] = language.texts
    view["signedIn"] = session != nil
    view["csrf"] = session?.csrf ?? ""
    if let identity = session?.identity {
      view["who"] =
        identity.isMinistry
        ? language.text("ministry")
        : "\(submitterName(identity.submitter ?? "")) (\(identity.submitter ?? ""))"
    }
    return view
  }

  private func submitterName(_ code: String) -> String {
    service.engine.roster().first { $0.code == code }?.name ?? code
  }

  /// The state's colours: fills on the map (against white, ≥ 3:1) and the badges' backgrounds
  /// under white text (≥ 4.5:1); tested in PageTests.
  static let stateColours: [(key: String, fill: String)] = [("missing", "#6e7781"), ("invalid", "#cf222e"), ("valid", "#116329")]

  private func overview(_ request: Request, language: PageLanguage, session: WebSessions.Current) async throws -> Response {
    let status = try await ReadRoutes(service: service).coverage(cycle: service.engine.cycle, caller: session.identity)
    var view = common(language, session, request)
    view["pageTitle"] = "\(language.text("overviewTitle")) \(status.cycle)"
    view["cycle"] = status.cycle
    view["counts"] = Self.stateColours.map { state in
      [
        "state": state.key, "label": language.text(state.key),
        "count": language.number(status.rows.filter { $0.state == state.key }.count),
      ]
    }
    view["total"] = language.number(status.rows.count)
    view["rows"] = status.rows.map { row -> [String: Any] in
      var r: [String: Any] = [
        "code": row.code, "name": row.name, "level": language.text(row.level), "state": row.state,
        "stateLabel": language.text(row.state), "received": language.time(row.receivedAt),
        "worst": row.worstSeverity.map { language.text($0.lowercased()) } ?? "",
      ]
      if let v = row.latestVersion { r["version"] = language.number(v) } else if row.latestId != nil { r["version"] = "–" }
      if let id = row.latestId { r["reportHref"] = "/submissions/\(id)" }
      return r
    }
    let states = Dictionary(uniqueKeysWithValues: status.rows.filter { $0.level == "municipality" }.map { ($0.code, $0.state) })
    let map = MunicipalityMap.categorical(
      id: "status-map", title: language.text("mapTitle"), categoryOf: states,
      categories: Self.stateColours.map { (key: $0.key, label: language.text($0.key), fill: $0.fill) },
      legendTitle: language.text("mapLegend"), href: { "#row-\($0)" },
      noData: MapLegendEntry(fill: Self.stateColours[0].fill, label: language.text("missing")))
    view["map"] = map.html()
    let compilations = try await store.compilations(cycle: status.cycle)
    view["hasCompilations"] = !compilations.isEmpty
    view["compilations"] = compilations.map { c -> [String: Any] in
      let info = (try? JSONSerialization.jsonObject(with: c.info)) as? [String: Any] ?? [:]
      return [
        "id": c.id, "created": language.time(c.createdAt), "asOf": c.asOf,
        "counted": language.number(info["counted"] as? Int ?? 0), "inputs": language.number(info["inputs"] as? Int ?? 0),
        "json": "/compilations/\(c.id)", "xml": "/compilations/\(c.id)?format=xml",
        "exports": ["pams-json", "pams-csv", "planning-json", "inventory-csv"].map {
          ["href": "/compilations/\(c.id)/exports/\($0)", "label": $0]
        },
        "html": "/compilations/\(c.id)/exports/html?lang=\(language.rawValue)",
      ]
    }
    return renderer.page("overview", view)
  }

  private func submitterPage(
    _ request: Request, language: PageLanguage, session: WebSessions.Current, flash: String? = nil,
    status code: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
  ) async throws -> Response {
    let submitter = session.identity.submitter ?? ""
    let cycle = service.engine.cycle
    let rows = try await store.submissions(cycle: cycle, submitter: submitter)
    let counting = Counting.ids(rows)
    let coverage = try await ReadRoutes(service: service).coverage(cycle: cycle, caller: session.identity)
    let state = coverage.rows.first?.state ?? "missing"
    var view = common(language, session, request)
    view["pageTitle"] = "\(submitterName(submitter)) · \(cycle)"
    view["cycle"] = cycle
    view["name"] = submitterName(submitter)
    view["state"] = state
    view["stateLabel"] = language.text(state)
    view["flash"] = flash.map { $0 as Any } ?? false
    view["hasHistory"] = !rows.isEmpty
    view["history"] = rows.map { row -> [String: Any] in
      [
        "id": row.id, "href": "/submissions/\(row.id)", "version": row.version.map(language.number) ?? "–",
        "received": language.time(row.receivedAt), "valid": row.valid,
        "verdict": language.text(row.valid ? "valid" : "invalid"),
        "worst": row.worstSeverity.map { language.text($0.lowercased()) } ?? language.text("none"), "counting": counting.contains(row.id),
      ]
    }
    return renderer.page("submitter", view, status: code, headers: headers)
  }

  // MARK: Submitting and compiling

  func upload(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let session = try await signedIn(request)
    let language = PageRenderer.language(request)
    guard !session.identity.isMinistry else {
      throw Problem(.forbidden, "only a submitter may send a submission", page: PageMessage("onlySubmitter"))
    }
    let caller = session.identity
    guard let submitter = caller.submitter else { throw Problem.notFound() }
    // Before the body is read (decision 253): the rate of the token the session acts for, and
    // the body budget while it is read and until it is answered. Every refusal is shown on
    // the submitter's page (decision 195); nothing was read that could change state, so no
    // form key is needed to show it.
    do {
      if let wait = service.postLimiter.take(caller.tokenId) { throw Problem.tooMany(retryAfter: wait) }
      let boundary = try Self.boundary(request)
      return try await BodyReader.withBody(request, limit: ServiceLimits.maxFormBytes, budget: service.bodies) { bytes in
        let form = try Self.multipart(bytes, boundary: boundary)
        do { try Self.checkCSRF(form.fields["csrf"], session, language) } catch let problem as Problem { throw FormKeyRefused(problem: problem) }
        guard let file = form.file, !file.bytes.isEmpty else {
          return try await submitterPage(request, language: language, session: session, flash: language.text("noFile"), status: .badRequest)
        }
        let response = try await SubmissionRoutes(service: service).accept(
          file.bytes, contentType: StoreText.storable(file.contentType), submitter: submitter, caller: caller,
          context: acting(context, as: session))
        guard let location = response.headers[.location], location.hasPrefix("/v1/") else { throw Problem.internalError() }
        return Response(status: .seeOther, headers: [.location: String(location.dropFirst(3))])
      }
    } catch let refused as FormKeyRefused {
      throw refused.problem
    } catch var problem as Problem where problem.status.code < 500 || problem.status == .serviceUnavailable {
      // The page speaks of the file's limit, not of the form's around it.
      if problem.status == .contentTooLarge { problem.message = PageMessage("tooLarge", .number(ServiceLimits.maxBodyBytes)) }
      return try await submitterPage(
        request, language: language, session: session, flash: problem.pageText(in: language),
        status: problem.status, headers: problem.headers)
    }
  }

  /// A form without its session's form key: the error page, not the submitter's page.
  private struct FormKeyRefused: Error { var problem: Problem }

  /// The boundary of a `multipart/form-data` request, before its body is read.
  static func boundary(_ request: Request) throws -> String {
    guard let type = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: type) else {
      throw Problem(.badRequest, "the form must be sent as multipart/form-data", page: PageMessage("notMultipart"))
    }
    return boundary
  }

  /// A `multipart/form-data` body (up to `ServiceLimits.maxFormBytes`): the text fields, and
  /// the part named `file`, which may be up to `ServiceLimits.maxBodyBytes`.
  static func multipart(_ bytes: [UInt8], boundary: String) throws -> UploadForm {
    let limit = ServiceLimits.maxBodyBytes
    guard let parts = MultipartForm.parts(bytes, boundary: boundary) else {
      throw Problem(.badRequest, "the form's multipart body could not be read", page: PageMessage("badMultipart"))
    }
    let form = UploadForm(parts: parts)
    if let file = form.file, file.bytes.count > limit { throw Problem.tooLarge("file", limit: limit) }
    return form
  }

  func compile(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let session = try await signedIn(request)
    let form = try await Self.formFields(request)
    try Self.checkCSRF(form["csrf"], session, PageRenderer.language(request))
    guard session.identity.isMinistry else { throw Problem.notFound() }
    let head = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/v1/compilations")
    let inner = Request(head: head, body: .init(buffer: ByteBuffer()))
    _ = try await CompilationRoutes(service: service).create(inner, acting(context, as: session))
    return Response(status: .seeOther, headers: [.location: "/#compilations"])
  }

  // MARK: Reading

  func submission(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let session = try await signedIn(request)
    let language = PageRenderer.language(request)
    let id = try context.pathParameter("id")
    guard id.utf8.count <= 64, let row = try await store.submission(id: id), session.identity.mayRead(submitter: row.submitter)
    else { throw Problem.notFound() }
    let bytes = try await store.submissionBytes(id: row.id)
    let versions = try await store.submissions(cycle: row.cycle, submitter: row.submitter)
    let report = PageReport.findings(entry: row.report, bytes: bytes, language: language)
    var view = common(language, session, request)
    view["pageTitle"] = "\(language.text("submissionTitle")) \(submitterName(row.submitter)) \(row.version.map(String.init) ?? "")"
    view["name"] = submitterName(row.submitter)
    view["code"] = row.submitter
    view["cycle"] = row.cycle
    view["version"] = row.version.map(language.number) ?? "–"
    view["received"] = language.time(row.receivedAt)
    view["size"] = language.number(row.size)
    view["format"] = row.format?.uppercased() ?? "–"
    view["valid"] = row.valid
    view["state"] = row.valid ? "valid" : "invalid"
    view["verdict"] = language.text(row.valid ? "valid" : "invalid")
    view["counting"] = Counting.ids(versions).contains(row.id)
    view["raw"] = "/submissions/\(row.id)/raw"
    view["findings"] = report.findings.map { f -> [String: Any] in
      [
        "severity": f.severity, "severityLabel": f.severityLabel, "code": f.code, "place": f.place, "message": f.message,
        "text": f.text,
      ]
    }
    view["suppressed"] = report.suppressed > 0 ? language.number(report.suppressed) : false
    return renderer.page("submission", view)
  }

  func raw(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let session = try await signedIn(request)
    return try await SubmissionRoutes(service: service).raw(request, acting(context, as: session))
  }

  func document(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let session = try await signedIn(request)
    guard session.identity.isMinistry else { throw Problem.notFound() }
    let id = try context.pathParameter("id")
    guard id.utf8.count <= 64, let record = try await store.compilation(id: id) else { throw Problem.notFound() }
    let xml = request.uri.queryParameters["format"] == "xml"
    return Reply.bytes(
      xml ? record.documentXML : record.documentJSON, contentType: xml ? "application/xml" : "application/json",
      headers: [.contentDisposition: "inline; filename=\"contribution-\(record.id).\(xml ? "xml" : "json")\""])
  }

  func export(_ request: Request, _ context: ServiceContext) async throws -> Response {
    let session = try await signedIn(request)
    guard session.identity.isMinistry else { throw Problem.notFound() }
    return try await CompilationRoutes(service: service).export(request, acting(context, as: session))
  }
}
