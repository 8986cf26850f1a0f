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

    static func run(_ arguments: [String], environment: [String: String] = [:], terminal: Bool = false) -> CommandResult {
        var out = ""
        var err = ""
        let console = Console(stdout: { out += $0 }, stderr: { err += $0 }, stdoutIsTerminal: terminal, stderrIsTerminal: terminal,
                              environment: environment, now: { 1_795_476_800 })
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(packageRoot)
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
