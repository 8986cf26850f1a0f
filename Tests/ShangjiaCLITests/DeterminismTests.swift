import Foundation
import XCTest

/// SPEC: "the same input gives byte-identical output". All of samples/ through every format,
/// with one worker or four, in-process and as the built binary under different time zones and
/// locales.
final class DeterminismTests: XCTestCase {
    static let formats = ["text", "json", "sarif", "junit", "github", "gitlab", "html"]

    /// Fixed date: the default (today at UTC+08:00) could change between two runs.
    func arguments(format: String, jobs: Int) -> [String] {
        ["lint", "--format", format, "--today", "2026-11-23", "--jobs", String(jobs), "samples"]
    }

    func testJobsDoNotChangeTheOutput() throws {
        for format in Self.formats {
            let one = Harness.run(arguments(format: format, jobs: 1))
            XCTAssertEqual(one.status, 1, format)
            XCTAssertEqual(one.stderr, "", format)
            XCTAssertGreaterThan(one.stdout.utf8.count, 1_000, format)
            // One parallel run per format: a debug build takes seconds over samples/, so the matrix stays small.
            let many = Harness.run(arguments(format: format, jobs: 4))
            XCTAssertEqual(many.status, one.status, "\(format) --jobs 4")
            XCTAssertTrue(many.stdout == one.stdout, "\(format): --jobs 4 differs from --jobs 1\n\(firstDifference(one.stdout, many.stdout))")
        }
    }

    func testEnvironmentDoesNotChangeTheOutput() throws {
        let binary = try XCTUnwrap(Self.builtBinary(), "the shangjia executable was not found next to the test bundle; run `swift build` first")
        let environments: [[String: String]] = [
            ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"],
            ["TZ": "Asia/Shanghai", "LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"],
            ["TZ": "Pacific/Kiritimati", "LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"],
        ]
        for format in ["text", "json", "sarif"] {
            let expected = Harness.run(arguments(format: format, jobs: 1))
            for environment in environments {
                let run = try Self.runBinary(binary, arguments(format: format, jobs: 4), environment: environment)
                let label = "\(format) --jobs 4 \(environment.sorted { $0.key < $1.key })"
                XCTAssertEqual(run.status, expected.status, label)
                XCTAssertEqual(run.stderr, "", label)
                XCTAssertTrue(run.stdout == expected.stdout,
                              "\(label): differs from the in-process run\n\(firstDifference(expected.stdout, run.stdout))")
            }
        }
    }

    // MARK: - The built binary

    /// `shangjia` in the build folder that holds the test bundle (`.build/debug/shangjia` next
    /// to `.build/debug/shangjiaPackageTests.xctest`).
    static func builtBinary() -> String? {
        var folders: [URL] = []
        if let first = CommandLine.arguments.first { folders.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        for bundle in Bundle.allBundles + [Bundle.main] {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
            folders.append(bundle.bundleURL)
        }
        for folder in folders {
            var candidate = folder
            // The bundle may be nested (macOS: …/X.xctest/Contents/MacOS); walk up a few levels.
            for _ in 0..<4 {
                let path = candidate.appendingPathComponent("shangjia").path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                   FileManager.default.isExecutableFile(atPath: path) {
                    return path
                }
                candidate.deleteLastPathComponent()
            }
        }
        return nil
    }

    static func runBinary(_ binary: String, _ arguments: [String], environment: [String: String]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Harness.packageRoot)
        // A clean environment: only what the case sets, plus PATH and HOME.
        var full = environment
        full["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        full["HOME"] = ProcessInfo.processInfo.environment["HOME"] ?? "/"
        process.environment = full
        let errorFile = Harness.temporaryFolder().appendingPathComponent("stderr")
        XCTAssertTrue(FileManager.default.createFile(atPath: errorFile.path, contents: nil))
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: errors)
    }
}

/// Where two outputs first differ, with a little context, for the failure message.
func firstDifference(_ a: String, _ b: String) -> String {
    let left = Array(a.utf8), right = Array(b.utf8)
    let index = (0..<min(left.count, right.count)).first { left[$0] != right[$0] } ?? min(left.count, right.count)
    func excerpt(_ bytes: [UInt8]) -> String {
        String(decoding: bytes[max(0, index - 80)..<min(bytes.count, index + 80)], as: UTF8.self)
    }
    return "first difference at byte \(index) (lengths \(left.count), \(right.count)):\n- \(excerpt(left))\n+ \(excerpt(right))"
}
