import Foundation
import ShangjiaCore
import ShangjiaReport
import XCTest

/// `rules/` is generated from the rule definitions; this fails when they drift.
/// Regenerate with `swift run shangjia rules --book rules`.
final class RuleBookTests: XCTestCase {
    func testRuleBookMatchesTheDefinitions() throws {
        let folder = Harness.packageRoot + "/rules"
        let expected = RuleBook.files(RuleRegistry.all.map { $0.description })
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        XCTAssertEqual(present, Set(expected.map(\.name)), "rules/ has extra or missing pages; run: swift run shangjia rules --book rules")
        for file in expected {
            let text = try String(contentsOfFile: folder + "/" + file.name, encoding: .utf8)
            XCTAssertEqual(text, file.text, "rules/\(file.name) drifted; run: swift run shangjia rules --book rules")
        }
    }

    func testExplainPrintsTheRulePage() {
        let result = Harness.run(["explain", "required-field"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("# required-field\n"))
        XCTAssertTrue(result.stdout.contains("《IRS应用发布》用户手册"))
        XCTAssertEqual(Harness.run(["explain", "no-such-rule"]).status, 2)
    }
}
