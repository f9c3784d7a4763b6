import NDCCore
import NDCDocument
import NDCFormats

/// Building the JSON exports as ordered logical values, written by the project's canonical
/// JSON writer (2-space indentation, LF, final newline, members in the order given).
enum JSONOutput {
  static func object(_ members: [(String, DocValue)]) -> DocValue {
    .object(members.map { DocMember($0.0, DocNode($0.1)) })
  }
  static func array(_ items: [DocValue]) -> DocValue { .array(items.map { DocNode($0) }) }
  static func string(_ text: String?) -> DocValue { text.map { .string($0) } ?? .null }
  static func number(_ value: ExactDecimal?) -> DocValue { value.map { .number($0.description) } ?? .null }
  static func integer(_ value: Int?) -> DocValue { value.map { .number(String($0)) } ?? .null }
  static func kilotonnes(_ tonnes: ExactDecimal?) -> DocValue { tonnes.map { .number(Kilotonnes.text($0)) } ?? .null }
  static func strings(_ texts: [String]) -> DocValue { array(texts.map { .string($0) }) }

  static func write(_ value: DocValue) -> String {
    JSONWriter.write(DocNode(value), format: ContributionFormat.document)
  }
}
