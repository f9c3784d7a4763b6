// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ndc",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "ndc", targets: ["ndc"]),
    // For the fuzz targets (Fuzz/Package.swift), which build apart with the sanitizers.
    .library(name: "NDCFuzzContracts", targets: ["NDCFuzzContracts"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // The system libxml2: a module map and one header, nothing else.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // One C function Swift's Glibc module does not declare: giving a temporary file's space back.
    .target(name: "CFileSpace"),
    // The one module that calls libxml2 and touches its pointers.
    .target(name: "NDCLibXML", dependencies: ["CLibXML2"]),
    // Domain model, exact decimals, diagnostics, reference-data model. No XML, no JSON.
    .target(name: "NDCCore"),
    // Reading and writing submissions and contributions (XML, JSON), schemas, source locations.
    .target(
      name: "NDCFormats",
      dependencies: ["NDCCore", "NDCLibXML", "CFileSpace"],
      resources: [.copy("Resources/reference.json")]
    ),
    // The rule catalogue and the set rules.
    .target(
      name: "NDCCheck",
      dependencies: ["NDCCore", "NDCFormats", .product(name: "Crypto", package: "swift-crypto")]
    ),
    // Selection, geography, aggregation, ledger, provenance.
    .target(
      name: "NDCCompile",
      dependencies: ["NDCCore", "NDCFormats", "NDCCheck", .product(name: "Crypto", package: "swift-crypto")]
    ),
    // The intake service's store protocol and records (no database driver here).
    .target(name: "NDCStore"),
    // UNFCCC tables, CSV, HTML.
    .target(name: "NDCExport", dependencies: ["NDCCore", "NDCFormats"]),
    // The readers' contracts, checked by the fuzz targets (Fuzz/) and on the kept regression inputs.
    .target(name: "NDCFuzzContracts", dependencies: ["NDCCore", "NDCFormats"]),
    // The use cases (validate a set, compile a set, export, convert, the catalogue) that the
    // CLI and the intake service both call.
    .target(
      name: "NDCEngine",
      dependencies: [
        "NDCCore", "NDCFormats", "NDCCheck", "NDCCompile", "NDCExport",
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "ndc",
      dependencies: [
        "NDCCore", "NDCFormats", "NDCEngine", "NDCExport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // Developer tools: schema and fixture generation. Not shipped to users.
    .executableTarget(
      name: "ndc-dev",
      dependencies: [
        "NDCCore", "NDCFormats",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What every test target shares: the package root, the corpora, a process runner.
    .target(name: "NDCTestSupport", path: "Tests/NDCTestSupport"),
    .testTarget(name: "NDCCoreTests", dependencies: ["NDCCore"]),
    .testTarget(name: "NDCFormatsTests", dependencies: ["NDCCore", "NDCFormats", "NDCLibXML", "NDCFuzzContracts", "NDCTestSupport"]),
    .testTarget(name: "NDCCheckTests", dependencies: ["NDCCore", "NDCFormats", "NDCCheck", "NDCTestSupport"]),
    .testTarget(name: "NDCCompileTests", dependencies: ["NDCCore", "NDCFormats", "NDCCheck", "NDCCompile", "NDCTestSupport"]),
    .testTarget(name: "NDCExportTests", dependencies: ["NDCCore", "NDCFormats", "NDCCompile", "NDCExport"]),
    .testTarget(name: "NDCEngineTests", dependencies: ["NDCCore", "NDCFormats", "NDCCompile", "NDCEngine", "NDCTestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["NDCCore", "NDCFormats", "NDCTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
