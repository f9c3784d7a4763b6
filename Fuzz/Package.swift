// swift-tools-version:6.0
// libFuzzer targets for every reader of outside bytes. Built apart from the root package, with
// the sanitizers: `scripts/fuzz.sh` (or `swift build --package-path Fuzz -Xswiftc
// -sanitize=fuzzer,address`). See docs/fuzzing.md.
import PackageDescription

let readers = [
  "fuzz-json-parser", "fuzz-xml-prescan", "fuzz-xml-reader", "fuzz-submission", "fuzz-reference", "fuzz-contribution",
  "fuzz-model-binary", "fuzz-service-forms",
]

let package = Package(
  name: "ndc-fuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "ndc", path: "..")],
  targets: [
    .target(name: "CFuzzDriver"),
    .target(name: "FuzzEntry", dependencies: ["CFuzzDriver", .product(name: "NDCFuzzContracts", package: "ndc")]),
  ] + readers.map { name in
    .executableTarget(
      name: name,
      dependencies: ["FuzzEntry"],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  },
  swiftLanguageModes: [.v6]
)
