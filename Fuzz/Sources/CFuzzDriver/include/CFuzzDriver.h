#ifndef NDC_FUZZ_DRIVER_H
#define NDC_FUZZ_DRIVER_H
/// Runs libFuzzer over this executable's `LLVMFuzzerTestOneInput`. SwiftPM names an executable's
/// entry point `<module>_main` (and links `main` to it), so libFuzzer's own `main` is not used:
/// each target's entry point calls this, which calls libFuzzer's documented `LLVMFuzzerRunDriver`.
int ndc_fuzz_main(int argc, char **argv);
#endif
