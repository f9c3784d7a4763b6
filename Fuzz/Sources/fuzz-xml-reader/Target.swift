import CFuzzDriver
import FuzzSupport
import NDCCore
import NDCFormats

let schema = try! XMLSchemaValidator(format: SubmissionFormat.document)

/// The XML reader (pre-scan, then libxml2 with the submission schema attached): every
/// diagnostic bounded and inside the input; a document without ERROR or BLOCKER, written again
/// by the XML writer, reads back to the same content and passes again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let read = XMLDocumentReader.read(bytes: bytes, format: SubmissionFormat.document, schema: schema)
  Contract.checkDiagnostics(read.diagnostics, in: bytes)
  guard let document = read.document, !read.diagnostics.contains(where: { $0.severity.invalidates }) else {
    Contract.checkRefusal(read.diagnostics)
    return 0
  }
  Contract.checkPositions(document, in: bytes)
  let text = Array(XMLWriter.write(document, format: SubmissionFormat.document).utf8)
  let again = XMLDocumentReader.read(bytes: text, format: SubmissionFormat.document, schema: schema)
  Contract.check(!again.diagnostics.contains { $0.severity.invalidates }, "the written document is refused: \(again.diagnostics)")
  Contract.check(again.document?.content == document.content, "the written document reads back to other content")
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_xml_reader_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
