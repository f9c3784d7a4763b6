import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import Logging
import NDCStore
import NIOHTTP1

/// Every error becomes a problem+json response here (Hummingbird's own not-found included),
/// and every request is logged once: request id, route, status, duration, submitter. Never a
/// token, never a body.
struct RequestLogMiddleware: RouterMiddleware {
  typealias Context = ServiceContext
  let logger: Logger

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let started = ContinuousClock.now
    let response: Response
    do {
      response = try await next(request, context)
    } catch {
      response = Self.problem(for: error, logger: logger, requestID: context.id).response()
    }
    let elapsed = ContinuousClock.now - started
    // Tenths of a millisecond, without a format string on every request.
    let tenths = elapsed.components.seconds * 10_000 + elapsed.components.attoseconds / 100_000_000_000_000
    let identity = context.trace.identity
    var metadata: Logger.Metadata = [
      "request": "\(context.id)", "method": "\(request.method.rawValue)", "route": "\(context.endpointPath ?? "-")",
      "status": "\(response.status.code)", "ms": "\(tenths / 10).\(tenths % 10)",
    ]
    if let identity {
      metadata["role"] = "\(identity.role.rawValue)"
      if let s = identity.submitter { metadata["submitter"] = "\(s)" }
    }
    logger.info("request", metadata: metadata)
    return response
  }

  /// The problem for any error: ours as they are, Hummingbird's by their status, anything
  /// else 500 (logged, never sent).
  static func problem(for error: any Error, logger: Logger, requestID: String) -> Problem {
    switch error {
    case let problem as Problem: return problem
    case let error as StoreError:
      // 503 "retry later" only where a retry can help (the store cannot be reached, a
      // deadlock); a statement the store refuses would be refused again: 500 (decision 238).
      logger.error("store failed", metadata: ["request": "\(requestID)", "error": "\(error.description)"])
      return error.kind == .unavailable ? .storeUnavailable() : .internalError()
    case is ValidationPool.Full: return .busy(retryAfter: 2)
    case let error as HTTPParserError:
      // A body cut off by its client, or a malformed chunk: the request is at fault, not the
      // service (decision 253).
      return Problem(.badRequest, "the request could not be read (\(error)): it ended early or is malformed")
    case let error as any HTTPResponseError:
      let status = error.status
      switch status.code {
      case 404: return .notFound()
      case 405: return Problem(.methodNotAllowed, "the route does not take this method")
      case 413: return Problem(.contentTooLarge, "the body is larger than \(ServiceLimits.maxBodyBytes) bytes")
      case 400..<500: return Problem(status, status.reasonPhrase)
      default:
        logger.error("request failed", metadata: ["request": "\(requestID)", "status": "\(status.code)"])
        return .internalError()
      }
    default:
      logger.error("request failed", metadata: ["request": "\(requestID)", "error": "\(String(describing: type(of: error)))"])
      return .internalError()
    }
  }
}

/// Audits every state-changing request (POST) and every refusal (4xx, 5xx), after the route
/// has answered and before the response is sent, unless the route stored the event with the
/// change itself (`RequestTrace.audited`: a stored submission). Refusals without a token are aggregated per
/// client address.
struct AuditMiddleware: RouterMiddleware {
  typealias Context = ServiceContext
  let auditor: Auditor
  let logger: Logger

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    let response: Response
    do {
      response = try await next(request, context)
    } catch {
      response = RequestLogMiddleware.problem(for: error, logger: logger, requestID: context.id).response()
    }
    let status = response.status.code
    let refused = status >= 400
    guard refused || request.method == .post, !context.trace.audited else { return response }
    let identity = context.trace.identity
    let route = context.endpointPath ?? "-"
    let action = Self.action(method: request.method, route: route)
    let target = Self.target(location: response.headers[.location], path: request.uri.path)
    let event = AuditEvent(
      at: Timestamps.now(), by: identity, action: action, target: target, outcome: refused ? "refused" : Self.outcome(status),
      status: status)
    if refused {
      await auditor.refusal(event, who: identity?.tokenId ?? "address:\(context.clientAddress)")
    } else {
      await auditor.record(event)
    }
    return response
  }

  /// The same action has the same name from the API and from the web pages.
  static func action(method: HTTPRequest.Method, route: String) -> String {
    switch (method, route) {
    case (.post, "/v1/submissions"), (.post, "/upload"): "submission.create"
    case (.post, "/v1/compilations"), (.post, "/compile"): "compilation.create"
    case (.post, "/signin"): "session.create"
    case (.post, "/signout"): "session.end"
    default: "\(method.rawValue) \(route)"
    }
  }

  /// What a request acted on: the resource it created (`submissions/ID`, `compilations/ID`,
  /// from the API's or a page's `Location`), else the request's path.
  static func target(location: String?, path: String) -> String {
    if let location {
      if location.hasPrefix("/v1/") { return String(location.dropFirst("/v1/".count).prefix(200)) }
      if location.hasPrefix("/submissions/") || location.hasPrefix("/compilations/") {
        return String(location.dropFirst().prefix(200))
      }
    }
    return String(path.prefix(200))
  }

  static func outcome(_ status: Int) -> String {
    switch status {
    case 201: "created"
    case 200: "unchanged"
    case 422: "stored invalid"
    default: "\(status)"
    }
  }
}

/// `Authorization: Bearer TOKEN` → SHA-256 → the store's active token → the identity.
/// Addresses that keep presenting bad tokens are refused (429) before the store is asked.
struct BearerAuthenticator: AuthenticatorMiddleware {
  typealias Context = ServiceContext
  let tokens: TokenResolver
  /// Taken from on every refused bearer token, per client address.
  let refusals: RateLimiter

  func authenticate(request: Request, context: Context) async throws -> Identity? {
    guard let token = request.headers.bearerToken else { return nil }
    if let wait = refusals.blocked("addr:\(context.clientAddress)") { throw Problem.tooMany(retryAfter: wait) }
    guard let identity = try await tokens.identity(bearer: token) else {
      _ = refusals.take("addr:\(context.clientAddress)")
      return nil
    }
    context.trace.identity = identity
    return identity
  }
}

extension HTTPFields {
  /// The token of `Authorization: Bearer TOKEN`, nil without one. The scheme is matched
  /// without regard to case and may be followed by more than one space (RFC 9110 §11.1 and
  /// §11.4, RFC 6750 §2.1): a client that sends `bearer TOKEN` is within the standard.
  /// hummingbird-auth's `bearer` takes only `Bearer ` exactly.
  var bearerToken: String? {
    guard let value = self[.authorization] else { return nil }
    let scheme = value.prefix { $0 != " " }
    guard scheme.lowercased() == "bearer" else { return nil }
    let token = value.dropFirst(scheme.count).drop { $0 == " " }
    guard !token.isEmpty, !token.contains(" ") else { return nil }
    return String(token)
  }
}

/// Requests without a token are refused per client address too: a burst, then 429.
struct UnauthenticatedThrottle: RouterMiddleware {
  typealias Context = ServiceContext
  let refusals: RateLimiter

  func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
    do {
      return try await next(request, context)
    } catch let problem as Problem where problem.status == .unauthorized {
      if request.headers.bearerToken == nil, let wait = refusals.take("addr:\(context.clientAddress)") {
        throw Problem.tooMany(retryAfter: wait)
      }
      throw problem
    }
  }
}

extension AuditEvent {
  /// An event of `identity` (nil: a request without a valid token).
  init(at: String, by identity: Identity?, action: String, target: String, outcome: String, status: Int) {
    self.init(
      at: at, tokenId: identity?.tokenId, role: identity?.role.rawValue, submitter: identity?.submitter, action: action,
      target: target, outcome: outcome, status: status)
  }
}
