// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "padan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Padan", targets: ["Padan"]),
        .executable(name: "padan", targets: ["padan"]),
        .executable(name: "padan-bench", targets: ["PadanBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "Padan",
            dependencies: ["CLibXML2", .product(name: "CSV", package: "CSV.swift")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "padan",
            dependencies: [
                "Padan",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "PadanBench",
            dependencies: ["Padan"]
        ),
        .testTarget(
            name: "PadanTests",
            dependencies: ["Padan"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PadanCLITests",
            dependencies: ["Padan", "padan"]
        ),
    ]
)
