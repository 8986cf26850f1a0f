// swift-tools-version:6.0
import PackageDescription

// libjpeg: static on Linux, so that a run decoding no JPEG loads nothing more and the binary
// runs where the library is absent; from pkg-config (Homebrew's jpeg-turbo) on macOS.
#if os(macOS)
let libjpegPkgConfig: String? = "libjpeg"
#else
let libjpegPkgConfig: String? = nil
#endif

// No package dependencies, by design: the toolchain and the system zlib and libjpeg are the whole toolbox.
let package = Package(
    name: "shangjia",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shangjia", targets: ["shangjia"]),
        .library(name: "ShangjiaCore", targets: ["ShangjiaCore"]),
    ],
    targets: [
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "CLibJPEG", path: "Sources/CLibJPEG", pkgConfig: libjpegPkgConfig,
                       providers: [.apt(["libjpeg62-turbo-dev"]), .brew(["jpeg-turbo"])]),
        // every libjpeg call, under setjmp so that its errors come back instead of exit()
        .target(name: "CJPEGShim", dependencies: ["CLibJPEG"],
                linkerSettings: [.linkedLibrary(":libjpeg.a", .when(platforms: [.linux]))]),
        // files → JSON values with source positions
        .target(name: "ShangjiaJSON", linkerSettings: [.linkedLibrary("m")]),
        // files → facts about PNG, JPEG and document content (bounded, read-only)
        .target(name: "ShangjiaInspect", dependencies: ["CZlib", "CJPEGShim"]),
        // manifest model, field catalog, rules, engine
        .target(name: "ShangjiaCore", dependencies: ["ShangjiaJSON", "ShangjiaInspect"]),
        // findings → text, json, sarif, junit, github, gitlab, html
        .target(name: "ShangjiaReport", dependencies: ["ShangjiaCore"]),
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
