import FuzzEntry

/// SwiftPM links `main` to `<module>_main` (decision 109): libFuzzer's driver over one reader.
@_cdecl("fuzz_service_forms_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt { run(.serviceForms, argc, argv) }
