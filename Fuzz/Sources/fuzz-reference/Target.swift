import Foundation
import CFuzzDriver
import FuzzSupport
import NDCCore
import NDCFormats

/// The reference-data loader (`--reference PATH`): a refusal names the file and says why in a
/// bounded message; the same bytes give the same answer twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  let first: Result<ReferenceData, ReferenceDataError>
  do throws(ReferenceDataError) {
    first = .success(try ReferenceDataLoader.decode(bytes, path: "fuzz.json"))
  } catch {
    Contract.check(error.path == "fuzz.json", "the refusal names \(error.path)")
    Contract.checkMessage(error.message)
    first = .failure(error)
  }
  let second = Result { () throws(ReferenceDataError) in try ReferenceDataLoader.decode(bytes, path: "fuzz.json") }
  switch (first, second) {
  case (.success, .success), (.failure, .failure): break
  default: Contract.breach("the same bytes accepted once and refused once")
  }
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_reference_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
