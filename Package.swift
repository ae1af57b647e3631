// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "duizhao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "duizhao", targets: ["duizhao"]),
        .library(name: "DuizhaoKit", targets: ["DuizhaoKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        // Machine translation's HTTP client: waits on the network without spinning (SwiftNIO).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // The layers, lowest first; a target uses only the targets above it in this list
        // (`make lint` checks every import against these dependencies).
        // Text: ICU, decoding, size-capped input, escaping, locks, parallel loops, progress.
        .target(name: "DuizhaoText", dependencies: ["CICU"]),
        // Core: the document model, segmentation, the glossary and dictionary, ingestion,
        // annotation, term discovery, numbers and terminology checking. No I/O libraries.
        .target(name: "DuizhaoCore", dependencies: ["DuizhaoText"]),
        // Formats: renderers (JSON, Markdown, HTML, XLIFF, TMX, brief) and interchange codecs
        // (TBX, CSV, OmegaT, TMX, XLIFF and pair TSV readers).
        .target(name: "DuizhaoFormats", dependencies: ["DuizhaoCore", "DuizhaoText"]),
        // Translation memory in SQLite (GRDB).
        .target(
            name: "DuizhaoMemory",
            dependencies: [
                "DuizhaoCore", "DuizhaoFormats", "DuizhaoText",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Machine translation over an OpenAI-compatible HTTP API (AsyncHTTPClient).
        .target(
            name: "DuizhaoTranslation",
            dependencies: [
                "DuizhaoCore", "DuizhaoText",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // The orchestration layer and umbrella: the annotation pipeline, batch runs; re-exports
        // every layer so that `import DuizhaoKit` is all a library user needs.
        .target(
            name: "DuizhaoKit",
            dependencies: ["DuizhaoText", "DuizhaoCore", "DuizhaoFormats", "DuizhaoMemory", "DuizhaoTranslation"]
        ),
        // `duizhao serve`: the local web application over DuizhaoKit (Hummingbird, Mustache).
        .target(
            name: "DuizhaoServer",
            dependencies: [
                "DuizhaoKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "duizhao",
            dependencies: [
                "DuizhaoKit",
                "DuizhaoServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A loopback HTTP server for the machine translation tests (library and CLI).
        .target(
            name: "LoopbackHTTPServer",
            path: "Tests/LoopbackHTTPServer"
        ),
        .testTarget(
            name: "DuizhaoKitTests",
            dependencies: [
                "DuizhaoKit",
                "LoopbackHTTPServer",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "DuizhaoServerTests",
            dependencies: [
                "DuizhaoServer",
                "DuizhaoKit",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "duizhaoCLITests",
            dependencies: ["duizhao", "DuizhaoKit", "DuizhaoServer", "LoopbackHTTPServer"]
        ),
    ]
)

// `DUIZHAO_STRICT=1 swift build` (what CI runs) makes every warning in duizhao's own targets
// an error; the dependencies are left as they are.
if Context.environment["DUIZHAO_STRICT"] != nil {
    for target in package.targets {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-warnings-as-errors"])]
    }
}
