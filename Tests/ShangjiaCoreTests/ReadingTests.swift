import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

/// The readings issue 11 §1 corrected: each test failed on the reading before it.
final class ReadingTests: XCTestCase {
    private func lint(_ manifests: [(file: String, text: String)], files: [String: [UInt8]] = [:], language: Language = .zh) -> [String: [Finding]] {
        let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, language: language))
        let inspector = MemoryFileInspector(files: files)
        let inputs = manifests.map { LintInput(file: $0.file, bytes: Array($0.text.utf8), files: inspector) }
        var result: [String: [Finding]] = [:]
        for report in linter.lint(inputs).manifests { result[report.file] = report.findings }
        return result
    }

    private static let statement = ["materials/情况说明.pdf": SyntheticFiles.pdf()]
    private static let longName = #""service": {"name": "这是一个名字非常非常长的浙里办医保服务平台入口"}"#

    // MARK: waivers

    func testAWaiverWithAMalformedPathIsInvalidAndWaivesNothing() {
        let manifest = #"{\#(Self.longName), "waivers": [{"rule": "service-name-length", "path": "service/name", "reason": "已获批准", "statement": "materials/情况说明.pdf"}]}"#
        let all = findings(nil, manifest, files: Self.statement)
        XCTAssertEqual(all.filter { $0.rule == "waiver-valid" }.map(\.pointer.description), ["/waivers/0/path"])
        let length = all.filter { $0.rule == "service-name-length" }
        XCTAssertEqual(length.count, 1)
        XCTAssertFalse(length[0].waived, "a malformed path is not the root")
    }

    func testAWellFormedPathStillWaives() {
        for path in ["", "/service", "/service/name"] {
            let manifest = #"{\#(Self.longName), "waivers": [{"rule": "service-name-length", "path": "\#(path)", "reason": "已获批准", "statement": "materials/情况说明.pdf"}]}"#
            let all = findings(nil, manifest, files: Self.statement)
            XCTAssertEqual(all.filter { $0.rule == "waiver-valid" }.count, 0, path)
            XCTAssertEqual(all.filter { $0.rule == "service-name-length" }.map(\.waived), [true], path)
        }
    }

    func testAWaiverWhoseStatementIsMissingOrNoDocumentWaivesNothing() {
        let manifest = #"{\#(Self.longName), "waivers": [{"rule": "service-name-length", "reason": "已获批准", "statement": "materials/情况说明.pdf"}]}"#
        for files in [[:], ["materials/情况说明.pdf": SyntheticFiles.png(width: 2, height: 2) { _, _ in (0, 0, 0, 255) }]] {
            let all = findings(nil, manifest, files: files)
            XCTAssertEqual(all.filter { $0.rule == "waiver-valid" }.map(\.pointer.description), ["/waivers/0/statement"])
            XCTAssertEqual(all.filter { $0.rule == "service-name-length" }.map(\.waived), [false])
        }
        let withoutStatement = #"{\#(Self.longName), "waivers": [{"rule": "service-name-length", "reason": "已获批准"}]}"#
        XCTAssertEqual(findings(nil, withoutStatement).filter { $0.rule == "service-name-length" }.map(\.waived), [false])
    }

    func testRunFindingsCanBeWaived() {
        let waived = #"{"governance": {"appId": "hz_ybfw"}, "waivers": [{"rule": "app-id-unique", "path": "/governance/appId", "reason": "同一应用的两个环境", "statement": "materials/情况说明.pdf"}]}"#
        let plain = #"{"governance": {"appId": "hz_ybfw"}}"#
        let result = lint([("a/manifest.json", waived), ("b/manifest.json", plain)], files: Self.statement)
        let a = result["a/manifest.json"]!
        XCTAssertEqual(a.filter { $0.rule == "app-id-unique" }.map(\.waived), [true])
        XCTAssertEqual(a.filter { $0.rule == "waiver-valid" }.count, 0, "the waiver matched a run finding: it is not stale")
        XCTAssertEqual(result["b/manifest.json"]!.filter { $0.rule == "app-id-unique" }.map(\.waived), [false])
        let alone = lint([("a/manifest.json", waived)], files: Self.statement)["a/manifest.json"]!
        XCTAssertEqual(alone.filter { $0.rule == "waiver-valid" }.map(\.pointer.description), ["/waivers/0"], "a run waiver matching nothing is stale")
    }

    func testEveryRegisteredRuleIsKnownToConfigsAndWaiversWithoutOnline() throws {
        let ids = RuleRegistry.all.map { $0.description.id }
        let config = "{\"rules\": {" + ids.map { "\"\($0)\": \"warning\"" }.joined(separator: ", ") + "}}"
        XCTAssertNoThrow(try Configuration.parse(Array(config.utf8), knownRules: RuleRegistry.all.map { $0.description }))
        for id in ids where !WaiverValid.unwaivable.contains(id) {
            let manifest = #"{"shanghai": {}, "waivers": [{"rule": "\#(id)", "reason": "x", "statement": "materials/情况说明.pdf"}]}"#
            let invalid = findings(nil, manifest, files: Self.statement).filter { $0.rule == "waiver-valid" && $0.pointer.description == "/waivers/0/rule" }
            XCTAssertEqual(invalid.count, 0, id)
        }
    }

    // MARK: empty dates

    func testAnEmptyDateIsAbsentForEveryRule() {
        let running = findings(nil, #"{"application": {"status": "运行中", "launchDate": ""}, "service": {}}"#)
        XCTAssertEqual(running.filter { $0.rule == "manifest-field-type" }.count, 0)
        XCTAssertEqual(running.filter { $0.rule == "status-dates" }.map(\.pointer.description), ["/application/launchDate"])
        let retired = findings(nil, #"{"application": {"status": "运行中", "launchDate": "2025-01-01", "retiredDate": ""}, "service": {}}"#)
        XCTAssertEqual(retired.filter { $0.rule == "manifest-field-type" || $0.rule == "status-dates" }.count, 0)
        let planned = findings(nil, #"{"application": {"status": "建设中", "plannedLaunchDate": ""}, "service": {}}"#)
        XCTAssertEqual(planned.filter { $0.rule == "status-dates" }.map(\.pointer.description), ["/application/plannedLaunchDate"])
    }

    // MARK: release types

    func testCodeHostingLetsH5GoEitherWay() {
        XCTAssertEqual(paths("code-hosting", #"{"governance": {"releaseType": "H5", "codeHosted": false}}"#), [])
        XCTAssertEqual(paths("code-hosting", #"{"governance": {"releaseType": "H5", "codeHosted": true}}"#), [])
        XCTAssertEqual(paths("code-hosting", #"{"governance": {"releaseType": "小程序+PC", "codeHosted": false}}"#), ["/governance/codeHosted"])
        XCTAssertEqual(paths("code-hosting", #"{"governance": {"releaseType": "小程序", "codeHosted": true}}"#), ["/governance/codeHosted"])
    }

    func testAPortalOnlyApplicationMayBeH5() {
        XCTAssertEqual(paths("release-type-channel", #"{"governance": {"channels": ["数字化改革门户"], "releaseType": "H5"}}"#), [])
        XCTAssertEqual(paths("release-type-channel", #"{"governance": {"channels": ["数字化改革门户"], "releaseType": "H5改革门户"}}"#), [])
        XCTAssertEqual(paths("release-type-channel", #"{"governance": {"channels": ["数字化改革门户"], "releaseType": "小程序"}}"#), ["/governance/releaseType"])
    }

    // MARK: regions

    func testAFullPathRegionAcceptsItsLastPlaceAndNeverSuggestsAHalfStem() {
        let accepted = ["杭州市西湖区未来社区服务", "西湖区未来社区服务", "西湖未来社区服务", "杭州西湖区未来社区服务", "杭州市西湖未来社区服务", "浙江省杭州市西湖区未来社区服务"]
        for name in accepted {
            XCTAssertEqual(paths("app-name-region-prefix", #"{"application": {"name": "\#(name)", "region": "杭州市西湖区"}, "service": {}}"#), [], name)
        }
        for language in Language.allCases {
            let found = findings(nil, #"{"application": {"name": "未来社区服务", "region": "杭州市西湖区"}, "service": {}}"#, language: language)
                .filter { $0.rule == "app-name-region-prefix" }
            XCTAssertEqual(found.count, 1)
            let text = found[0].message + (found[0].hint ?? "")
            XCTAssertFalse(text.contains("杭州市西湖”") || text.contains("杭州市西湖'") || text.contains("杭州市西湖…"), text)
            XCTAssertTrue(text.contains("西湖区"), text)
        }
    }

    func testRegionsAreNeverGuessedFromAPrefix() {
        XCTAssertEqual(Regions.locate("宁波杭州湾新区"), .city("宁波"))
        XCTAssertEqual(Regions.locate("杭州湾新区"), .city("宁波"))
        XCTAssertEqual(Regions.locate("杭州湾某某区"), nil)
        XCTAssertEqual(Regions.locate("西湖某某"), nil)
        XCTAssertEqual(Regions.locate("杭州西湖区"), .city("杭州"))
        XCTAssertEqual(Regions.locate("义乌"), .city("金华"))
        XCTAssertEqual(Regions.locate("临平区南苑街道"), .city("杭州"))
        func region(_ region: String, _ chosen: String) -> [String] {
            paths("region-consistency", #"{"application": {"region": "\#(region)"}, "governance": {"region": "\#(chosen)"}}"#)
        }
        XCTAssertEqual(region("宁波杭州湾新区", "宁波"), [])
        XCTAssertEqual(region("宁波杭州湾新区", "杭州"), ["/governance/region"])
        XCTAssertEqual(region("杭州湾某某区", "宁波"), [], "an unknown place gets no finding")
        XCTAssertEqual(region("杭州湾某某区", "杭州"), [])
    }

    // MARK: addresses

    func testAMappedIPv4DuplicatesItsIPv4() {
        XCTAssertEqual(paths("egress-ip-public", #"{"governance": {"egressIps": ["60.191.22.33", "::ffff:60.191.22.33"]}}"#), ["/governance/egressIps/1"])
        XCTAssertEqual(paths("egress-ip-public", #"{"governance": {"egressIps": ["::ffff:3cbf:1621", "60.191.22.33"]}}"#), ["/governance/egressIps/1"])
    }

    func testIPv6OutsideGlobalUnicastIsNotPublic() {
        for text in ["::10.0.0.1", "::60.191.22.33", "4000::1", "e000::1", "100::ffff:1"] {
            XCTAssertNotNil(IPAddress(strict: text)?.nonPublicReason, text)
        }
        for text in ["2400:3200::1", "::ffff:60.191.22.33", "64:ff9b::3cbf:1621"] {
            XCTAssertNil(IPAddress(strict: text)?.nonPublicReason, text)
        }
        XCTAssertEqual(paths("egress-ip-public", #"{"governance": {"egressIps": ["::10.0.0.1"]}}"#), ["/governance/egressIps/0"])
    }

    // MARK: developer

    func testPhonesCompareAsNumbers() {
        for written in ["+86 139 0571 0002", "86-139-0571-0002", "139 0571 0002", "+8613905710002"] {
            let manifest = #"{"application": {"owner": {"submitter": {"name": "张三", "phone": "13905710002", "isStaff": true}}}, "developer": {"contacts": [{"name": "李四", "phone": "\#(written)"}]}, "service": {}}"#
            XCTAssertEqual(paths("developer-not-owner", manifest), ["/developer/contacts/0/phone"], written)
        }
        let other = #"{"application": {"owner": {"submitter": {"name": "张三", "phone": "13905710002", "isStaff": true}}}, "developer": {"contacts": [{"name": "李四", "phone": "+86 139 0571 0003"}]}, "service": {}}"#
        XCTAssertEqual(paths("developer-not-owner", other), [])
    }

    func testCreditCodeDivisionIsDigits() {
        let body = "9133A106MA2H4K5L6"
        let code = body + String(DeveloperCreditCode.checkCharacter(of: Array(body)))
        let found = findings(nil, #"{"developer": {"creditCode": "\#(code)"}, "shanghai": {}}"#, language: .en).filter { $0.rule == "developer-credit-code" }
        XCTAssertEqual(found.map(\.pointer.description), ["/developer/creditCode"])
        XCTAssertTrue(found.first?.message.contains("3–8") == true, found.first?.message ?? "")
    }

    // MARK: governance-templates

    func testTemplatesAreDistinctAsFiles() {
        var files: [String: [UInt8]] = [:]
        for index in 1...8 { files["t/\(index).pdf"] = SyntheticFiles.pdf() }
        files["a.pdf"] = SyntheticFiles.pdf()
        let names = ["./a.pdf", "a.pdf", "x/../a.pdf"] + (1...6).map { "t/\($0).pdf" }
        let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
        XCTAssertEqual(paths("governance-templates", #"{"governance": {"materials": {"templates": [\#(list)]}}}"#, files: files),
                       ["/governance/materials/templates", "/governance/materials/templates/1", "/governance/materials/templates/2"])
    }

    // MARK: plaintext-secret

    func testSecretKeysAreCaseInsensitiveSubstrings() {
        for key in ["passWord", "password2", "pwd1", "passwords", "dbPassword", "PassWord", "DB_PWD", "mySecretValue", "用户密码"] {
            XCTAssertTrue(PlaintextSecret.isSecretKey(key), key)
            XCTAssertEqual(paths("plaintext-secret", #"{"shanghai": {"\#(key)": "x1"}}"#), ["/shanghai/" + key], key)
        }
        for key in ["account", "keyword", "passage", "tokenUrl", "passwordPolicy", "secretName", "apiUrl", "monkey"] {
            XCTAssertFalse(PlaintextSecret.isSecretKey(key), key)
        }
    }

    // MARK: files

    func testShanghaiIconFormatIsAWarning() {
        let gif = Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 20)
        let found = findings(nil, #"{"shanghai": {"logo": "assets/logo.png"}}"#, files: ["assets/logo.png": gif]).filter { $0.rule == "icon-format" }
        XCTAssertEqual(found.map(\.severity), [.warning])
        let service = findings(nil, #"{"service": {"icon": "assets/logo.png"}}"#, files: ["assets/logo.png": gif]).filter { $0.rule == "icon-format" }
        XCTAssertEqual(service.map(\.severity), [.error])
    }

    func testContentMessagesNameWhatTheFileIs() {
        let cases: [(bytes: [UInt8], zh: String, en: String)] = [
            (Array(#"{\rtf1\ansi hello}"#.utf8), "RTF", "RTF"),
            (Array("<!DOCTYPE html><html><body>x</body></html>".utf8), "HTML", "HTML"),
            (Array("\u{FEFF}<html><head></head></html>".utf8), "HTML", "HTML"),
            (Array("name,phone,unit\n张三,13800000000,某局\n李四,13900000000,某局\n".utf8), "CSV", "CSV"),
            (Array("RIFF".utf8) + [0x20, 0, 0, 0] + Array("WEBPVP8 ".utf8) + [UInt8](repeating: 0, count: 20), "WebP", "WebP"),
            (Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 20), "GIF", "GIF"),
            ([0x1A, 0x45, 0xDF, 0xA3] + [UInt8](repeating: 0, count: 20), "Matroska/WebM", "Matroska/WebM"),
            (Array("RIFF".utf8) + [0x20, 0, 0, 0] + Array("AVI LIST".utf8) + [UInt8](repeating: 0, count: 20), "AVI", "AVI"),
            (SyntheticFiles.zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>")]), "OpenDocument", "OpenDocument"),
            (SyntheticFiles.zip([("[Content_Types].xml", "<x/>"), ("ppt/presentation.xml", "<x/>")]), "PowerPoint", "PowerPoint"),
            ([137, 80, 78, 71, 13, 10, 26, 10] + SyntheticFiles.pngChunk("CgBI", [0x50, 0, 0x20, 0x06]) + Array(SyntheticFiles.png(width: 2, height: 2) { _, _ in (0, 0, 0, 255) }.dropFirst(8)),
             "CgBI", "CgBI"),
        ]
        for (index, item) in cases.enumerated() {
            for language in Language.allCases {
                let found = findings(nil, #"{"service": {"materials": {"applicationForm": "materials/申请.pdf"}}}"#, files: ["materials/申请.pdf": item.bytes], language: language)
                    .filter { $0.rule == "material-file" || $0.rule == "service-materials" }
                XCTAssertEqual(found.count, 2, "case \(index)")
                for finding in found {
                    XCTAssertTrue(finding.message.contains(language == .zh ? item.zh : item.en), "case \(index): \(finding.message)")
                    let doubled = language == .zh ? finding.message.components(separatedBy: "内容").count > 2 : finding.message.components(separatedBy: "by content").count > 2 || finding.message.contains("content (it is")
                    XCTAssertFalse(doubled, finding.message)
                }
            }
        }
    }

    func testAnAppleCgBIIconIsNamed() {
        let cgbi: [UInt8] = [137, 80, 78, 71, 13, 10, 26, 10] + SyntheticFiles.pngChunk("CgBI", [0x50, 0, 0x20, 0x06])
            + Array(SyntheticFiles.png(width: 180, height: 180) { _, _ in (0, 0, 0, 255) }.dropFirst(8))
        let found = findings(nil, #"{"service": {"icon": "assets/icon.png"}}"#, files: ["assets/icon.png": cgbi], language: .en).filter { $0.rule == "icon-integrity" }
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.message.contains("Apple CgBI PNG") == true, found.first?.message ?? "")
    }
}
