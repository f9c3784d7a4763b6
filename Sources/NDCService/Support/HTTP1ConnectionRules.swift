import Foundation
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTP1

/// Three rules of HTTP/1 (RFC 9110 §10.1.1, RFC 9112 §9.3 and §9.6) that Hummingbird 2's
/// HTTP/1 channel leaves out (decision 256), kept by a handler right after NIO's request
/// decoder, where the request's version is still known:
/// - `Expect: 100-continue` is answered with `100 Continue` as soon as the head is read. curl
///   sends it with a body over 1 MiB and then waits a second for the interim answer before it
///   sends the body: every such upload waited the second. The final answer is unchanged; a
///   request refused before its body is read (401, 413, 429) is refused the same way, and one
///   whose `Content-Length` is too large for any route gets no `100 Continue`, only its 413.
/// - A connection closes after its response unless the request keeps it open: an HTTP/1.0
///   request (HTTP/1.0 closes by default) and a `Connection` that lists `close` in any case.
///   Hummingbird closes only on a header exactly `close`, so an HTTP/1.0 client such as
///   ApacheBench waited for an end that never came. The head is given `Connection: close`.
/// - A response that ends before its request's body has arrived (a refusal before the body is
///   read: 401, 403, 413, 429, 503) ends the connection instead of reading the rest of the
///   body (RFC 9112 §9.6). Hummingbird read and dropped it to its end, however long it said it
///   was: a client without a token could make the service read gigabytes. The answer says
///   `Connection: close`, and the connection is closed in stages, so that the client can read
///   the answer: the service's side is shut once the response is sent, what still arrives is
///   dropped, and the connection is closed when the client closes it, after `lingerBytes` more
///   bytes, or after `lingerTime`.
final class HTTP1ConnectionRules: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias InboundOut = HTTPServerRequestPart
  typealias OutboundIn = HTTPServerResponsePart
  typealias OutboundOut = HTTPServerResponsePart

  /// How much of an unread body is still dropped after the answer, and for how long.
  static let lingerBytes = 1 << 20
  static let lingerTime = TimeAmount.seconds(2)

  /// Requests received to their end, and responses sent to theirs: response k answers request
  /// k, so a response that ends while fewer requests have ended answers one still arriving.
  private var requestsEnded = 0
  private var responsesEnded = 0
  /// The response being written answers a request still arriving: it ends the connection.
  private var closing = false
  /// Bytes of body still dropped while the connection is being closed; nil before.
  private var lingering: Int?

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    let part = unwrapInboundIn(data)
    if let left = lingering {
      guard case .body(let buffer) = part else { return }
      lingering = left - buffer.readableBytes
      if left <= buffer.readableBytes { context.close(promise: nil) }
      return
    }
    guard case .head(var head) = part else {
      if case .end = part { requestsEnded += 1 }
      context.fireChannelRead(data)
      return
    }
    if Self.expectsContinue(head) {
      context.writeAndFlush(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .continue))), promise: nil)
    }
    if Self.closesAfterResponse(head) { head.headers.replaceOrAdd(name: "connection", value: "close") }
    context.fireChannelRead(wrapInboundOut(.head(head)))
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(var head) where requestsEnded <= responsesEnded && lingering == nil:
      // The request this answers is still arriving: the answer says that the connection ends.
      closing = true
      head.headers.replaceOrAdd(name: "connection", value: "close")
      context.write(wrapOutboundOut(.head(head)), promise: promise)
    case .end where closing:
      closing = false
      responsesEnded += 1
      lingering = Self.lingerBytes
      let sent = context.eventLoop.makePromise(of: Void.self)
      sent.futureResult.cascade(to: promise)
      context.writeAndFlush(data, promise: sent)
      // Then close in stages: the service's side first, the rest when the client is done.
      let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
      sent.futureResult.whenComplete { _ in
        let context = loopBound.value
        context.close(mode: .output, promise: nil)
        context.eventLoop.assumeIsolated().scheduleTask(in: Self.lingerTime) { context.close(promise: nil) }
      }
    case .end:
      responsesEnded += 1
      context.write(data, promise: promise)
    default:
      context.write(data, promise: promise)
    }
  }

  /// HTTP/1.1 or later with `Expect: 100-continue` (the token in any case); an HTTP/1.0
  /// client does not understand the interim answer and is not sent one. Nor is a request whose
  /// `Content-Length` is beyond what any route reads: its route answers 413 before the body,
  /// and the client then need not send it.
  static func expectsContinue(_ head: HTTPRequestHead) -> Bool {
    guard head.isHTTP11OrLater, head.headers["expect"].contains(where: { $0.lowercased() == "100-continue" }) else {
      return false
    }
    let length = head.headers["content-length"].first.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    return (length ?? 0) <= ServiceLimits.maxFormBytes
  }

  /// HTTP/1.0 (whatever it asks: the server does not answer keep-alive), or a `Connection`
  /// header with the token `close`.
  static func closesAfterResponse(_ head: HTTPRequestHead) -> Bool {
    !head.isHTTP11OrLater || head.headers[canonicalForm: "connection"].contains { $0.lowercased() == "close" }
  }
}

extension HTTPRequestHead {
  /// HTTP/1.1 or later: a persistent connection by default, and the interim `100 Continue`.
  fileprivate var isHTTP11OrLater: Bool { (version.major, version.minor) >= (1, 1) }
}

/// Hummingbird's HTTP/1 channel with `HTTP1ConnectionRules` after its request decoder.
struct RuledHTTP1Channel: ServerChildChannel {
  let inner: HTTP1Channel

  func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
    inner.setup(channel: channel, logger: logger).flatMapThrowing { value in
      let decoder = try channel.pipeline.syncOperations.handler(type: ByteToMessageHandler<HTTPRequestDecoder>.self)
      try channel.pipeline.syncOperations.addHandler(HTTP1ConnectionRules(), position: .after(decoder))
      return value
    }
  }

  func handle(value: HTTP1Channel.Value, logger: Logger) async {
    await inner.handle(value: value, logger: logger)
  }
}

extension HTTPServerBuilder {
  /// `.http1(configuration:)` with `HTTP1ConnectionRules`.
  static func ruledHTTP1(configuration: HTTP1Channel.Configuration) -> HTTPServerBuilder {
    HTTPServerBuilder { responder in RuledHTTP1Channel(inner: HTTP1Channel(responder: responder, configuration: configuration)) }
  }
}
