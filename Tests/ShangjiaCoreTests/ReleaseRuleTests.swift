import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

/// Boundaries of the 服务侧 / 治理侧 / 一网协同 release rules, beyond each rule's examples.
final class ReleaseRuleTests: XCTestCase {
    /// A JSON string literal, so test values need no escaping by hand.
    private func json(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            default: return String(scalar)
            }
        }.joined() + "\""
    }

    // MARK: service-name-length

    func testNameOfTwentyCharactersPassesAndTwentyOneFails() {
        let twenty = String(repeating: "医", count: 20)
        XCTAssertEqual(paths("service-name-length", #"{"service": {"name": \#(json(twenty))}, "governance": {"name": \#(json(twenty))}}"#), [])
        XCTAssertEqual(paths("service-name-length", #"{"service": {"name": \#(json(twenty + "保"))}, "governance": {"name": \#(json(twenty + "保"))}}"#),
                       ["/governance/name", "/service/name"])
    }

    func testNameLengthCountsGraphemeClusters() {
        let accented = "e\u{301}"                              // e + combining acute: one character
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"            // ZWJ sequence: one character
        XCTAssertEqual((accented + family).count, 2)
        let twenty = String(repeating: accented, count: 10) + String(repeating: family, count: 10)
        XCTAssertTrue(findings("service-name-length", #"{"service": {"name": \#(json(twenty))}}"#).isEmpty)
        let twentyOne = twenty + accented
        let found = findings("service-name-length", #"{"service": {"name": \#(json(twentyOne))}}"#)
        XCTAssertEqual(found.map(\.pointer.description), ["/service/name"])
        XCTAssertEqual(found.first?.message, "服务名称（/service/name）有 21 个字符，上限 20")
    }

    func testNameLengthSkipsMissingBlankAndNonStringNames() {
        let blank = String(repeating: "\u{3000}", count: 30)
        XCTAssertTrue(findings("service-name-length", #"{"service": {"name": \#(json(blank))}, "governance": {"name": 42}}"#).isEmpty)
        XCTAssertTrue(findings("service-name-length", #"{"service": {}, "governance": {"name": null}}"#).isEmpty)
    }

    // MARK: service-intro-length

    func testIntroOfOneHundredCharactersPassesAndOneHundredOneFails() {
        let hundred = String(repeating: "介绍文字，", count: 20)
        XCTAssertEqual(hundred.count, 100)
        XCTAssertEqual(paths("service-intro-length", #"{"service": {"intro": \#(json(hundred))}, "governance": {"intro": \#(json(hundred))}}"#), [])
        XCTAssertEqual(paths("service-intro-length", #"{"service": {"intro": \#(json(hundred + " "))}, "governance": {"intro": \#(json(hundred))}}"#),
                       ["/service/intro"])
    }

    // MARK: service-name-charset

    func testNameCharsetAcceptsHanziLettersDigitsAndUnderscore() {
        for name in ["医保服务", "Yibao_2026", "y医保_1", "㐀䶵服务"] {
            XCTAssertTrue(findings("service-name-charset", #"{"service": {"name": \#(json(name))}}"#).isEmpty, name)
        }
    }

    func testNameCharsetRejectsBadStartsAndCharacters() {
        for name in ["_医保", "1医保", "医保 服务", "医保-服务", "医保。", "é医保", "医保😀", "“浙里办”医保"] {
            XCTAssertEqual(paths("service-name-charset", #"{"governance": {"name": \#(json(name))}}"#), ["/governance/name"], name)
        }
    }

    func testFullWidthFormsAreNeitherLettersNorDigits() {
        let found = findings("service-name-charset", #"{"service": {"name": "医保ＡＢ１"}}"#)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message, "服务名称（/service/name）含有不允许的字符 “Ａ”、“Ｂ”、“１”")
        XCTAssertTrue(found.first?.hint?.contains("全角") == true)
        let start = findings("service-name-charset", #"{"service": {"name": "Ａ医保"}}"#, language: .en)
        XCTAssertEqual(start.first?.message, "service name (/service/name) starts with “Ａ” instead of a letter or 汉字 and contains characters that are not allowed: “Ａ”")
    }

    func testInvisibleCharactersAreShownAsCodePoints() {
        let found = findings("service-name-charset", #"{"service": {"name": "医保\u3000服务\u200B"}}"#)
        XCTAssertEqual(found.first?.message, "服务名称（/service/name）含有不允许的字符 U+3000、U+200B")
    }

    // MARK: release-type-channel

    private func releaseTypeFires(_ section: String, _ channels: [String], _ type: String) -> Bool {
        let list = channels.map(json).joined(separator: ", ")
        return !findings("release-type-channel", #"{"\#(section)": {"channels": [\#(list)], "releaseType": \#(json(type))}}"#).isEmpty
    }

    func testServiceReleaseTypeCombinations() {
        let mobileTypes = ["H5", "小程序", "小程序+PC"]
        for channels in [["浙里办APP"], ["浙里办APP", "政务服务网"], ["政务服务网", "浙里办APP"]] {
            for type in mobileTypes { XCTAssertFalse(releaseTypeFires("service", channels, type), "\(channels) \(type)") }
            XCTAssertTrue(releaseTypeFires("service", channels, "PC"), "\(channels) PC")
        }
        XCTAssertFalse(releaseTypeFires("service", ["政务服务网"], "PC"))
        for type in mobileTypes { XCTAssertTrue(releaseTypeFires("service", ["政务服务网"], type), type) }
    }

    func testGovernanceReleaseTypeCombinations() {
        let mobileTypes = ["H5", "小程序", "小程序+PC"]
        for channels in [["浙政钉"], ["浙政钉", "数字化改革门户"]] {
            for type in mobileTypes { XCTAssertFalse(releaseTypeFires("governance", channels, type), "\(channels) \(type)") }
            XCTAssertTrue(releaseTypeFires("governance", channels, "H5改革门户"), "\(channels) H5改革门户")
        }
        XCTAssertFalse(releaseTypeFires("governance", ["数字化改革门户"], "H5改革门户"))
        XCTAssertFalse(releaseTypeFires("governance", ["数字化改革门户"], "H5"), "a portal-only application may be H5")
        for type in ["小程序", "小程序+PC"] { XCTAssertTrue(releaseTypeFires("governance", ["数字化改革门户"], type), type) }
    }

    func testReleaseTypeSkipsWhatOtherRulesReport() {
        XCTAssertFalse(releaseTypeFires("service", [], "PC"))
        XCTAssertFalse(releaseTypeFires("service", ["浙里办APP"], "H5改革门户"))   // a type error, not a mismatch
        XCTAssertFalse(releaseTypeFires("governance", ["浙里办APP"], "H5"))
        XCTAssertTrue(findings("release-type-channel", #"{"service": {"channels": ["浙里办APP"]}}"#).isEmpty)
    }

    func testReleaseTypeFindingNamesTheChannelsAndRelatesThem() {
        let found = findings("release-type-channel", #"{"governance": {"channels": ["数字化改革门户"], "releaseType": "小程序"}}"#)
        XCTAssertEqual(found.first?.message, "发布类型（/governance/releaseType）为 小程序，但发布端只有 数字化改革门户，应为 H5、H5改革门户")
        XCTAssertEqual(found.first?.related, [.field(.governanceChannels)])
    }

    // MARK: code-hosting

    func testCodeHostingAgreesWithEachReleaseType() {
        let cases: [(String, Bool, Bool)] = [
            ("H5", true, false), ("H5", false, false),
            ("小程序+PC", true, false), ("小程序+PC", false, true),
            ("小程序", false, false), ("小程序", true, true),
            ("H5改革门户", true, false), ("H5改革门户", false, false),
        ]
        for (type, hosted, fires) in cases {
            let found = findings("code-hosting", #"{"governance": {"releaseType": \#(json(type)), "codeHosted": \#(hosted)}}"#)
            XCTAssertEqual(found.map(\.pointer.description), fires ? ["/governance/codeHosted"] : [], "\(type) \(hosted)")
        }
    }

    func testCodeHostingSkipsAbsentOrMistypedValues() {
        XCTAssertTrue(findings("code-hosting", #"{"governance": {"releaseType": "小程序"}}"#).isEmpty)
        XCTAssertTrue(findings("code-hosting", #"{"governance": {"releaseType": "小程序", "codeHosted": "是"}}"#).isEmpty)
        XCTAssertTrue(findings("code-hosting", #"{"governance": {"codeHosted": true}}"#).isEmpty)
    }

    // MARK: individual-three-ends

    func testThreeEndsNamesTheMissingOnes() {
        let found = findings("individual-three-ends", #"{"service": {"channels": ["浙里办APP"], "userType": "个人", "listingEnds": ["支付宝"]}}"#)
        XCTAssertEqual(found.map(\.pointer.description), ["/service/listingEnds"])
        XCTAssertEqual(found.first?.message, "服务用户类型为 个人 且发布到浙里办APP，上架端（/service/listingEnds）缺少 浙里办APP、微信")
    }

    func testThreeEndsAppliesOnlyToIndividualsOn浙里办() {
        let ends = #"["浙里办APP"]"#
        XCTAssertFalse(findings("individual-three-ends", #"{"service": {"channels": ["浙里办APP"], "userType": "个人和法人", "listingEnds": \#(ends)}}"#).isEmpty)
        XCTAssertTrue(findings("individual-three-ends", #"{"service": {"channels": ["浙里办APP"], "userType": "法人", "listingEnds": \#(ends)}}"#).isEmpty)
        XCTAssertTrue(findings("individual-three-ends", #"{"service": {"channels": ["政务服务网"], "userType": "个人", "listingEnds": \#(ends)}}"#).isEmpty)
        XCTAssertTrue(findings("individual-three-ends", #"{"service": {"channels": ["浙里办APP"], "listingEnds": \#(ends)}}"#).isEmpty)
        XCTAssertTrue(findings("individual-three-ends", #"{"service": {"channels": ["浙里办APP"], "userType": "个人", "listingEnds": "浙里办APP"}}"#).isEmpty)
    }

    // MARK: governance booleans

    func testBooleanRulesSkipMissingValuesAndFireOnlyOnTheWrongOne() {
        XCTAssertTrue(findings("governance-sso", #"{"governance": {}}"#).isEmpty)
        XCTAssertTrue(findings("governance-sso", #"{"governance": {"sso": "true"}}"#).isEmpty)
        XCTAssertEqual(paths("governance-sso", #"{"governance": {"sso": false}}"#), ["/governance/sso"])
        XCTAssertTrue(findings("governance-no-vpn", #"{"governance": {"usesVpn": null}}"#).isEmpty)
        XCTAssertEqual(paths("governance-no-vpn", #"{"governance": {"usesVpn": true}}"#), ["/governance/usesVpn"])
        XCTAssertTrue(findings("senior-leaders-unified", #"{"governance": {"openToSeniorLeaders": true}}"#).isEmpty)
        XCTAssertTrue(findings("senior-leaders-unified", #"{"governance": {"unified": false}}"#).isEmpty)
        XCTAssertEqual(paths("senior-leaders-unified", #"{"governance": {"openToSeniorLeaders": true, "unified": false}}"#), ["/governance/unified"])
    }

    func testStabilityMonitoringIsExemptOnlyFor小程序() {
        for type in ["H5", "小程序+PC", "H5改革门户"] {
            XCTAssertEqual(paths("governance-monitoring", #"{"governance": {"releaseType": \#(json(type)), "monitoring": {"stability": false, "analytics": true}}}"#),
                           ["/governance/monitoring/stability"], type)
        }
        XCTAssertTrue(findings("governance-monitoring", #"{"governance": {"releaseType": "小程序", "monitoring": {"stability": false, "analytics": true}}}"#).isEmpty)
        XCTAssertTrue(findings("governance-monitoring", #"{"governance": {"monitoring": {"stability": false}}}"#).isEmpty)
        XCTAssertEqual(paths("governance-monitoring", #"{"governance": {"releaseType": "小程序", "monitoring": {"analytics": false}}}"#),
                       ["/governance/monitoring/analytics"])
    }

    // MARK: shanghai-name

    func testShanghaiNameLengthBounds() {
        for (name, fires) in [("协", true), ("协同", false), ("一网协同移动办公", false), ("一网协同移动办公室", true)] {
            XCTAssertEqual(findings("shanghai-name", #"{"shanghai": {"name": \#(json(name))}}"#).isEmpty, !fires, name)
        }
    }

    func testShanghaiNameWordsAndCharacters() {
        for word in ["微信", "测试", "免费"] {
            XCTAssertFalse(findings("shanghai-name", #"{"shanghai": {"name": "\#(word)办公"}}"#).isEmpty, word)
        }
        let found = findings("shanghai-name", #"{"shanghai": {"name": "免费_办公"}}"#)
        XCTAssertEqual(found.first?.severity, .warning)
        XCTAssertEqual(found.first?.message, "应用名称（/shanghai/name）含有特殊词汇 “免费”，含有特殊字符 “_”")
        XCTAssertFalse(findings("shanghai-name", #"{"shanghai": {"name": "协同ＯＡ"}}"#).isEmpty)
    }

    func testShanghaiNameWordsAreConfigurable() {
        var settings = RuleSettings()
        settings[ShanghaiName.words] = ["平台"]
        let configuration = Configuration(rules: ["shanghai-name": settings])
        let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, configuration: configuration))
        func run(_ name: String) -> [Finding] {
            let input = LintInput(file: "manifest.json", bytes: Array(#"{"shanghai": {"name": \#(json(name))}}"#.utf8), files: MemoryFileInspector(files: [:]))
            return linter.lint([input]).manifests[0].findings.filter { $0.rule == "shanghai-name" }
        }
        XCTAssertTrue(run("微信办公").isEmpty)
        XCTAssertFalse(run("办公平台").isEmpty)
    }

    // MARK: shanghai-tls

    func testTlsNamesEachOffendingVersion() {
        let found = findings("shanghai-tls", #"{"shanghai": {"tlsVersions": ["1.2", "1.0", "1.3", "1.1", "SSLv3"]}}"#)
        XCTAssertEqual(found.map(\.pointer.description).sorted(), ["/shanghai/tlsVersions/1", "/shanghai/tlsVersions/3", "/shanghai/tlsVersions/4"])
        XCTAssertTrue(found.map(\.message).joined().contains("“SSLv3”"))
    }

    func testTlsHintsThePlainSpellingAndSkipsOtherRulesCases() {
        XCTAssertEqual(findings("shanghai-tls", #"{"shanghai": {"tlsVersions": ["TLS 1.2"]}}"#).first?.hint, "版本号写作 “1.2”")
        XCTAssertTrue(findings("shanghai-tls", #"{"shanghai": {"tlsVersions": []}}"#).isEmpty)
        XCTAssertTrue(findings("shanghai-tls", #"{"shanghai": {"tlsVersions": "1.2"}}"#).isEmpty)
        XCTAssertTrue(findings("shanghai-tls", #"{"shanghai": {"tlsVersions": [1.2]}}"#).isEmpty)
    }
}
