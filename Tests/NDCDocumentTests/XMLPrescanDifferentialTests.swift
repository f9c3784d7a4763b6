import Foundation
@testable import NDCCore
import NDCLibXML
import Testing
@testable import NDCDocument

/// The XML pre-scanner against libxml2 (`xmllint --noout`) on the corners of XML 1.0 (fifth
/// edition) well-formedness. Where xmllint reads a document, the pre-scanner passes it (unless
/// it is one of its deliberate refusals: a DOCTYPE, a foreign encoding) and finds exactly the
/// elements libxml2 reports, in order; where xmllint refuses it, the reading refuses it too.
struct XMLPrescanDifferentialTests {
  /// Deliberate refusals of well-formed XML: DOCTYPE (NDC-STR-003) and anything not UTF-8 (NDC-STR-002).
  static let deliberate: Set<String> = ["NDC-STR-002", "NDC-STR-003"]

  static let cases: [(String, [UInt8])] = {
    var cases: [(String, String)] = [
      // Documents and declarations
      ("empty element", "<a/>"), ("element", "<a></a>"), ("text", "<a>text</a>"), ("nested", "<a><b><c/></b></a>"),
      ("declaration", #"<?xml version="1.0"?><a/>"#),
      ("declaration in full", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>"#),
      ("declaration single quotes", "<?xml version='1.0'?><a/>"),
      ("white space before the declaration", #" <?xml version="1.0"?><a/>"#),
      ("new line before the declaration", "\n<?xml version=\"1.0\"?><a/>"),
      ("white space before the root", "\n \t<a/>"), ("BOM", "\u{FEFF}<a/>"),
      ("BOM and declaration", "\u{FEFF}<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>"),
      ("BOM then white space then declaration", "\u{FEFF} <?xml version=\"1.0\"?><a/>"),
      ("two BOMs", "\u{FEFF}\u{FEFF}<a/>"), ("declaration twice", #"<?xml version="1.0"?><?xml version="1.0"?><a/>"#),
      ("declaration in upper case", #"<?XML version="1.0"?><a/>"#), ("declaration without version", "<?xml?><a/>"),
      ("encoding in lower case", #"<?xml version="1.0" encoding="utf-8"?><a/>"#),
      ("only a declaration", #"<?xml version="1.0"?>"#), ("only white space", "  \n"), ("nothing", ""),
      ("truncated root", "<a><b>x</b>"), ("truncated tag", "<a><b"), ("two roots", "<a/><b/>"), ("text after the root", "<a/>x"),
      ("text before the root", "x<a/>"), ("end tag only", "</a>"), ("mismatched end", "<a></b>"), ("case of end tag", "<a></A>"),
      ("overlapping", "<a><b></a></b>"),
      // Comments
      ("comment before", "<!-- c --><a/>"), ("comment after", "<a/><!-- c -->"), ("comment hiding a tag", "<a><!-- <b/> --></a>"),
      ("double hyphen in comment", "<a><!-- -- --></a>"), ("comment ending --->", "<a><!-- c ---></a>"),
      ("empty comment", "<a><!----></a>"), ("unterminated comment", "<a><!-- c </a>"), ("only a comment", "<!-- c -->"),
      ("comment with > inside", "<a><!-- > --></a>"),
      // CDATA
      ("CDATA hiding a tag", "<a><![CDATA[<b/>]]></a>"), ("CDATA with ]]", "<a><![CDATA[]]]]></a>"),
      ("CDATA with ]]> split", "<a><![CDATA[x]]]]><![CDATA[>]]></a>"), ("unterminated CDATA", "<a><![CDATA[x</a>"),
      ("CDATA outside the root", "<![CDATA[x]]><a/>"), ("CDATA in lower case", "<a><![cdata[x]]></a>"),
      // Processing instructions
      ("PI before", "<?pi x?><a/>"), ("PI hiding a tag", "<a><?pi <b/> ?></a>"), ("PI after", "<a/><?pi?>"),
      ("PI without target", "<??><a/>"), ("reserved PI target inside", #"<a><?xml version="1.0"?></a>"#),
      ("PI with > inside", "<a><?pi a>b ?></a>"), ("unterminated PI", "<a><?pi </a>"),
      // Character and entity references
      ("decimal reference", "<a>&#65;</a>"), ("hex reference", "<a>&#x41;</a>"), ("reference to NUL", "<a>&#0;</a>"),
      ("reference beyond Unicode", "<a>&#x110000;</a>"), ("reference to a surrogate", "<a>&#xD800;</a>"),
      ("empty decimal reference", "<a>&#;</a>"), ("empty hex reference", "<a>&#x;</a>"),
      ("predefined entities", "<a>&amp;&lt;&gt;&quot;&apos;</a>"), ("undeclared entity", "<a>&foo;</a>"),
      ("reference without ;", "<a>&#65</a>"), ("astral reference", "<a>&#x1F600;</a>"), ("reference in attribute", #"<a b="&#60;"/>"#),
      ("reference to a control", "<a>&#x1;</a>"), ("reference in upper-case X", "<a>&#X41;</a>"),
      // Attribute values
      ("> in attribute", #"<a b=">"/>"#), ("< in attribute", #"<a b="<"/>"#), ("quote in other quotes", #"<a b='"'/>"#),
      ("duplicate attribute", #"<a b="x" b="y"/>"#), ("unquoted attribute", "<a b=x/>"), ("no space between attributes", #"<a b="1"c="2"/>"#),
      ("spaces around =", #"<a b = "1" />"#), ("comment opener in attribute", #"<a b="<!--"><c/></a>"#),
      ("]]> in attribute", #"<a b="]]>"/>"#), ("& in attribute", #"<a b="&"/>"#), ("tag-like attribute", #"<a b="/><c>"/>"#),
      ("new line in attribute", "<a b=\"x\ny\"/>"), ("unterminated attribute", #"<a b="x/>"#),
      // Text
      ("]]> in text", "<a>]]></a>"), ("]] in text", "<a>]]</a>"), ("> in text", "<a>></a>"), ("< in text", "<a><</a>"),
      ("& in text", "<a>&</a>"), ("control character in text", "<a>\u{1}</a>"), ("DEL in text", "<a>\u{7F}</a>"),
      ("CR LF in text", "<a>\r\n</a>"), ("NUL in text", "<a>\u{0}</a>"),
      // Names
      ("non-ASCII element name", "<æ/>"), ("non-ASCII names", #"<ø1 å="x"><ü/></ø1>"#),
      ("prefixed name", #"<a:b xmlns:a="urn:a"><a:c/></a:b>"#), ("digit first", "<1a/>"), ("hyphen first", "<-a/>"),
      ("name characters", "<a.b-c_d/>"), ("middle dot", "<a\u{B7}/>"), ("space after <", "< a/>"),
      ("undeclared prefix", "<p:a/>"),
      // Deliberate refusals
      ("DOCTYPE", "<!DOCTYPE a><a/>"), ("DOCTYPE with internal subset", "<!DOCTYPE a [<!ELEMENT a EMPTY>]><a/>"),
      ("declared ISO-8859-1, ASCII content", #"<?xml version="1.0" encoding="ISO-8859-1"?><a/>"#),
    ]
    cases += [("end of the nested set", "<a>" + String(repeating: "<b>", count: 20) + String(repeating: "</b>", count: 20) + "</a>")]
    var bytes = cases.map { ($0.0, Array($0.1.utf8)) }
    bytes.append(("ISO-8859-1 content", Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><a>"#.utf8) + [0xE6] + Array("</a>".utf8)))
    bytes.append(("invalid UTF-8", Array("<a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8)))
    for (name, bom, littleEndian) in [("UTF-16 LE with BOM", [UInt8]([0xFF, 0xFE]), true), ("UTF-16 BE with BOM", [0xFE, 0xFF], false)] {
      let text = #"<?xml version="1.0" encoding="UTF-16"?><a>æ</a>"#
      bytes.append((name, bom + text.utf16.flatMap { u in littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }))
    }
    return bytes
  }()

  @Test func prescannerAgreesWithLibxml2() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ndc-xml-diff-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var wellFormed = 0
    var malformed = 0
    for (k, (name, bytes)) in Self.cases.enumerated() {
      let file = folder.appendingPathComponent("case-\(k).xml")
      try Data(bytes).write(to: file)
      let xmllintAccepts = try Self.xmllintAccepts(file.path)
      switch XMLPrescan.scan(bytes) {
      case .failure(let breach):
        if xmllintAccepts {
          #expect(Self.deliberate.contains(breach.rule.code), "\(name): well-formed, refused with \(breach.rule.code) \(breach.message)")
        }
      case .success(let scan):
        var names: [String] = []
        let outcome = XMLStreamReader.read(bytes, schema: nil) { event in
          if case .startElement(let element) = event { names.append(element.localName) }
          return true
        }
        let failed = !outcome.completed || outcome.errors.contains { $0.level >= .error }
        if xmllintAccepts {
          #expect(!failed, "\(name): xmllint reads it, the reader does not: \(outcome.errors.map(\.message))")
          let scanned = scan.elements.indices.map { scan.localName(of: $0) }
          #expect(scanned == names, "\(name): the pre-scanner finds \(scanned), libxml2 \(names)")
        } else {
          #expect(failed, "\(name): xmllint refuses it, the reader reads it")
        }
      }
      if xmllintAccepts { wellFormed += 1 } else { malformed += 1 }
    }
    #expect(wellFormed >= 40)
    #expect(malformed >= 40)
  }

  static func xmllintAccepts(_ path: String) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xmllint", "--noout", "--nonet", path]
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let said = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    // A namespace error (an undeclared prefix) leaves xmllint's status 0 but is an error of
    // "Namespaces in XML", which the reader refuses: xmllint reads a document when it says nothing.
    return process.terminationStatus == 0 && said.isEmpty
  }
}
