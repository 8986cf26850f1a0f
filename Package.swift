// swift-tools-version:6.0
import PackageDescription

// No package dependencies, by design: the toolchain and the system zlib are the whole toolbox.
let package = Package(
    name: "shangjia",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shangjia", targets: ["shangjia"]),
        .library(name: "ShangjiaCore", targets: ["ShangjiaCore"]),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // files → JSON values with source positions
        .target(name: "ShangjiaJSON", linkerSettings: [.linkedLibrary("m")]),
        // files → facts about PNG, JPEG and document content (bounded, read-only)
        .target(name: "ShangjiaInspect", dependencies: ["CZlib"]),
        // manifest model, field catalog, rules, engine
        .target(name: "ShangjiaCore", dependencies: ["ShangjiaJSON", "ShangjiaInspect"]),
        // findings → text, json, sarif, junit, github, gitlab, html; the portal forms and the DOCX 情况说明 (zlib deflates it)
        .target(name: "ShangjiaReport", dependencies: ["ShangjiaCore", "CZlib"]),
        // argument parsing and subcommands, testable without a process
        .target(name: "ShangjiaCLI", dependencies: ["ShangjiaCore", "ShangjiaReport"]),
        .executableTarget(name: "shangjia", dependencies: ["ShangjiaCLI"]),
        .testTarget(name: "ShangjiaJSONTests", dependencies: ["ShangjiaJSON"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ShangjiaInspectTests", dependencies: ["ShangjiaInspect"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ShangjiaCoreTests", dependencies: ["ShangjiaCore", "ShangjiaInspect"]),
        .testTarget(name: "ShangjiaReportTests", dependencies: ["ShangjiaReport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ShangjiaCLITests", dependencies: ["ShangjiaCLI"]),
    ]
)
