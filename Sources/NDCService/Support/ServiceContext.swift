import Hummingbird
import HummingbirdAuth
import Logging
import NIOCore
import Synchronization

/// The request context of every route: the identity (from a bearer token now, a web session
/// later) and the client's address (rate limits of unauthenticated refusals).
public struct ServiceContext: AuthRequestContext, RequestContext {
  public var coreContext: CoreRequestContextStorage
  public var identity: Identity?
  /// The client's IP address, without the port; `unknown` when the channel has none (tests).
  public var clientAddress: String
  /// Shared with the outer middlewares (logging, audit), which see only their own copy of the
  /// context: the identity once known.
  public let trace = RequestTrace()

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    identity = nil
    clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
  }

  /// The service's own limit (the routes stream bodies themselves and stop at it).
  public var maxUploadSize: Int { ServiceLimits.maxBodyBytes }

  /// The identity, or 401.
  public func requireCaller() throws -> Identity {
    guard let identity else { throw Problem.unauthorized() }
    return identity
  }

  /// The ministry's identity, or 401/403.
  public func requireMinistry() throws -> Identity {
    let caller = try requireCaller()
    guard caller.isMinistry else { throw Problem.forbidden("only a ministry token may do that") }
    return caller
  }
}

/// The numbers of SERVICE.md's "Errors and limits".
public enum ServiceLimits {
  /// A body larger than this gets 413.
  public static let maxBodyBytes = 16_777_216
  /// The web upload's form: a submission of `maxBodyBytes` and the form's own fields. The
  /// largest body any route reads.
  public static let maxFormBytes = maxBodyBytes + 65_536
}

/// What the inner parts of a request tell the outer ones.
public final class RequestTrace: Sendable {
  private struct State { var identity: Identity?; var audited = false }
  private let state = Mutex(State())
  public var identity: Identity? {
    get { state.withLock { $0.identity } }
    set { state.withLock { $0.identity = newValue } }
  }
  /// The route stored the request's audit event with its state change (a submission).
  public var audited: Bool {
    get { state.withLock { $0.audited } }
    set { state.withLock { $0.audited = newValue } }
  }
}
