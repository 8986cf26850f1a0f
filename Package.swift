// swift-tools-version:6.0
import PackageDescription

// No package dependencies, by design: the toolchain and the system's C libraries (zlib, libjpeg-turbo,
// OpenSSL 3) are the whole toolbox.

#if os(macOS)
// Homebrew's openssl@3, linked dynamically through pkg-config.
let openSSL = Target.systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "openssl",
                                   providers: [.brew(["openssl@3"])])
#else
// Headers only: the libraries are linked statically by ShangjiaOnline (below), because a
// dynamically linked libcrypto costs every run ~3.5 M instructions of symbol binding.
let openSSL = Target.systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", providers: [.apt(["libssl-dev"])])
#endif

// libjpeg: static on Linux, so that a run decoding no JPEG loads nothing more and the binary
// runs where the library is absent; from pkg-config (Homebrew's jpeg-turbo) on macOS.
#if os(macOS)
let libjpegPkgConfig: String? = "libjpeg"
#else
let libjpegPkgConfig: String? = nil
#endif

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
        // Text and Language: every user-facing sentence, in Chinese and English
        .target(name: "ShangjiaText"),
        // files → facts about PNG, JPEG and document content (bounded, read-only)
        .target(name: "ShangjiaInspect", dependencies: ["ShangjiaText", "CZlib", "CJPEGShim"]),
        openSSL,
        // addresses → what the live servers answer (DNS, TCP, TLS, HTTP), for `--online`
        .target(name: "ShangjiaOnline", dependencies: ["COpenSSL", "CZlib"],
                linkerSettings: [.linkedLibrary(":libssl.a", .when(platforms: [.linux])),
                                 .linkedLibrary(":libcrypto.a", .when(platforms: [.linux]))]),
        // manifest model, field catalog, rules, engine
        .target(name: "ShangjiaCore", dependencies: ["ShangjiaText", "ShangjiaJSON", "ShangjiaInspect", "ShangjiaOnline"]),
        // findings → text, json, sarif, junit, github, gitlab, html; the portal forms and the DOCX 情况说明 (zlib deflates it)
        .target(name: "ShangjiaReport", dependencies: ["ShangjiaCore", "ShangjiaOnline", "CZlib"]),
        // argument parsing and subcommands, testable without a process
        .target(name: "ShangjiaCLI", dependencies: ["ShangjiaCore", "ShangjiaReport"]),
        .executableTarget(name: "shangjia", dependencies: ["ShangjiaCLI"]),
        .testTarget(name: "ShangjiaJSONTests", dependencies: ["ShangjiaJSON"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ShangjiaInspectTests", dependencies: ["ShangjiaInspect", "ShangjiaText"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ShangjiaCoreTests", dependencies: ["ShangjiaCore", "ShangjiaInspect"]),
        .testTarget(name: "ShangjiaReportTests", dependencies: ["ShangjiaReport", "ShangjiaOnline"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ShangjiaCLITests", dependencies: ["ShangjiaCLI"]),
        .testTarget(name: "ShangjiaOnlineTests", dependencies: ["ShangjiaOnline", "ShangjiaCore", "ShangjiaCLI", "COpenSSL"], resources: [.copy("Fixtures")]),
    ]
)
