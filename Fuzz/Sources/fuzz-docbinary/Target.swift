import CFuzzDriver
import FuzzSupport
import NDCCore
import NDCFormats

/// The binary form of spilled documents (read back from compile's temporary file): any bytes
/// give a node or nil, never a crash; a node, encoded again, decodes to the same node.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let node = DocBinary.submission.decode(bytes) else { return 0 }
  var out: [UInt8] = []
  DocBinary.submission.encode(node, into: &out)
  Contract.check(DocBinary.submission.decode(out) == node, "encoded again, the node decodes to another")
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_docbinary_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
