import NDCCore
import NDCLibXML

/// Reads an XML document: limits pre-scanned on the bytes, then libxml2's streaming reader
/// with the compiled schema attached (one pass), building the logical document.
public enum XMLDocumentReader {
  /// BLOCKERs stop the reading (the document is nil); schema ERRORs come with the document.
  /// Without `schema`, the document is only read (for bytes that passed it before).
  public static func read(bytes: [UInt8], format: DocumentFormat, schema: XMLSchemaValidator?) -> (
    document: DocNode?, diagnostics: [Diagnostic]
  ) {
    let prescan: XMLPrescan
    switch XMLPrescan.scan(bytes) {
    case .success(let scan): prescan = scan
    case .failure(let breach): return (nil, [breach.diagnostic])
    }
    var pass = XMLReadPass(bytes: bytes, format: format, prescan: prescan)
    let outcome = XMLStreamReader.read(bytes, schema: schema?.compiled, wantsText: { pass.wantsText }) { pass.handle($0) }
    return pass.finish(outcome)
  }
}

/// The state of one read: the builder, the schema errors waiting for their element, and the
/// BLOCKERs found.
struct XMLReadPass {
  let bytes: [UInt8]
  let format: DocumentFormat
  let prescan: XMLPrescan
  private var builder: XMLDocumentBuilder
  private var nextElement = 0
  private var blockers: [Diagnostic] = []
  /// Schema errors for elements the reader has not reached yet (libxml2 parses ahead).
  private var pending: [Int: [LibXMLError]] = [:]
  private(set) var findings: [XMLSchemaFinding] = []

  init(bytes: [UInt8], format: DocumentFormat, prescan: XMLPrescan) {
    self.bytes = bytes
    self.format = format
    self.prescan = prescan
    builder = XMLDocumentBuilder(format: format)
  }

  /// Whether text at this point belongs to the document (inside a scalar element).
  var wantsText: Bool { builder.wantsText }

  /// Handles one event; false stops the reading.
  mutating func handle(_ event: XMLStreamEvent) -> Bool {
    switch event {
    case .startElement(let element):
      let index = nextElement
      nextElement += 1
      let position = index < prescan.elements.count ? prescan.elements[index].position : nil
      if index == 0, let blocker = checkRoot(element, at: position) {
        blockers.append(blocker)
        return false
      }
      builder.start(element, index: index, position: position)
      for error in pending.removeValue(forKey: index) ?? [] { resolve(error, elementIndex: index) }
    case .text(let text):
      builder.text(text)
    case .endElement:
      builder.end()
    case .error(let error):
      if error.isSchemaValidation {
        guard error.level >= .error else { return true }
        let index = elementIndex(of: error)
        if let index, index >= nextElement {
          pending[index, default: []].append(error)
        } else {
          resolve(error, elementIndex: index)
        }
      } else if error.level >= .error {
        // The first well-formedness error ends the reading: what follows is unreliable.
        blockers.append(notWellFormed(error))
        return false
      }
    }
    return true
  }

  func finish(_ outcome: XMLStreamReader.Outcome) -> (document: DocNode?, diagnostics: [Diagnostic]) {
    if !blockers.isEmpty { return (nil, Self.unique(blockers)) }
    guard outcome.completed, let document = builder.document else {
      // The first error is the cause; what follows it is libxml2 reading on past it.
      let error = outcome.errors.first { !$0.isSchemaValidation && $0.level >= .error } ?? outcome.errors.first
      guard let error else {
        return (nil, [StructureRules.notWellFormed.diagnostic("the document could not be read", at: .root)])
      }
      return (nil, [notWellFormed(error)])
    }
    return (document, XMLSchemaDiagnostics.diagnostics(for: findings, in: document))
  }

  // MARK: - Root

  private func checkRoot(_ element: XMLStartElement, at position: SourcePosition?) -> Diagnostic? {
    var diagnostic: Diagnostic
    if element.localName != format.rootElement {
      diagnostic = StructureRules.notASubmission.diagnostic(
        "the root element is `\(element.localName)`, not `\(format.rootElement)`", at: .root,
        hint: "one \(format.rootElement) per file, with `<\(format.rootElement)>` at the root")
    } else if element.namespaceURI != format.namespace {
      let actual = element.namespaceURI.isEmpty ? "no namespace" : "the namespace `\(element.namespaceURI)`"
      diagnostic = StructureRules.unknownNamespace.diagnostic(
        "`\(format.rootElement)` is in \(actual), not `\(format.namespace)`", at: .root,
        hint: "add xmlns=\"\(format.namespace)\" to the root")
    } else if element.attribute("schemaVersion") != format.version {
      let actual = element.attribute("schemaVersion").map { "`\($0)`" } ?? "missing"
      diagnostic = StructureRules.unknownSchemaVersion.diagnostic(
        "schemaVersion is \(actual); this tool reads \(format.version)",
        at: element.attribute("schemaVersion") == nil ? .root : JSONPointer.root.appending("schemaVersion"),
        hint: "write schemaVersion=\"\(format.version)\" on the root")
    } else {
      return nil
    }
    diagnostic.location.position = position
    return diagnostic
  }

  // MARK: - Errors

  private func notWellFormed(_ error: LibXMLError) -> Diagnostic {
    var diagnostic = StructureRules.notWellFormed.diagnostic(message(of: error), at: .root)
    diagnostic.location.position =
      error.byteOffset >= 0
      ? SourcePositionCounter.position(ofOffset: WellFormednessPosition.offset(of: error, in: bytes), in: bytes)
      : SourcePosition(line: max(1, error.line), column: max(1, error.column))
    return diagnostic
  }

  /// libxml2's message, except where its streaming reader says "extra content at the end" of
  /// bytes that end before the document does (the pre-scan knows): that is a premature end.
  private func message(of error: LibXMLError) -> String {
    guard error.isDocumentEnd, prescan.endsEarly else { return Self.shortMessage(error.message) }
    guard let innermost = prescan.openAtEnd.last else {
      return "premature end of the document: it has no root element"
    }
    let name = prescan.localName(of: Int(innermost))
    let shown = name.count > 64 ? String(name.prefix(64)) + "…" : name
    return "premature end of the document: `\(shown)` is not closed"
  }

  /// The element a schema error is about: the one whose tag libxml2 had just read, or its
  /// nearest ancestor of the name the message gives (a message about an element can be
  /// raised at a child's tag).
  private func elementIndex(of error: LibXMLError) -> Int? {
    guard error.byteOffset >= 0, var index = prescan.element(atByteOffset: error.byteOffset) else { return nil }
    guard let name = error.elementLocalName else { return index }
    let original = index
    while prescan.localName(of: index) != name {
      let parent = Int(prescan.elements[index].parent)
      guard parent >= 0 else { return original }
      index = parent
    }
    return index
  }

  private mutating func resolve(_ error: LibXMLError, elementIndex: Int?) {
    guard let cause = error.schemaCause else { return }
    let element = elementIndex.flatMap { builder.openElement(elementIndex: $0) }
    let position = elementIndex.flatMap { index in
      error.attributeName.flatMap { prescan.attributePosition($0, ofElement: index) }
        ?? (index < prescan.elements.count ? prescan.elements[index].position : nil)
    }
    findings.append(
      XMLSchemaFinding(
        cause: cause, error: error, pointer: element?.pointer ?? .root, position: position,
        elementName: element?.name ?? error.elementLocalName ?? format.rootElement, kind: element?.kind,
        parent: elementIndex.flatMap { builder.parentElement(ofElementIndex: $0) }))
  }

  static func shortMessage(_ message: String) -> String {
    var text = message
    if let first = text.first, first.isLetter { text = first.lowercased() + text.dropFirst() }
    return text
  }

  static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen = Set<Diagnostic>()
    return diagnostics.filter { seen.insert($0).inserted }
  }
}
