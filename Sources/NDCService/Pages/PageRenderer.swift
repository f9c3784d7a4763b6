import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import NDCMap

/// The pages' templates (swift-mustache, shipped as resources; `{{x}}` escapes everything for
/// HTML) and the responses made from them.
struct PageRenderer: Sendable {
  let library: MustacheLibrary

  /// The templates of `Resources/templates`; a template that does not parse stops the service
  /// from starting (it is a defect of the build, not of a request).
  static let shipped: PageRenderer = {
    var library = MustacheLibrary()
    guard let folder = Bundle.module.url(forResource: "templates", withExtension: nil) else {
      fatalError("the page templates are not in the bundle")
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for file in names.sorted() where file.hasSuffix(".mustache") {
      let text = (try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) ?? ""
      do {
        try library.register(text, named: String(file.dropLast(".mustache".count)))
      } catch {
        fatalError("page template \(file) does not parse: \(error)")
      }
    }
    return PageRenderer(library: library)
  }()

  /// The style sheet (`GET /assets/site.css`).
  static let styleSheet: Data = {
    guard let url = Bundle.module.url(forResource: "assets/site", withExtension: "css")
      ?? Bundle.module.url(forResource: "site", withExtension: "css", subdirectory: "assets"),
      let data = try? Data(contentsOf: url)
    else { return Data() }
    return data
  }()

  /// The language of a request: `?lang=`, the language cookie, `Accept-Language`, Danish.
  static func language(_ request: Request) -> PageLanguage {
    PageLanguage.choose(
      query: request.uri.queryParameters["lang"].map(String.init), cookie: request.cookies[WebSessions.languageCookie]?.value,
      acceptLanguage: request.headers[.acceptLanguage])
  }

  /// The page, with any direction control a submitted text brought in shown as U+FFFD (the
  /// templates hold none): a source line or an id could otherwise reorder what follows it
  /// (decision 244).
  func render(_ template: String, _ view: Any) -> String {
    MarkupText.neutralisingDirection(library.render(view, withTemplate: template) ?? "")
  }

  func page(_ template: String, _ view: Any, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
    var fields = headers
    fields[.contentType] = "text/html; charset=utf-8"
    return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: render(template, view))))
  }

  /// The page's language and the link to the other language: `?lang=` on the page's own
  /// address, but the home page's for a page that answers a POST (its address takes no GET).
  static func languageLink(_ language: PageLanguage, for request: Request) -> [String: Any] {
    let other = language == .da ? "en" : "da"
    let answersPost = request.method != .get && request.method != .head
    return ["lang": language.rawValue, "otherLang": other, "langHref": (answersPost ? "/" : "") + "?lang=\(other)"]
  }

  /// An error page: the status, its reason and the detail (escaped like everything else).
  func error(_ status: HTTPResponse.Status, language: PageLanguage, detail: String, for request: Request) -> Response {
    var view = Self.languageLink(language, for: request)
    view["t"] = language.texts
    view["status"] = status.code
    view["reason"] = status.reasonPhrase
    view["detail"] = status == .notFound ? language.text("notFound") : detail
    view["pageTitle"] = language.text("errorTitle")
    return page("error", view, status: status)
  }
}
