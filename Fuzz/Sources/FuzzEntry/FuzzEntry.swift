import CFuzzDriver
import NDCFuzzContracts

/// The reader this process fuzzes (set once by `run`, before libFuzzer starts).
nonisolated(unsafe) private var current = ReaderContract.jsonParser

/// libFuzzer's entry: the reader and its contract (NDCFuzzContracts.ReaderContract); a breach
/// stops the run, which libFuzzer reports as a crash and keeps the input of.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  do throws(ContractBreach) {
    try current.check(Array(UnsafeBufferPointer(start: data, count: size)))
  } catch {
    fatalError("contract breached: \(error)")
  }
  return 0
}

/// Runs libFuzzer's driver over `reader`: what each target's entry point does.
public func run(_ reader: ReaderContract, _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  current = reader
  return ndc_fuzz_main(argc, argv)
}
