import CFuzzDriver
import FuzzSupport
import NDCCore
import NDCFormats

let reader = try! SubmissionReader()

/// The submission reader end to end (bytes → diagnostics): no model without a diagnostic that
/// says why; every diagnostic bounded and inside the input once located; an accepted
/// submission, written in canonical XML and JSON, reads back to the same model.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let result = reader.read(bytes: bytes, path: "fuzz")
  Contract.checkDiagnostics(result.diagnostics.map(result.located), in: bytes)
  guard let submission = result.submission else {
    Contract.checkRefusal(result.diagnostics)
    return 0
  }
  Contract.check(!result.diagnostics.contains { $0.severity.invalidates }, "a model despite \(result.diagnostics)")
  for format in InputFormat.allCases {
    let text = Array(SubmissionWriter.write(submission, as: format).utf8)
    let again = reader.read(bytes: text, path: "canonical.\(format)")
    Contract.check(again.submission == submission, "canonical \(format) reads back to another model: \(again.diagnostics)")
  }
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_submission_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
