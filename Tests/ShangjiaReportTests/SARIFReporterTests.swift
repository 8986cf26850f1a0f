import Foundation
import ShangjiaCore
import XCTest
@testable import ShangjiaReport

final class SARIFReporterTests: XCTestCase {
    private func render(_ report: LintReport = Fixtures.report(), language: Language = .zh) -> String {
        SARIFReporter().render(report, settings: ReportSettings(language: language))
    }

    private func run(_ text: String) throws -> [String: Any] {
        let log = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
    }

    private func validate(_ logs: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let schema = try String(contentsOf: Fixtures.fixture("sarif-schema-2.1.0.json"), encoding: .utf8)
        let files = [("schema.json", schema)] + logs.enumerated().map { ("log-\($0.offset).sarif", $0.element) }
        let result = try PythonJSONSchema.run(PythonJSONSchema.validateScript, files: files)
        XCTAssertEqual(result.status, 0, "not valid SARIF 2.1.0:\n\(result.output)", file: file, line: line)
    }

    func testIsValidAgainstTheOfficialSchema() throws {
        try validate([render(), render(language: .en)])
    }

    func testRealSamplesAreValidToo() throws {
        try validate(try ["broken-service-listing", "waived-line-style", "broken-syntax-gbk"].map { render(try Fixtures.sampleReport($0)) })
    }

    func testDriverListsEveryRuleThatRanAndResultsIndexIntoIt() throws {
        let report = Fixtures.report()
        let run = try run(render(report))
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "shangjia")
        XCTAssertNil(driver["informationUri"], "no invented URI")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, report.rules.map(\.id))
        let probe = try XCTUnwrap(rules.first { $0["id"] as? String == "probe-rule" })
        XCTAssertEqual((probe["shortDescription"] as? [String: Any])?["text"] as? String, "探针规则")
        XCTAssertEqual((probe["fullDescription"] as? [String: Any])?["text"] as? String, "用于测试报告格式。")
        XCTAssertEqual((probe["help"] as? [String: Any])?["markdown"] as? String, RuleBook.page(for: ProbeRule.description))
        XCTAssertEqual((probe["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")

        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, report.manifests.flatMap(\.findings).count)
        for result in results {
            let index = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[index]["id"] as? String, result["ruleId"] as? String)
        }
        XCTAssertEqual(Set(results.compactMap { $0["level"] as? String }), ["error", "warning", "note"])
    }

    func testLocationsAreRepoRelativeURIsWithRegionsAndPointers() throws {
        let results = try XCTUnwrap(try run(render())["results"] as? [[String: Any]])
        let icon = try XCTUnwrap(results.first { ($0["message"] as? [String: Any])?["text"] as? String == ProbeRule.trickyMessage.zh + "\n换一个图标" })
        let location = try XCTUnwrap((icon["locations"] as? [[String: Any]])?.first)
        let physical = try XCTUnwrap(location["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String,
                       "samples/%E5%8C%BB%E4%BF%9D%20%E6%9C%8D%E5%8A%A1/manifest.json")
        let region = try XCTUnwrap(physical["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 6)
        XCTAssertEqual(region["startColumn"] as? Int, 13)
        let logical = try XCTUnwrap((location["logicalLocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(logical["fullyQualifiedName"] as? String, "/service/icon")
        XCTAssertEqual(logical["kind"] as? String, "member")

        let related = try XCTUnwrap(icon["relatedLocations"] as? [[String: Any]])
        XCTAssertEqual(related.count, 2)
        let file = try XCTUnwrap(related[0]["physicalLocation"] as? [String: Any])
        XCTAssertEqual((file["artifactLocation"] as? [String: Any])?["uri"] as? String,
                       "samples/%E5%8C%BB%E4%BF%9D%20%E6%9C%8D%E5%8A%A1/assets/%E5%9B%BE%E6%A0%87%201.png")
        let field = try XCTUnwrap(related[1]["physicalLocation"] as? [String: Any])
        XCTAssertEqual((field["region"] as? [String: Any])?["startLine"] as? Int, 2, "/application/status sits on line 2")
        XCTAssertEqual(((related[1]["logicalLocations"] as? [[String: Any]])?.first)?["fullyQualifiedName"] as? String, "/application/status")
    }

    func testWaivedFindingsCarryASuppressionAndFingerprintsAreStable() throws {
        let text = render()
        XCTAssertEqual(text, render(), "byte-identical output")
        let results = try XCTUnwrap(try run(text)["results"] as? [[String: Any]])
        let suppressed = results.filter { $0["suppressions"] != nil }
        XCTAssertEqual(suppressed.count, 1)
        let suppression = try XCTUnwrap((suppressed[0]["suppressions"] as? [[String: Any]])?.first)
        XCTAssertEqual(suppression["kind"] as? String, "inSource")
        XCTAssertEqual(suppression["justification"] as? String, Fixtures.waiverReason)
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] }
        XCTAssertEqual(fingerprints.count, results.count)
        XCTAssertEqual(Set(fingerprints).count, fingerprints.count)
    }

    func testURIReferences() {
        XCTAssertEqual(ArtifactPath.uri(ArtifactPath.repoRelative("./a b/清单.json")), "a%20b/%E6%B8%85%E5%8D%95.json")
        XCTAssertEqual(ArtifactPath.uri("/abs/x%y.json"), "file:///abs/x%25y.json")
        XCTAssertEqual(ArtifactPath.uri("c:d.json"), "c%3Ad.json", "a colon would read as a scheme")
        XCTAssertEqual(ArtifactPath.referenced("./assets/../icon.png", byManifest: "./s/manifest.json"), "s/icon.png")
        XCTAssertEqual(ArtifactPath.referenced("icon.png", byManifest: "manifest.json"), "icon.png")
        XCTAssertEqual(ArtifactPath.referenced("../shared/icon.png", byManifest: "manifest.json"), "../shared/icon.png")
    }
}
