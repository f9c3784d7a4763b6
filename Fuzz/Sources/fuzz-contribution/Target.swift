import CFuzzDriver
import FuzzSupport
import NDCCore
import NDCFormats

/// The contribution-document reader (what `export` reads): a refusal is bounded and says why;
/// an accepted document, written again in both formats, reads back to the same model.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let reading = ContributionReading()
  let document: ContributionDocument
  do throws(ContributionReadError) {
    document = try reading.read(bytes: bytes, path: "fuzz")
  } catch {
    switch error {
    case .unreadable(let e): Contract.breach("bytes in memory reported unreadable: \(e)")
    case .invalid(let path, let reasons):
      Contract.check(path == "fuzz", "the refusal names \(path)")
      Contract.check(!reasons.isEmpty, "a refusal without a reason")
      reasons.forEach(Contract.checkMessage)
    }
    return 0
  }
  for format in InputFormat.allCases {
    let text = Array(ContributionWriter.write(document, as: format).utf8)
    let again = Result { () throws(ContributionReadError) in try reading.read(bytes: text, path: "canonical") }
    guard case .success(let reread) = again else { Contract.breach("canonical \(format) refused: \(again)") }
    Contract.check(reread == document, "canonical \(format) reads back to another model")
  }
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_contribution_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
