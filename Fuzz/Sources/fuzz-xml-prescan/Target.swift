import CFuzzDriver
import FuzzSupport
import NDCCore
import NDCFormats

/// The XML pre-scanner: a breach has a rule, a bounded message and a position inside the input;
/// a scan's elements lie inside the input, in document order, each inside an earlier element.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  switch XMLPrescan.scan(bytes) {
  case .failure(let breach):
    Contract.checkDiagnostics([breach.diagnostic], in: bytes)
    Contract.checkRefusal([breach.diagnostic])
  case .success(let scan):
    let bounds = PositionBounds(bytes)
    var previous: SourcePosition?
    for (index, element) in scan.elements.enumerated() {
      bounds.check(element.position, "element \(index)")
      Contract.check(element.parent >= -1 && Int(element.parent) < index, "element \(index)'s parent \(element.parent)")
      if let previous { Contract.check(previous < element.position, "element \(index) before the one preceding it") }
      previous = element.position
      _ = scan.localName(of: index)
    }
    _ = scan.element(atByteOffset: bytes.count / 2)
  }
  return 0
}

/// The entry point SwiftPM links `main` to: libFuzzer's driver.
@_cdecl("fuzz_xml_prescan_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  ndc_fuzz_main(argc, argv)
}
