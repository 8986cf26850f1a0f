import Foundation
import XCTest

/// Every folder in samples/ is an application with its golden JSON report
/// (`expected.json`, linted with --today 2026-11-23). Set SHANGJIA_UPDATE_GOLDEN=1 to rewrite them.
final class SampleTests: XCTestCase {
    static let today = "2026-11-23"

    static func samples() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Harness.packageRoot + "/samples")
            .filter { FileManager.default.fileExists(atPath: Harness.packageRoot + "/samples/\($0)/manifest.json") }
            .sorted()
    }

    func testEverySampleMatchesItsGoldenReport() throws {
        let names = try Self.samples()
        XCTAssertGreaterThanOrEqual(names.count, 8)
        let update = ProcessInfo.processInfo.environment["SHANGJIA_UPDATE_GOLDEN"] == "1"
        for name in names {
            let result = Harness.run(["lint", "--today", Self.today, "--format", "json", "samples/\(name)/manifest.json"])
            XCTAssertTrue(result.stderr.isEmpty, "\(name): \(result.stderr)")
            let goldenPath = Harness.packageRoot + "/samples/\(name)/expected.json"
            if update { try result.stdout.write(toFile: goldenPath, atomically: true, encoding: .utf8) }
            let golden = try String(contentsOfFile: goldenPath, encoding: .utf8)
            XCTAssertEqual(result.stdout, golden, "samples/\(name) differs from expected.json")
            let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let summary = parsed?["summary"] as? [String: Any]
            XCTAssertEqual(result.status, (summary?["errors"] as? Int ?? 0) > 0 ? 1 : 0, name)
        }
    }

    func testCleanSamplesHaveNoErrorsOrWarnings() throws {
        for name in try Self.samples() where name.hasPrefix("clean-") {
            let result = Harness.run(["lint", "--today", Self.today, "--format", "json", "samples/\(name)"])
            let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let summary = try XCTUnwrap(parsed["summary"] as? [String: Int])
            XCTAssertEqual(summary["errors"], 0, name)
            XCTAssertEqual(summary["warnings"], 0, name)
            XCTAssertEqual(result.status, 0, name)
        }
    }

    func testBrokenSamplesFail() throws {
        for name in try Self.samples() where name.hasPrefix("broken-") {
            XCTAssertEqual(Harness.run(["lint", "--today", Self.today, "samples/\(name)"]).status, 1, name)
        }
    }
}
