import CFuzzDriver
import FuzzSupport
import NDCCore
import NDCFormats

/// The JSON parser: a refusal is one BLOCKER with a position inside the input; an accepted
/// text's positions lie inside it, and the document written again (the JSON writer takes any tree) parses back
/// to the same content.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let parsed = JSONParser.parse(bytes)
  Contract.checkDiagnostics(parsed.diagnostics, in: bytes)
  guard let document = parsed.document else {
    Contract.check(parsed.diagnostics.count == 1, "a refusal gives one BLOCKER, not \(parsed.diagnostics)")
    Contract.checkRefusal(parsed.diagnostics)
    return 0
  }
  Contract.checkPositions(document, in: bytes)
  let again = JSONParser.parse(Array(JSONWriter.write(document, format: SubmissionFormat.document).utf8))
  guard let reread = again.document else { Contract.breach("the written text is refused: \(again.diagnostics)") }
  Contract.check(reread.content == document.content, "the written text reads back to other content")
  Contract.check(again.diagnostics.count == parsed.diagnostics.count, "the written text has other number findings")
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_json_parser_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
