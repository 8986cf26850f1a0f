import Foundation
import XCTest

final class LintCommandTests: XCTestCase {
    private func manifestFolder(_ text: String) throws -> String {
        let folder = Harness.temporaryFolder()
        try text.write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        return folder.path
    }

    func testExitCodes() throws {
        let broken = try manifestFolder(#"{"service": {"name": "医保服务"}}"#)
        XCTAssertEqual(Harness.run(["lint", broken]).status, 1)
        let notJSON = try manifestFolder("{")
        let syntax = Harness.run(["lint", notJSON])
        XCTAssertEqual(syntax.status, 1)
        XCTAssertTrue(syntax.stdout.contains("manifest-syntax"))
        XCTAssertEqual(Harness.run(["lint"]).status, 2)
        XCTAssertEqual(Harness.run(["lint", "--bogus", broken]).status, 2)
        XCTAssertEqual(Harness.run(["lint", "/no/such/path"]).status, 2)
        XCTAssertEqual(Harness.run(["lint", Harness.temporaryFolder().path]).status, 2, "a folder without manifests")
        XCTAssertEqual(Harness.run(["lint", "--today", "2026-02-30", broken]).status, 2)
        XCTAssertEqual(Harness.run(["lint", "--format", "xml", broken]).status, 2)
    }

    func testTheFirstUnreadableManifestInOrderIsTheError() throws {
        // Manifests are read while others are linted, on several threads; the error is still
        // the first unreadable one in path order, and no report is written.
        let root = Harness.temporaryFolder()
        for name in ["a", "b", "c", "d"] {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let manifest = folder.appendingPathComponent("manifest.json")
            try #"{"service": {"name": "医保服务"}}"#.write(to: manifest, atomically: true, encoding: .utf8)
            if name == "b" || name == "d" {
                // Over the 64 MiB cap, as a sparse file.
                let handle = try FileHandle(forWritingTo: manifest)
                try handle.truncate(atOffset: UInt64(64 << 20) + 1)
                try handle.close()
            }
        }
        let result = Harness.run(["lint", "--jobs", "2", "--format", "json", root.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("b/manifest.json"), result.stderr)
        XCTAssertFalse(result.stderr.contains("d/manifest.json"), result.stderr)
        XCTAssertTrue(result.stdout.isEmpty)
    }

    func testConfigTurnsRulesOffAndRejectsUnknownIds() throws {
        let folder = try manifestFolder(#"{"service": {"nmae": "x"}, "extra": 1}"#)
        let config = Harness.temporaryFolder().appendingPathComponent("config.json")
        try #"{"rules": {"required-field": "off", "manifest-unknown-field": "error"}}"#.write(to: config, atomically: true, encoding: .utf8)
        let result = Harness.run(["lint", "--config", config.path, "--format", "json", folder])
        XCTAssertFalse(result.stdout.contains("\"required-field\""))
        XCTAssertTrue(result.stdout.contains("\"severity\": \"error\""))
        try #"{"rules": {"no-such-rule": "off"}}"#.write(to: config, atomically: true, encoding: .utf8)
        let unknown = Harness.run(["lint", "--config", config.path, folder])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("no-such-rule"))
        XCTAssertTrue(unknown.stdout.isEmpty)
    }

    func testStrictAndMaxWarnings() throws {
        // Only a warning: an unknown key, everything else switched off.
        let folder = try manifestFolder(#"{"shanghai": {}, "extra": 1}"#)
        let config = Harness.temporaryFolder().appendingPathComponent("c.json")
        try #"{"rules": {"required-field": "off", "url-required": "off", "shanghai-reports": "off"}}"#.write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(Harness.run(["lint", "--config", config.path, folder]).status, 0)
        XCTAssertEqual(Harness.run(["lint", "--config", config.path, "--strict", folder]).status, 1)
        XCTAssertEqual(Harness.run(["lint", "--config", config.path, "--max-warnings", "0", folder]).status, 1)
        XCTAssertEqual(Harness.run(["lint", "--config", config.path, "--max-warnings", "1", folder]).status, 0)
    }

    func testColourOnlyOnATerminalWithoutNoColor() throws {
        let folder = try manifestFolder(#"{"service": {}}"#)
        XCTAssertFalse(Harness.run(["lint", folder]).stdout.contains("\u{1B}["))
        XCTAssertTrue(Harness.run(["lint", folder], terminal: true).stdout.contains("\u{1B}[31m"))
        XCTAssertFalse(Harness.run(["lint", folder], environment: ["NO_COLOR": "1"], terminal: true).stdout.contains("\u{1B}["))
    }

    func testOutputFileIsWrittenAndStdoutStaysEmpty() throws {
        let folder = try manifestFolder(#"{"service": {}}"#)
        let report = Harness.temporaryFolder().appendingPathComponent("report.json").path
        let result = Harness.run(["lint", "--format", "json", "--output", report, folder])
        XCTAssertEqual(result.stdout, "")
        let written = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(written.contains("\"reportVersion\": 1"))
    }

    func testEnglishMessagesAndTextCaret() throws {
        let folder = try manifestFolder("{\n  \"service\": {\"nmae\": \"医保\"}\n}")
        let result = Harness.run(["lint", "--lang", "en", folder])
        XCTAssertTrue(result.stdout.contains("unknown field 'nmae'; did you mean 'name'?"))
        XCTAssertTrue(result.stdout.contains("manifest.json:2:23  warning  manifest-unknown-field"))
        XCTAssertTrue(result.stdout.contains("  2 |   \"service\": {\"nmae\": \"医保\"}\n    |                       ^\n"))
    }

    func testDefaultTodayIsChinaTime() throws {
        // 1_795_476_800 is 2026-11-23 23:33:20 UTC: already the 24th in China.
        let folder = try manifestFolder(#"{"service": {}}"#)
        XCTAssertTrue(Harness.run(["lint", "--format", "json", folder]).stdout.contains("\"today\": \"2026-11-24\""))
    }
}

final class ProgressTests: XCTestCase {
    func testProgressOnlyOnATerminalStderr() {
        let quiet = Harness.run(["lint", "--today", "2026-11-23", "samples"])
        XCTAssertEqual(quiet.stderr, "")
        let shown = Harness.run(["lint", "--today", "2026-11-23", "--jobs", "1", "samples"], terminal: true)
        XCTAssertTrue(shown.stderr.contains("\r1/"), shown.stderr)
        XCTAssertTrue(shown.stderr.hasSuffix("\r\u{1B}[K"), "the progress line is cleared at the end")
        XCTAssertEqual(shown.stdout, Harness.run(["lint", "--today", "2026-11-23", "--jobs", "1", "samples"], terminal: true).stdout)
    }
}
