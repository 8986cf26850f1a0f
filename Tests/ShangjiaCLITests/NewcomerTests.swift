import Foundation
import XCTest

/// Small things a newcomer hit: the rule list, rule pages, plurals, field guidance, samples.
final class NewcomerTests: XCTestCase {
    func testRulesHasAHeaderALegendAndTakesLang() {
        let english = Harness.run(["rules", "--lang", "en"])
        XCTAssertEqual(english.status, 0)
        XCTAssertTrue(english.stdout.hasPrefix("RULE "), english.stdout)
        XCTAssertTrue(english.stdout.contains("Targets: A = IRS application catalog; S = service side"), english.stdout)
        XCTAssertTrue(english.stdout.contains("The service name has at most 20 characters"))
        XCTAssertFalse(english.stdout.contains("服务名称不超过"))
        let chinese = Harness.run(["rules"])
        XCTAssertTrue(chinese.stdout.hasPrefix("规则 "), chinese.stdout)
        XCTAssertTrue(chinese.stdout.contains("适用：A = IRS 应用注册（编目）"))
    }

    func testExplainListsOnlyTheFilesAnExampleNamesWithTheirContent() {
        let page = Harness.run(["explain", "governance-templates", "--lang", "en"]).stdout
        XCTAssertTrue(page.contains("- `t/1.docx` — content: 180×180 PNG line icon"), page)
        XCTAssertFalse(page.contains("`t/1.pdf`"), "t/1.pdf is in the folder but no manifest names it")
        XCTAssertFalse(page.contains("默认级别"), "--lang en: English only")
        let both = Harness.run(["explain", "governance-templates"]).stdout
        XCTAssertTrue(both.contains("默认级别 · default severity"))
    }

    func testEnglishPluralsInMessages() throws {
        let folder = Harness.temporaryFolder()
        try #"{"service": {"name": "一二三四五六七八九十一二三四五六七八九十一"}}"#.write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let result = Harness.run(["lint", "--no-config", "--lang", "en", folder.path])
        XCTAssertTrue(result.stdout.contains("hint: remove 1 character\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("\n1 manifest: "), result.stdout)
    }

    func testFormatRulesCiteADash() throws {
        let folder = Harness.temporaryFolder()
        try #"{"service": {"name": 5}}"#.write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let result = Harness.run(["lint", "--no-config", folder.path])
        XCTAssertTrue(result.stdout.contains("manifest-field-type  服务名称（/service/name） 应为字符串"), result.stdout)
        XCTAssertTrue(result.stdout.contains("  依据：—（格式要求）\n"), result.stdout)
    }

    func testPasswordUnderTheTestAccountGetsItsOwnHint() throws {
        let folder = Harness.temporaryFolder()
        try #"{"governance": {"materials": {"testAccount": {"account": "t1", "password": "x"}}}}"#
            .write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        let result = Harness.run(["lint", "--no-config", "--lang", "en", folder.path])
        XCTAssertTrue(result.stdout.contains("hint: keep passwords out of the manifest"), result.stdout)
    }

    func testFreeTextFieldsSayWhatToWrite() throws {
        let schema = try JSONSerialization.jsonObject(with: Data(Harness.run(["schema"]).stdout.utf8)) as! [String: Any]
        let shanghai = ((schema["properties"] as! [String: Any])["shanghai"] as! [String: Any])["properties"] as! [String: Any]
        for key in ["description", "category", "theme", "visibility"] {
            let description = (shanghai[key] as! [String: Any])["description"] as! String
            XCTAssertTrue(description.contains(": "), "\(key): \(description)")
        }
    }

    func testTheREADMEsSamplesRunIsCleanWhereItSaysClean() throws {
        // Linted together, so app-id-unique compares them: no two samples share an 应用标识 by accident.
        let result = Harness.run(["lint", "--today", SampleTests.today, "--format", "json", "samples/"])
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        for manifest in report["manifests"] as! [[String: Any]] where (manifest["file"] as! String).contains("/clean-") {
            let summary = manifest["summary"] as! [String: Int]
            XCTAssertEqual(summary["errors"], 0, manifest["file"] as! String)
        }
    }
}
