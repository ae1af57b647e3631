// swift-tools-version: 6.0
// The benchmark harness: kept out of the main package so `swift build` and `make test` do
// not pay for it. Run it through `make bench`.
import PackageDescription

let package = Package(
    name: "duizhao-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "duizhao", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "duizhao-bench",
            dependencies: [.product(name: "DuizhaoKit", package: "duizhao")],
            path: "Sources/duizhao-bench"
        ),
    ]
)
