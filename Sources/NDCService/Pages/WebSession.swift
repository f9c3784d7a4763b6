import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NDCStore

/// The pages' sessions (SERVICE.md "Web pages"): a random 256-bit id in an `HttpOnly`,
/// `SameSite=Strict` cookie, stored by its SHA-256, new at every sign-in, ended after 8 hours
/// idle, on sign-out and when its token is revoked (the store then no longer returns it). The
/// token itself is never in a cookie.
struct WebSessions: Sendable {
  let store: any SubmissionStore

  static let cookie = "ndc_session"
  /// Before sign-in, the sign-in form's `csrf` value is also in this cookie (double submit).
  static let signInCookie = "ndc_signin"
  static let languageCookie = "ndc_lang"
  static let idle: TimeInterval = 8 * 3600
  /// `lastSeenAt` is written at most this often (not on every request).
  static let touchEvery: TimeInterval = 60

  /// A signed-in session: who, the form value, and the stored hash.
  struct Current: Sendable {
    var identity: Identity
    var csrf: String
    var hash: Data
  }

  /// The request's session, if its cookie names a live one of an active token; an idle one is
  /// deleted here.
  func current(_ request: Request) async throws -> Current? {
    guard let id = request.cookies[Self.cookie]?.value, Self.isSecret(id) else { return nil }
    let hash = TokenHash.of(id)
    guard let session = try await store.session(hash: hash) else { return nil }
    let now = Date()
    let seen = Timestamps.parse(session.lastSeenAt) ?? .distantPast
    if now.timeIntervalSince(seen) > Self.idle {
      try await store.deleteSession(hash: hash)
      return nil
    }
    guard let token = try await store.tokens().first(where: { $0.id == session.tokenId && $0.revokedAt == nil }) else {
      return nil
    }
    if now.timeIntervalSince(seen) > Self.touchEvery { try await store.touchSession(hash: hash, at: Timestamps.format(now)) }
    return Current(identity: Identity(token: token), csrf: session.csrf, hash: hash)
  }

  /// A new session for the token: its id (for the cookie) and its form value.
  func start(token: TokenRecord) async throws -> (id: String, csrf: String) {
    let id = StoreIDs.secret()
    let csrf = StoreIDs.secret()
    let now = Timestamps.now()
    try await store.insertSession(SessionRecord(tokenId: token.id, csrf: csrf, createdAt: now, lastSeenAt: now), hash: TokenHash.of(id))
    return (id, csrf)
  }

  /// 64 lowercase hex digits.
  static func isSecret(_ text: String) -> Bool {
    text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }

  /// Compares in time independent of where the texts differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in x.indices { diff |= x[i] ^ y[i] }
    return diff == 0
  }

  /// A `Set-Cookie` value: always `HttpOnly; SameSite=Strict; Path=/`, `Secure` when the
  /// request came over TLS (a proxy in front says so with `X-Forwarded-Proto: https`).
  static func setCookie(_ name: String, _ value: String, secure: Bool, maxAge: Int? = nil) -> String {
    var out = "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
    if let maxAge { out += "; Max-Age=\(maxAge)" }
    if secure { out += "; Secure" }
    return out
  }

  static func overTLS(_ request: Request) -> Bool {
    request.head.scheme?.lowercased() == "https"
      || request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
  }
}

/// What every page route goes through: requests from another origin are refused (403); errors
/// become an HTML page with their status; every answer gets the pages' security headers.
struct PageGuard: RouterMiddleware {
  typealias Context = ServiceContext
  let renderer: PageRenderer
  let logger: Logger

  /// Scripts nowhere, nothing from another origin; the one style sheet from the service itself.
  static let policy =
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let language = PageRenderer.language(request)
    var response: Response
    if let origin = request.headers[.origin], !Self.sameOrigin(origin, request) {
      response = renderer.error(.forbidden, language: language, detail: language.text("forbidden"), for: request)
    } else {
      do {
        response = try await next(request, context)
      } catch {
        let problem = RequestLogMiddleware.problem(for: error, logger: logger, requestID: context.id)
        response = renderer.error(
          problem.status, language: language, detail: problem.pageText(in: language), for: request)
        for field in problem.headers where field.name != .contentType { response.headers.append(field) }
      }
    }
    if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.policy }
    response.headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
    // Not `no-referrer`: under it browsers send `Origin: null` with form posts, which is refused.
    response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
    response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
    if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
    if let asked = request.uri.queryParameters["lang"].flatMap({ PageLanguage(rawValue: String($0)) }) {
      response.headers.append(HTTPField(
        name: .setCookie, value: WebSessions.setCookie(WebSessions.languageCookie, asked.rawValue, secure: WebSessions.overTLS(request))))
    }
    return response
  }

  /// `Origin` names this service: its scheme-less host and port equal the `Host` header's.
  static func sameOrigin(_ origin: String, _ request: Request) -> Bool {
    guard let host = request.head.authority ?? request.headers[HTTPField.Name("Host")!] else { return false }
    let lowered = origin.lowercased()
    return lowered == "http://\(host.lowercased())" || lowered == "https://\(host.lowercased())"
  }
}
