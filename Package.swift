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
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
    // Files and the storage that bounds memory, knowing no format: bounded reads, atomic and
    // streamed outputs, unlinked temporary files, byte records spilled to one, result slots.
    .target(name: "NDCStorage", dependencies: ["CFileSpace"]),
    // Documents as trees and text, of any format: the XML and JSON readers (with source
    // locations) and writers, `Shape` and the shape checks, both schema generators, the
    // binary form and the streamed writers. Knows no model type.
    .target(name: "NDCDocument", dependencies: ["NDCCore", "NDCLibXML", "NDCStorage"]),
    // The two formats and the reference data: each model's field list, the coding between
    // models and documents, the submission reader, the contribution's spilled lists.
    .target(
      name: "NDCFormats",
      dependencies: ["NDCCore", "NDCStorage", "NDCDocument"],
      resources: [.copy("Resources/reference.json"), .copy("Resources/dk-municipal-emissions-2018-2023.csv")]
    ),
    // The rule catalogue and the set rules.
    .target(
      name: "NDCCheck",
      dependencies: ["NDCCore", "NDCDocument", "NDCFormats", .product(name: "Crypto", package: "swift-crypto")]
    ),
    // Selection, geography, aggregation, ledger, provenance.
    .target(
      name: "NDCCompile",
      dependencies: ["NDCCore", "NDCStorage", "NDCDocument", "NDCFormats", "NDCCheck", .product(name: "Crypto", package: "swift-crypto")]
    ),
    // The intake service's store protocol and records (no database driver here).
    .target(name: "NDCStore"),
    // The intake service (`ndc serve`): Hummingbird routes over the engine and a SubmissionStore.
    .target(
      name: "NDCService",
      dependencies: [
        "NDCCore", "NDCDocument", "NDCFormats", "NDCCheck", "NDCCompile", "NDCExport", "NDCStore", "NDCStoreSQLite", "NDCStorePostgres", "NDCEngine", "NDCMap",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdCore", package: "hummingbird"),
        .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "Mustache", package: "swift-mustache"),
        "NDCForms",
      ],
      resources: [.copy("Resources/openapi.json"), .copy("Resources/templates"), .copy("Resources/assets")]
    ),
    // The store on SQLite through GRDB (the embedded default).
    .target(name: "NDCStoreSQLite", dependencies: ["NDCStore", .product(name: "GRDB", package: "GRDB.swift")]),
    // The store on PostgreSQL through PostgresNIO (several service instances sharing one store).
    .target(
      name: "NDCStorePostgres",
      dependencies: [
        "NDCStore", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // UNFCCC tables, CSV, HTML.
    .target(name: "NDCExport", dependencies: ["NDCCore", "NDCStorage", "NDCDocument", "NDCFormats", "NDCMap"]),
    // Maps of the 98 municipalities as inline SVG (the report and the service's pages).
    .target(name: "NDCMap", dependencies: ["NDCCore"], resources: [.copy("Resources/dk-municipalities.geojson")]),
    // The readers' contracts, checked by the fuzz targets (Fuzz/) and on the kept regression inputs.
    // The web pages' request bodies (URL-encoded and multipart forms): pure functions of the
    // bytes, so that a fuzz target reads them without the server.
    .target(name: "NDCForms"),
    .target(name: "NDCFuzzContracts", dependencies: ["NDCCore", "NDCDocument", "NDCFormats", "NDCForms"]),
    // The use cases (validate a set, compile a set, export, convert, the catalogue) that the
    // CLI and the intake service both call.
    .target(
      name: "NDCEngine",
      dependencies: [
        "NDCCore", "NDCStorage", "NDCDocument", "NDCFormats", "NDCCheck", "NDCCompile", "NDCExport",
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    .executableTarget(
      name: "ndc",
      dependencies: [
        "NDCCore", "NDCStorage", "NDCDocument", "NDCFormats", "NDCCheck", "NDCCompile", "NDCEngine", "NDCExport", "NDCService",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // Developer tool: inserts per second and insert latency of a store (scripts/bench/store.sh).
    .executableTarget(name: "ndc-store-bench", dependencies: ["NDCStore", "NDCStoreSQLite", "NDCStorePostgres"]),
    // Developer tools: schema and fixture generation. Not shipped to users.
    .executableTarget(
      name: "ndc-dev",
      dependencies: [
        "NDCCore", "NDCStorage", "NDCDocument", "NDCFormats",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What every test target shares: the package root, the corpora, a process runner.
    .target(name: "NDCTestSupport", path: "Tests/NDCTestSupport"),
    .testTarget(name: "NDCCoreTests", dependencies: ["NDCCore", "NDCTestSupport"]),
    .testTarget(name: "NDCDocumentTests", dependencies: ["NDCCore", "NDCLibXML", "NDCDocument", "NDCTestSupport"]),
    .testTarget(name: "NDCFormatsTests", dependencies: ["NDCCore", "NDCStorage", "NDCDocument", "NDCFormats", "NDCFuzzContracts", "NDCTestSupport"]),
    .testTarget(name: "NDCCheckTests", dependencies: ["NDCCore", "NDCDocument", "NDCFormats", "NDCCheck", "NDCTestSupport"]),
    .testTarget(name: "NDCCompileTests", dependencies: ["NDCCore", "NDCStorage", "NDCDocument", "NDCFormats", "NDCCheck", "NDCCompile", "NDCTestSupport"]),
    .testTarget(name: "NDCExportTests", dependencies: ["NDCCore", "NDCDocument", "NDCFormats", "NDCCompile", "NDCExport", "NDCMap"]),
    .testTarget(name: "NDCMapTests", dependencies: ["NDCCore", "NDCMap", "NDCTestSupport"]),
    .testTarget(name: "NDCEngineTests", dependencies: ["NDCCore", "NDCDocument", "NDCFormats", "NDCCompile", "NDCEngine", "NDCTestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["NDCCore", "NDCFormats", "NDCTestSupport"]),
    .testTarget(
      name: "NDCServiceTests",
      dependencies: [
        "NDCCore", "NDCCheck", "NDCFormats", "NDCStore", "NDCService", "NDCForms", "NDCFuzzContracts", "NDCStoreSQLite", "NDCStorePostgres", "NDCTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
    // One suite run against both stores (PostgreSQL when NDC_TEST_DATABASE_URL is set); the
    // drivers are linked to try raw SQL against the append-only tables.
    .testTarget(
      name: "NDCStoreTests",
      dependencies: [
        "NDCStore", "NDCStoreSQLite", "NDCStorePostgres", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
