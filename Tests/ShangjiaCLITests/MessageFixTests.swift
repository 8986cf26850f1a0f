import Foundation
import XCTest

/// Messages that say how to fix the mistake, each with the input that a user typed.
final class MessageFixTests: XCTestCase {
    /// Lints `manifest` (with `files` beside it) and returns its findings from the JSON report.
    private func findings(_ manifest: String, files: [String: String] = [:], language: String = "zh") throws -> [[String: Any]] {
        var tree = files
        tree["manifest.json"] = manifest
        let folder = try Harness.tree(tree)
        let result = Harness.run(["lint", "--no-config", "--lang", language, "--format", "json", folder + "/manifest.json"])
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        return (report["manifests"] as! [[String: Any]])[0]["findings"] as! [[String: Any]]
    }

    private func finding(_ findings: [[String: Any]], rule: String, path: String) -> [String: Any]? {
        findings.first { $0["rule"] as? String == rule && $0["path"] as? String == path }
    }

    func testFullWidthEnumValueNamesTheValueToPaste() throws {
        let all = try findings(#"{"application": {"level": "县（市、区）"}, "governance": {"releaseType": "Ｈ５"}}"#)
        let level = try XCTUnwrap(finding(all, rule: "manifest-field-type", path: "/application/level"))
        XCTAssertEqual(level["hint"] as? String, "“县（市、区）” 含全角字符，看起来与 “县(市、区)” 相同但并不相等：请原样复制粘贴 县(市、区)")
        let english = try findings(#"{"governance": {"releaseType": "Ｈ５"}}"#, language: "en")
        XCTAssertEqual(finding(english, rule: "manifest-field-type", path: "/governance/releaseType")?["hint"] as? String,
                       "'Ｈ５' has full-width characters: it looks like 'H5' but is not; paste exactly H5")
    }

    func testCloseEnumValueGetsADidYouMean() throws {
        let all = try findings(#"{"governance": {"region": "宁波市", "releaseType": "APP"}}"#)
        XCTAssertEqual(finding(all, rule: "manifest-field-type", path: "/governance/region")?["hint"] as? String, "是否想写 “宁波”？")
        // Nothing close: no guess.
        XCTAssertNil(finding(all, rule: "manifest-field-type", path: "/governance/releaseType")?["hint"])
    }

    func testBackslashInAMaterialPath() throws {
        let files = ["materials/建设方案.pdf": "%PDF-1.4"]
        let all = try findings(#"{"application": {"constructionPlan": "materials\\建设方案.pdf"}, "service": {"materials": {"screenshots": ["materials\new.png"]}}}"#, files: files)
        let plan = try XCTUnwrap(finding(all, rule: "material-file", path: "/application/constructionPlan"))
        XCTAssertEqual(plan["hint"] as? String, "路径用 “/” 分隔，不用 “\\”：写作 “materials/建设方案.pdf”")
        // `\n` became a line break: the message shows it escaped, never raw.
        let shot = try XCTUnwrap(finding(all, rule: "material-file", path: "/service/materials/screenshots/0"))
        let message = try XCTUnwrap(shot["message"] as? String)
        XCTAssertTrue(message.contains("materials\\new.png"), message)
        XCTAssertFalse(message.contains("\n"))
        XCTAssertTrue((shot["hint"] as? String)?.contains("路径用 “/” 分隔") == true)
    }

    func testInvalidEscapeInJSONSourceSaysToUseSlash() throws {
        let all = try findings(#"{"service": {"icon": "assets\icon.png"}}"#, language: "en")
        XCTAssertEqual(all.count, 1)
        XCTAssertEqual(all[0]["message"] as? String, "invalid escape '\\i'")
        XCTAssertTrue((all[0]["hint"] as? String)?.contains("separate path folders with “/”") == true)
    }

    func testCommentsAndTrailingCommas() throws {
        let comment = try findings("{\n  \"service\": {} // 服务侧\n}")
        XCTAssertEqual(comment[0]["message"] as? String, "JSON 不允许注释")
        XCTAssertEqual(comment[0]["line"] as? Int, 2)
        XCTAssertEqual(comment[0]["column"] as? Int, 17)
        let block = try findings("{/* x */}", language: "en")
        XCTAssertEqual(block[0]["message"] as? String, "JSON allows no comments")
        // In an array as in an object, at the comma itself.
        let array = try findings("{\"a\": [1,\n  2,\n]}", language: "en")
        XCTAssertEqual(array[0]["message"] as? String, "a comma after the last item: JSON allows no trailing comma")
        XCTAssertEqual([array[0]["line"] as? Int, array[0]["column"] as? Int], [2, 4])
        let object = try findings(#"{"a": 1,}"#)
        XCTAssertEqual(object[0]["message"] as? String, "最后一项后面多了逗号：JSON 不允许末尾逗号")
        XCTAssertEqual(object[0]["column"] as? Int, 8)
        // Entirely in the chosen language: no English inside a Chinese message.
        let key = try findings(#"{"a": 1, 2}"#)
        XCTAssertEqual(key[0]["message"] as? String, "此处应为带引号的键（如 \"name\"），实际是 “2”")
    }

    func testDateWrittenWithSlashesIsAFormatError() throws {
        let all = try findings(#"{"application": {"plannedLaunchDate": "2027/03/01", "launchDate": "2027-02-30", "retiredDate": "2027年3月1日"}}"#)
        let planned = try XCTUnwrap(finding(all, rule: "manifest-field-type", path: "/application/plannedLaunchDate"))
        XCTAssertTrue((planned["message"] as? String)?.contains("格式不对") == true)
        XCTAssertEqual(planned["hint"] as? String, "写作 “2027-03-01”")
        XCTAssertEqual(finding(all, rule: "manifest-field-type", path: "/application/retiredDate")?["hint"] as? String, "写作 “2027-03-01”")
        let impossible = try XCTUnwrap(finding(all, rule: "manifest-field-type", path: "/application/launchDate"))
        XCTAssertTrue((impossible["message"] as? String)?.contains("不是真实存在的日期") == true)
    }

    func testTLSVersionSpeltAnotherWayIsAFormatHint() throws {
        let all = try findings(#"{"shanghai": {"tlsVersions": ["TLSv1.2", "1.0"]}}"#, language: "en")
        let spelt = try XCTUnwrap(finding(all, rule: "shanghai-tls", path: "/shanghai/tlsVersions/0"))
        XCTAssertTrue((spelt["message"] as? String)?.contains("versions are written as numbers") == true, "\(spelt)")
        XCTAssertEqual(spelt["hint"] as? String, "write the version as “1.2”")
        let old = try XCTUnwrap(finding(all, rule: "shanghai-tls", path: "/shanghai/tlsVersions/1"))
        XCTAssertTrue((old["message"] as? String)?.contains("only TLS") == true)
    }

    func testNonUTF8SnippetIsEscaped() throws {
        let folder = Harness.temporaryFolder()
        try Data([0x7B, 0x22, 0x61, 0x22, 0x3A, 0x20, 0x22, 0xB6, 0xD4, 0x00, 0x22, 0x7D]).write(to: folder.appendingPathComponent("manifest.json"))
        let result = Harness.run(["lint", "--no-config", folder.path + "/manifest.json"])
        XCTAssertTrue(result.stdout.contains("  1 | {\"a\": \"\\xB6\\xD4\\u0000\"}\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{0}"))
        XCTAssertFalse(result.stdout.contains("\u{FFFD}"))
    }
}
