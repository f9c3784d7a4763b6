@testable import NDCCore
@testable import NDCDocument
@testable import NDCFormats

/// Editing logical documents for the reader and differential tests.
enum JSONTestDocuments {
  /// The document with the value at `pointer` replaced (nil deletes the member or item; a
  /// missing member is added at the end of its object).
  static func replacing(_ pointer: JSONPointer, in document: DocNode, with value: DocValue?) -> DocNode {
    edit(document, pointer.tokens[...], value)
  }

  private static func edit(_ node: DocNode, _ tokens: ArraySlice<String>, _ value: DocValue?) -> DocNode {
    guard let token = tokens.first else { return value.map { DocNode($0) } ?? node }
    let rest = tokens.dropFirst()
    switch node.value {
    case .object(var members):
      if let k = members.firstIndex(where: { $0.name == token }) {
        if rest.isEmpty, value == nil { members.remove(at: k) } else { members[k].node = edit(members[k].node, rest, value) }
      } else if rest.isEmpty, let value {
        members.append(DocMember(token, DocNode(value)))
      }
      return DocNode(.object(members), at: node.position)
    case .array(var items):
      guard let k = Int(token), items.indices.contains(k) else { return node }
      if rest.isEmpty, value == nil { items.remove(at: k) } else { items[k] = edit(items[k], rest, value) }
      return DocNode(.array(items), at: node.position)
    default:
      return node
    }
  }

  static func bytes(_ document: DocNode) -> [UInt8] {
    Array(JSONWriter.write(document, format: SubmissionFormat.document).utf8)
  }

  static func read(_ document: DocNode) -> [Diagnostic] {
    JSONDocumentReader.read(bytes: bytes(document), format: SubmissionFormat.document).diagnostics
  }

  static let base = SubmissionCoding.encode(CodingSamples.full)
}
