import Foundation
import ShangjiaCore
import ShangjiaJSON
import XCTest
@testable import ShangjiaReport

final class GitHubReporterTests: XCTestCase {
    func testWorkflowCommandsPerFindingWithGitHubEscaping() {
        let lines = GitHubReporter().render(Fixtures.report(), settings: ReportSettings()).split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains(
            "::error file=samples/医保 服务/manifest.json,line=6,col=13,title=probe-rule::图标 <b>“坏”</b> & 100%25, a:b%0A第二行%0A换一个图标"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("::warning file=samples/医保 服务/manifest.json,line=4,") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("::notice file=samples/医保 服务/manifest.json,line=5,") })
        XCTAssertTrue(lines.contains { $0.hasPrefix("::error file=samples/broken/manifest.json,") && $0.contains("title=manifest-syntax::") })
        XCTAssertFalse(lines.contains { $0.contains("缺少PC端地址") }, "waived findings are not annotated")
        XCTAssertEqual(lines.filter { $0.hasPrefix("::") }.count, 4)
    }

    func testPropertyEscaping() {
        XCTAssertEqual(GitHubReporter.escapeData("50%\r\n,:"), "50%25%0D%0A,:")
        XCTAssertEqual(GitHubReporter.escapeProperty("a,b:c%\n"), "a%2Cb%3Ac%25%0A")
    }
}

final class GitLabReporterTests: XCTestCase {
    func testCodeQualityIssues() throws {
        let report = Fixtures.report()
        let text = GitLabReporter().render(report, settings: ReportSettings())
        XCTAssertEqual(text, GitLabReporter().render(report, settings: ReportSettings()))
        let issues = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        XCTAssertEqual(issues.count, 4, "every finding but the waived one")
        for issue in issues {
            for key in ["description", "check_name", "fingerprint", "severity"] { XCTAssertNotNil(issue[key] as? String, key) }
            let location = try XCTUnwrap(issue["location"] as? [String: Any])
            XCTAssertNotNil(location["path"] as? String)
            XCTAssertNotNil((location["lines"] as? [String: Any])?["begin"] as? Int)
        }
        XCTAssertEqual(issues.compactMap { $0["severity"] as? String }.sorted(), ["info", "major", "major", "minor"])
        let icon = try XCTUnwrap(issues.first { $0["description"] as? String == ProbeRule.trickyMessage.zh })
        XCTAssertEqual((icon["location"] as? [String: Any])?["path"] as? String, "samples/医保 服务/manifest.json")
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        XCTAssertEqual(Set(fingerprints).count, issues.count)
        XCTAssertTrue(fingerprints.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
    }

    func testFingerprintIsFNV1a64() {
        // Published FNV-1a 64 test vectors.
        XCTAssertEqual(Fingerprint.hex(Fingerprint.fnv1a64([""])), "cbf29ce484222325")
        XCTAssertEqual(Fingerprint.hex(Fingerprint.fnv1a64(["a"])), "af63dc4c8601ec8c")
        XCTAssertNotEqual(Fingerprint.fnv1a64(["ab", "c"]), Fingerprint.fnv1a64(["a", "bc"]))
    }

    func testFingerprintsDoNotDependOnTheLanguageAndTellRepeatsApart() throws {
        func fingerprints(_ language: Language) throws -> [String] {
            let text = GitLabReporter().render(Fixtures.report(language: language), settings: ReportSettings(language: language))
            let issues = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
            return issues.compactMap { $0["fingerprint"] as? String }
        }
        XCTAssertEqual(try fingerprints(.zh), try fingerprints(.en))
        let finding = Finding(rule: "r", severity: .error, message: "m", file: "f", pointer: JSONPointer(["a"]),
                              position: SourcePosition(line: 1, column: 1), source: nil)
        let twice = Fingerprint.all([finding, finding])
        XCTAssertNotEqual(twice[0], twice[1])
        XCTAssertEqual(twice[0], Fingerprint.all([finding])[0])
    }
}
