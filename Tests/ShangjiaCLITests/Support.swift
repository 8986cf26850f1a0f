import Foundation
import ShangjiaCLI

/// Runs the CLI in-process, capturing its output.
struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum Harness {
    /// The package root, found from this file so tests do not depend on the working directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// Runs in `directory` (default: the package root).
    static func run(_ arguments: [String], environment: [String: String] = [:], terminal: Bool = false, directory: String? = nil) -> CommandResult {
        var out = ""
        var err = ""
        let console = Console(stdout: { out += $0 }, stderr: { err += $0 }, stdoutIsTerminal: terminal, stderrIsTerminal: terminal,
                              environment: environment, now: { 1_795_476_800 })
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(directory ?? packageRoot)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let status = CLI.run(arguments, console: console)
        return CommandResult(status: status, stdout: out, stderr: err)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shangjia-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Harness {
    /// Writes `files` (relative path → text) under a fresh folder; returns the folder's path.
    static func tree(_ files: [String: String]) throws -> String {
        let root = temporaryFolder()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root.path
    }
}
