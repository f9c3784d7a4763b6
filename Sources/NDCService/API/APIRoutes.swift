import Foundation
import HTTPTypes
import Hummingbird
import NDCStore

/// The JSON API of SERVICE.md, as data: one row per route (method, path, handler).
struct APIRoutes: Sendable {
  let service: IntakeService

  typealias Handler = @Sendable (Request, ServiceContext) async throws -> Response

  struct Route: Sendable {
    var method: HTTPRequest.Method
    var path: String
    var handler: Handler
  }

  var table: [Route] {
    let submissions = SubmissionRoutes(service: service)
    let compilations = CompilationRoutes(service: service)
    let reads = ReadRoutes(service: service)
    return [
      Route(method: .get, path: "/v1/health", handler: reads.health),
      Route(method: .post, path: "/v1/submissions", handler: submissions.create),
      Route(method: .get, path: "/v1/submissions", handler: submissions.list),
      Route(method: .get, path: "/v1/submissions/{id}", handler: submissions.show),
      Route(method: .get, path: "/v1/submissions/{id}/raw", handler: submissions.raw),
      Route(method: .get, path: "/v1/status", handler: reads.status),
      Route(method: .post, path: "/v1/compilations", handler: compilations.create),
      Route(method: .get, path: "/v1/compilations/{id}", handler: compilations.show),
      Route(method: .get, path: "/v1/compilations/{id}/exports/{format}", handler: compilations.export),
      Route(method: .get, path: "/v1/rules", handler: reads.rules),
      Route(method: .get, path: "/v1/audit", handler: reads.audit),
      Route(method: .get, path: "/openapi.json", handler: reads.openAPI),
    ]
  }

  func register(on router: Router<ServiceContext>) {
    let routes = table
    for route in routes {
      let handler = route.handler
      router.on(RouterPath(route.path), method: route.method) { request, context in try await handler(request, context) }
    }
    // A path the API has, asked with a method it does not answer: 405 with `Allow`, not 404.
    var paths: [String] = []
    for route in routes where !paths.contains(route.path) { paths.append(route.path) }
    for path in paths {
      // HEAD is answered wherever GET is (the router's own HEAD routes); elsewhere it is refused.
      var allowed = routes.filter { $0.path == path }.map(\.method)
      if allowed.contains(.get) { allowed.append(.head) }
      let allow = allowed.map(\.rawValue).joined(separator: ", ")
      for method in Self.otherMethods + [.head] where !allowed.contains(method) {
        router.on(RouterPath(path), method: method) { request, _ -> Response in
          throw Problem(.methodNotAllowed, "\(request.method.rawValue) is not answered here; use \(allow)", headers: [.allow: allow])
        }
      }
    }
  }

  /// The methods that get a 405 on a known path (and HEAD on a path without GET). OPTIONS,
  /// TRACE and QUERY are methods the service knows and does not answer: 405 as well, not the
  /// router's 404, which would say that the path is not there (decision 243).
  static let otherMethods: [HTTPRequest.Method] = [.get, .post, .put, .patch, .delete, .options, .trace, HTTPRequest.Method("QUERY")!]
}

/// Response helpers shared by the routes.
enum Reply {
  static func json(_ body: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = "application/json"
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
  }

  static func bytes(_ body: Data, contentType: String, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = contentType
    return Response(status: .ok, headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: body)))
  }
}

extension ServiceContext {
  /// A path parameter, or 404.
  func pathParameter(_ name: String) throws -> String {
    guard let value = parameters.get(name) else { throw Problem.notFound() }
    return value
  }
}

extension Request {
  /// A query parameter, if given once; 400 when given several times.
  /// The query parameter `name` (at most once), as the stores can look it up (`StoreText`).
  func query(_ name: String) throws -> String? {
    let values = uri.queryParameters.getAll(name)
    guard values.count <= 1 else { throw Problem(.badRequest, "give \(name) at most once") }
    return values.first.map { StoreText.storable(String($0)) }
  }
}
