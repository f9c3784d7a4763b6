import FuzzEntry

/// SwiftPM links `main` to `<module>_main` (decision 109): libFuzzer's driver over one reader.
@_cdecl("fuzz_json_parser_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt { run(.jsonParser, argc, argv) }
