import Foundation
import NDCCheck
import NDCCore
import NDCEngine

/// A stored submission's report as the pages show it: each diagnostic as `ndc validate`'s
/// text report prints it (the engine's `DiagnosticFormatter` over the stored bytes' lines:
/// file:line:col, severity[code], message, the source line with a caret, the hint, related
/// locations), plus its parts for the page's headings. The template escapes every part.
enum PageReport {
  struct Finding {
    var severity: String
    var severityLabel: String
    var code: String
    var place: String
    var message: String
    var hint: String?
    /// The CLI's text for this diagnostic, without colour.
    var text: String
  }

  /// The codes of the set rules, whose findings a stored report holds among the file's.
  static let setRules = Set(SetRules.all.map(\.code))

  /// The report's diagnostics (the validate report's file entry) rendered over `bytes`.
  static func findings(entry: Data, bytes: Data?, language: PageLanguage) -> (findings: [Finding], suppressed: Int) {
    guard let object = (try? JSONSerialization.jsonObject(with: entry)) as? [String: Any] else { return ([], 0) }
    let path = object["path"] as? String ?? ""
    let lines = bytes.map { SourceLines(bytes: Array($0)) }
    let formatter = DiagnosticFormatter(colour: false)
    let list = (object["diagnostics"] as? [[String: Any]] ?? []).compactMap(diagnostic)
    let findings = list.map { d -> Finding in
      // A set rule's finding is the set's, as `ndc validate` prints it: `(set)`, no source line.
      let set = setRules.contains(d.code)
      var place = set ? "(set)" : path
      if !set, let p = d.location.position { place += ":\(p.line):\(p.column)" }
      return Finding(
        severity: d.severity.rawValue.lowercased(), severityLabel: language.text(d.severity.rawValue.lowercased()), code: d.code, place: place,
        message: d.message, hint: d.hint, text: formatter.format(d, path: set ? "(set)" : path, sourceLines: set ? nil : lines))
    }
    return (findings, object["suppressed"] as? Int ?? 0)
  }

  /// One diagnostic of the report's JSON (validate-report.schema.json), back as the engine's value.
  static func diagnostic(_ e: [String: Any]) -> Diagnostic? {
    guard let code = e["code"] as? String, let severity = (e["severity"] as? String).flatMap(Severity.init(rawValue:)),
      let message = e["message"] as? String
    else { return nil }
    let location = e["location"] as? [String: Any] ?? [:]
    let position: SourcePosition? =
      if let line = location["line"] as? Int, let column = location["column"] as? Int {
        SourcePosition(line: line, column: column)
      } else { nil }
    let related = (e["related"] as? [[String: Any]] ?? []).compactMap { r -> RelatedLocation? in
      guard let path = r["path"] as? String else { return nil }
      return RelatedLocation(path: path, pointer: (r["pointer"] as? String).map { JSONPointer(escaped: $0) })
    }
    return Diagnostic(
      code: code, severity: severity, message: message,
      location: Location(pointer: JSONPointer(escaped: location["pointer"] as? String ?? ""), position: position),
      hint: e["hint"] as? String, related: related)
  }
}
