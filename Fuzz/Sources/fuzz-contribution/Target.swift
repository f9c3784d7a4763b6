import CFuzzDriver
import NDCFuzzContracts

/// libFuzzer's entry: the reader and its contract (NDCFuzzContracts.ReaderContract.contribution); a
/// breach stops the run, which libFuzzer reports as a crash and keeps the input of.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  do throws(ContractBreach) {
    try ReaderContract.contribution.check(Array(UnsafeBufferPointer(start: data, count: size)))
  } catch {
    fatalError("contract breached: \(error)")
  }
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_contribution_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
