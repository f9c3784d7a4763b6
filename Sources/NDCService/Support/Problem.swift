import Foundation
import HTTPTypes
import Hummingbird

/// An RFC 9457 problem (`application/problem+json`): every 4xx and 5xx the service answers.
/// `detail` is written for the client and never holds internals (SQL, paths, tokens, traces).
public struct Problem: Error, HTTPResponseError, Sendable {
  public var status: HTTPResponse.Status
  public var detail: String
  /// Extra response headers (`Retry-After`, `Connection: close`).
  public var headers: HTTPFields
  /// What the web pages show instead of `detail`, in their language; nil where they show
  /// `detail` (decision 241).
  var message: PageMessage?

  public init(_ status: HTTPResponse.Status, _ detail: String, headers: HTTPFields = [:]) {
    self.status = status; self.detail = detail; self.headers = headers
  }

  init(_ status: HTTPResponse.Status, _ detail: String, headers: HTTPFields = [:], page message: PageMessage) {
    self.init(status, detail, headers: headers)
    self.message = message
  }

  /// What a web page shows of it in `language`: the message, else the detail.
  func pageText(in language: PageLanguage) -> String { message?.text(in: language) ?? detail }

  public static let mediaType = "application/problem+json"

  struct Body: Encodable {
    var type: String
    var title: String
    var status: Int
    var detail: String
  }

  public func body() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let body = Body(type: "about:blank", title: status.reasonPhrase, status: status.code, detail: detail)
    return (try? encoder.encode(body)) ?? Data("{}".utf8)
  }

  public func response(from request: Request, context: some RequestContext) throws -> Response { response() }

  public func response() -> Response {
    var fields = headers
    fields[.contentType] = Self.mediaType
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body())))
  }

  // The problems the routes share.
  public static func unauthorized() -> Problem {
    Problem(.unauthorized, "a valid bearer token is required", headers: [.wwwAuthenticate: "Bearer"])
  }
  public static func forbidden(_ detail: String = "this token may not do that") -> Problem { Problem(.forbidden, detail) }
  public static func notFound(_ detail: String = "no such resource") -> Problem { Problem(.notFound, detail) }
  public static func tooMany(retryAfter seconds: Int) -> Problem {
    Problem(
      .tooManyRequests, "too many requests; retry after \(seconds) s", headers: [.retryAfter: "\(seconds)"],
      page: PageMessage("tooMany", .number(seconds)))
  }
  public static func busy(retryAfter seconds: Int) -> Problem {
    Problem(
      .serviceUnavailable, "the validation queue is full; retry after \(seconds) s", headers: [.retryAfter: "\(seconds)"],
      page: PageMessage("busy", .number(seconds)))
  }
  public static func internalError() -> Problem {
    Problem(.internalServerError, "the service could not complete the request", page: PageMessage("internalError"))
  }
  public static func storeUnavailable() -> Problem {
    Problem(.serviceUnavailable, "the store is unavailable; retry later", headers: [.retryAfter: "5"], page: PageMessage("storeUnavailable"))
  }
  /// A body above the limit (`limit` bytes): 413, nothing stored.
  static func tooLarge(_ what: String, limit: Int, headers: HTTPFields = [:]) -> Problem {
    Problem(
      .contentTooLarge, "the \(what) is larger than \(limit) bytes; nothing stored", headers: headers,
      page: PageMessage("tooLarge", .number(limit)))
  }
}
