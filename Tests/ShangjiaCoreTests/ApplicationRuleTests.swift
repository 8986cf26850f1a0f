import ShangjiaInspect
import ShangjiaJSON
import XCTest
@testable import ShangjiaCore

/// Boundary tests of the IRS catalog, developer and secret rules.
final class ApplicationRuleTests: XCTestCase {
    private func application(_ fields: String) -> String { #"{"application": {\#(fields)}, "service": {}}"# }

    // MARK: app-name-suffix

    func testNameSuffixDependsOnLevel() {
        for level in ["市级", "县(市、区)", "乡镇(街道)", "村(社区)"] {
            XCTAssertEqual(paths("app-name-suffix", application(#""name": "杭州市数据平台", "level": "\#(level)""#)), ["/application/name"], level)
            XCTAssertEqual(paths("app-name-suffix", application(#""name": "杭州市数字项目", "level": "\#(level)""#)), ["/application/name"], level)
        }
        for level in ["省级", "国家"] {
            XCTAssertEqual(paths("app-name-suffix", application(#""name": "浙江省数据平台", "level": "\#(level)""#)), [], level)
        }
        XCTAssertEqual(paths("app-name-suffix", application(#""name": "杭州市数据平台""#)), [], "no level, no judgement")
        XCTAssertEqual(paths("app-name-suffix", application(#""name": "杭州市平台管理系统", "level": "市级""#)), [])
        XCTAssertEqual(paths("app-name-suffix", application(#""name": "杭州市数据平台 ", "level": "市级""#)), ["/application/name"])
        let finding = findings("app-name-suffix", application(#""name": "杭州市数据平台", "level": "市级""#))
        XCTAssertEqual(finding.first?.related, [.field(.applicationLevel)])
    }

    // MARK: app-name-region-prefix

    func testNameRegionPrefix() {
        let cases: [(name: String, region: String, fires: Bool)] = [
            ("杭州市医保服务", "杭州市", false),
            ("杭州医保服务", "杭州市", false),
            ("医保服务", "杭州市", true),
            ("宁波市医保服务", "杭州市", true),
            ("浙江数据服务", "浙江省", false),
            ("浙江省杭州市医保服务", "杭州市", false),
            ("杭州市西湖区社区服务", "西湖区", false),
            ("杭州西湖社区服务", "西湖区", false),
            ("杭州市社区服务", "西湖区", true),
            ("景宁畲乡服务", "景宁畲族自治县", false),
            ("　杭州医保服务", "杭州市", false),
        ]
        for item in cases {
            let found = paths("app-name-region-prefix", application(#""name": "\#(item.name)", "region": "\#(item.region)""#))
            XCTAssertEqual(found, item.fires ? ["/application/name"] : [], "\(item.name) / \(item.region)")
        }
        XCTAssertEqual(paths("app-name-region-prefix", application(#""name": "医保服务", "region": " ""#)), [])
    }

    func testRegionStems() {
        XCTAssertEqual(Regions.stem(of: "杭州市"), "杭州")
        XCTAssertEqual(Regions.stem(of: "浙江省"), "浙江")
        XCTAssertEqual(Regions.stem(of: "淳安县"), "淳安")
        XCTAssertEqual(Regions.stem(of: "景宁畲族自治县"), "景宁")
        XCTAssertEqual(Regions.stem(of: "市"), nil)
        XCTAssertEqual(Regions.forms(of: "转塘街道"), ["转塘街道"])
    }

    func testRegionLocations() {
        XCTAssertEqual(Regions.locate("浙江省"), .province)
        XCTAssertEqual(Regions.locate("浙江"), .province)
        XCTAssertEqual(Regions.locate("杭州市"), .city("杭州"))
        XCTAssertEqual(Regions.locate("浙江省宁波市鄞州区"), .city("宁波"))
        XCTAssertEqual(Regions.locate("宁海县"), .city("宁波"))
        XCTAssertEqual(Regions.locate("温岭市"), .city("台州"))
        XCTAssertEqual(Regions.locate("龙港市"), .city("温州"))
        XCTAssertEqual(Regions.locate("临平区南苑街道"), .city("杭州"))
        XCTAssertEqual(Regions.locate("普陀区"), .city("舟山"))
        XCTAssertEqual(Regions.locate("景宁畲族自治县"), .city("丽水"))
        XCTAssertEqual(Regions.locate("上海市"), nil)
        XCTAssertEqual(Regions.cities.count, 11)
        let counties = Regions.cities.flatMap(\.counties)
        XCTAssertEqual(counties.count, 90, "Zhejiang has 90 county-level divisions")
        XCTAssertEqual(Set(counties).count, counties.count)
    }

    // MARK: app-name-quotes

    func testNameQuotes() {
        let cases: [(name: String, fires: Bool)] = [
            ("杭州市“浙里办”医保服务", false),
            ("杭州市“浙里办医保”服务", false),
            ("杭州市浙里办医保服务", true),
            ("杭州市“浙里办医保服务", true),
            ("杭州市浙里办”医保服务", true),
            ("杭州市”浙里办“医保服务", true),
            ("“浙里办”浙里办", true),
            ("杭州市“政务服务网”“浙政钉”协同", false),
            ("杭州市医保服务", false),
        ]
        for item in cases {
            XCTAssertEqual(paths("app-name-quotes", application(#""name": "\#(item.name)""#)), item.fires ? ["/application/name"] : [], item.name)
        }
        let message = findings("app-name-quotes", application(#""name": "浙政钉政务服务网“浙里办”""#)).first?.message ?? ""
        XCTAssertTrue(message.contains("浙政钉、政务服务网"), message)
        XCTAssertFalse(message.contains("浙里办"), message)
    }

    func testNameQuotesListIsConfigurable() {
        var settings = RuleSettings()
        settings[AppNameQuotes.properNames] = ["城市大脑"]
        let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, configuration: Configuration(rules: ["app-name-quotes": settings])))
        func fired(_ name: String) -> Bool {
            let input = LintInput(file: "manifest.json", bytes: Array(application(#""name": "\#(name)""#).utf8), files: MemoryFileInspector(files: [:]))
            return linter.lint([input]).manifests[0].findings.contains { $0.rule == "app-name-quotes" }
        }
        XCTAssertTrue(fired("杭州市城市大脑服务"))
        XCTAssertFalse(fired("杭州市“城市大脑”服务"))
        XCTAssertFalse(fired("杭州市浙里办服务"))
    }

    // MARK: app-summary-content

    func testSummaryAspects() {
        let full = "面向企业，解决审批慢的问题；采用微服务架构；包含申报、审批等功能模块。"
        XCTAssertEqual(paths("app-summary-content", application(#""summary": "\#(full)""#)), [])
        let partial = findings("app-summary-content", application(#""summary": "面向企业，解决审批慢的问题。""#))
        XCTAssertEqual(partial.map(\.pointer.description), ["/application/summary"])
        XCTAssertEqual(partial.first?.severity, .info)
        let message = partial.first?.message ?? ""
        XCTAssertTrue(message.contains("系统架构") && message.contains("功能模块"), message)
        XCTAssertFalse(message.contains("给谁用") || message.contains("要解决的问题"), message)
        XCTAssertEqual(paths("app-summary-content", application(#""summary": "面向企业，解决难题，采用 B/S，三个模块""#)), [], "ASCII keywords ignore case")
        for keyword in AppSummaryContent.aspects.flatMap(\.keywords) {
            XCTAssertEqual(keyword, keyword.lowercased(), "only ASCII capitals are folded before matching")
        }
        XCTAssertEqual(paths("app-summary-content", application(#""summary": "　""#)), [], "an empty summary is required-field's")
    }

    /// `isBlank` skips the property lookup outside U+0080–U+3000; every scalar must agree with it.
    func testWhiteSpaceShortcutAgreesWithUnicode() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(scalar.isWhiteSpace, scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    // MARK: status-dates

    func testStatusDatesAroundToday() {
        let today = "2026-11-23"
        for status in ["建设中", "功能变更中"] {
            XCTAssertEqual(paths("status-dates", application(#""status": "\#(status)", "plannedLaunchDate": "2026-11-23""#), today: today), [])
            XCTAssertEqual(paths("status-dates", application(#""status": "\#(status)", "plannedLaunchDate": "2026-11-22""#), today: today), ["/application/plannedLaunchDate"])
            XCTAssertEqual(paths("status-dates", application(#""status": "\#(status)""#), today: today), ["/application/plannedLaunchDate"])
            XCTAssertEqual(paths("status-dates", application(#""status": "\#(status)", "plannedLaunchDate": "2027-01-01", "retiredDate": "2027-02-01""#), today: today),
                           ["/application/retiredDate"])
        }
        XCTAssertEqual(paths("status-dates", application(#""status": "运行中", "launchDate": "2026-11-23""#), today: today), [])
        XCTAssertEqual(paths("status-dates", application(#""status": "运行中", "launchDate": "2026-11-24""#), today: today), ["/application/launchDate"])
        XCTAssertEqual(paths("status-dates", application(#""status": "运行中""#), today: today), ["/application/launchDate"])

        XCTAssertEqual(paths("status-dates", application(#""status": "谋划中", "plannedLaunchDate": "2026-11-23""#), today: today), [])
        XCTAssertEqual(paths("status-dates", application(#""status": "谋划中", "plannedLaunchDate": "2026-11-22""#), today: today), ["/application/plannedLaunchDate"])
        XCTAssertEqual(Set(paths("status-dates", application(#""status": "谋划中", "launchDate": "2026-01-01", "retiredDate": "2026-02-01""#), today: today)),
                       ["/application/launchDate", "/application/retiredDate"])

        XCTAssertEqual(paths("status-dates", application(#""status": "停用", "launchDate": "2026-01-01", "retiredDate": "2026-11-23""#), today: today), [])
        XCTAssertEqual(paths("status-dates", application(#""status": "停用", "launchDate": "2026-01-01", "retiredDate": "2026-11-24""#), today: today), ["/application/retiredDate"])
        XCTAssertEqual(paths("status-dates", application(#""status": "停用", "launchDate": "2026-11-24", "retiredDate": "2026-11-24""#), today: "2026-11-24"), [])
        XCTAssertEqual(Set(paths("status-dates", application(#""status": "停用""#), today: today)), ["/application/launchDate", "/application/retiredDate"])
    }

    func testStatusDatesOrderAndMalformedValues() {
        XCTAssertEqual(paths("status-dates", application(#""status": "停用", "launchDate": "2026-01-02", "retiredDate": "2026-01-01""#)), ["/application/retiredDate"])
        XCTAssertEqual(paths("status-dates", application(#""launchDate": "2026-01-02", "retiredDate": "2026-01-01""#)), ["/application/retiredDate"], "order holds without a status")
        XCTAssertEqual(paths("status-dates", application(#""status": "运行中", "launchDate": "2026/01/01""#)), [], "a malformed date is manifest-field-type's")
        XCTAssertEqual(paths("status-dates", application(#""status": "运行中", "launchDate": null"#)), ["/application/launchDate"], "null is absent")
        XCTAssertEqual(paths("status-dates", application(#""status": "上线""#)), [], "an unknown status is manifest-field-type's")
        let finding = findings("status-dates", application(#""status": "运行中", "launchDate": "2026-12-01""#)).first
        XCTAssertEqual(finding?.related, [.field(.applicationStatus)])
        XCTAssertTrue(finding?.message.contains("2026-12-01") == true && finding?.message.contains("2026-11-23") == true, finding?.message ?? "")
    }

    // MARK: status-publishable

    func testStatusPublishable() {
        for status in ["建设中", "运行中", "功能变更中"] {
            XCTAssertEqual(paths("status-publishable", application(#""status": "\#(status)""#)), [], status)
        }
        for status in ["谋划中", "停用"] {
            XCTAssertEqual(paths("status-publishable", application(#""status": "\#(status)""#)), ["/application/status"], status)
        }
        let both = findings("status-publishable", #"{"application": {"status": "停用"}, "service": {}, "governance": {}}"#)
        XCTAssertEqual(both.first?.related, [.field(.service), .field(.governance)])
        XCTAssertEqual(both.first?.severity, .warning)
    }

    // MARK: network-channel-consistency

    func testNetworkChannels() {
        func manifest(_ networks: String, service: String = "[]", governance: String = "[]") -> String {
            #"{"application": {"networks": \#(networks)}, "service": {"channels": \#(service)}, "governance": {"channels": \#(governance)}}"#
        }
        XCTAssertEqual(paths("network-channel-consistency", manifest(#"["互联网"]"#, service: #"["浙里办APP"]"#)), [])
        for channel in ["浙里办APP", "政务服务网"] {
            XCTAssertEqual(paths("network-channel-consistency", manifest(#"["政务外网"]"#, service: #"["\#(channel)"]"#)), ["/application/networks"], channel)
        }
        let governance = findings("network-channel-consistency", manifest(#"["政务外网", "政务内网"]"#, governance: #"["数字化改革门户", "浙政钉"]"#))
        XCTAssertEqual(governance.map(\.pointer.description), ["/application/networks"])
        XCTAssertEqual(governance.first?.related, [.field(JSONPointer.governanceChannels.appending(1))])
        XCTAssertEqual(paths("network-channel-consistency", manifest(#"["政务外网"]"#, governance: #"["数字化改革门户"]"#)), [])
        XCTAssertEqual(paths("network-channel-consistency", manifest("[]", service: #"["浙里办APP"]"#)), [], "empty networks are required-field's")
        XCTAssertEqual(paths("network-channel-consistency", manifest(#""互联网""#, service: #"["浙里办APP"]"#)), [], "a type error is manifest-field-type's")
    }

    // MARK: region-consistency

    func testRegionConsistency() {
        func manifest(region: String?, level: String?, chosen: String) -> String {
            let fields = [region.map { #""region": "\#($0)""# }, level.map { #""level": "\#($0)""# }].compactMap { $0 }.joined(separator: ", ")
            return #"{"application": {\#(fields)}, "governance": {"region": "\#(chosen)"}}"#
        }
        let cases: [(region: String?, level: String?, chosen: String, fires: Bool)] = [
            ("浙江省", "省级", "省级", false),
            ("浙江省", "省级", "杭州", true),
            ("杭州市", "省级", "杭州", true),
            (nil, "国家", "省级", false),
            ("杭州市", "市级", "杭州", false),
            ("杭州市", "市级", "省级", true),
            ("余杭区", "县(市、区)", "杭州", false),
            ("余杭区", "县(市、区)", "湖州", true),
            ("乐清市", "县(市、区)", "温州", false),
            ("嘉善县西塘镇", "乡镇(街道)", "嘉兴", false),
            ("嘉善县西塘镇", "乡镇(街道)", "湖州", true),
            ("某某县", "县(市、区)", "省级", true),
            ("某某县", "县(市、区)", "杭州", false),
            ("浙江省", "市级", "杭州", false),
            ("浙江省", nil, "省级", false),
            ("浙江省", nil, "丽水", true),
            ("丽水市", nil, "丽水", false),
            ("丽水市", nil, "衢州", true),
            ("上海市", nil, "衢州", false),
        ]
        for item in cases {
            let found = paths("region-consistency", manifest(region: item.region, level: item.level, chosen: item.chosen))
            XCTAssertEqual(found, item.fires ? ["/governance/region"] : [], "\(item)")
        }
        let finding = findings("region-consistency", manifest(region: "鄞州区", level: "县(市、区)", chosen: "杭州")).first
        XCTAssertTrue(finding?.message.contains("宁波") == true, finding?.message ?? "")
        XCTAssertEqual(finding?.related, [.field(.applicationRegion)])
    }

    // MARK: developer-credit-code

    func testCreditCodeCheckCharacter() {
        XCTAssertEqual(DeveloperCreditCode.checkCharacter(of: Array("91330106MA2H4K5L6")), "7")
        XCTAssertEqual(DeveloperCreditCode.checkCharacter(of: Array("91330106MA2AB3CD4")), "2")
        XCTAssertEqual(DeveloperCreditCode.checkCharacter(of: Array("12330000002482061")), "M")
        XCTAssertEqual(DeveloperCreditCode.checkCharacter(of: Array("91330100000000017")), "0", "31 maps to 0")
        func code(_ value: String) -> [String] { paths("developer-credit-code", #"{"developer": {"creditCode": "\#(value)"}, "shanghai": {}}"#) }
        for valid in ["91330106MA2H4K5L67", "91330106MA2AB3CD42", "913301000000000170", "12330000002482061M"] {
            XCTAssertEqual(code(valid), [], valid)
        }
        for invalid in ["91330106MA2H4K5L66", "913301000000000171", "91330106MA2H4K5L6", "91330106MA2H4K5L670", "91330106MA2H4K5LO7", "9133010６MA2H4K5L67", "91330106MA2H4K5L67 "] {
            XCTAssertEqual(code(invalid), ["/developer/creditCode"], invalid)
        }
        XCTAssertEqual(code(""), [], "an empty code is required-field's")
        let message = findings("developer-credit-code", #"{"developer": {"creditCode": "91330106MA2H4K5L66"}, "shanghai": {}}"#).first?.message ?? ""
        XCTAssertTrue(message.contains("应为 7"), message)
    }

    // MARK: developer-contact

    func testContactPhones() {
        func contact(_ phone: String) -> [String] {
            paths("developer-contact", #"{"developer": {"contacts": [{"name": "李四", "phone": "\#(phone)"}]}, "shanghai": {}}"#)
        }
        for valid in ["13000000000", "19999999999", "15712345678"] {
            XCTAssertEqual(contact(valid), [], valid)
        }
        for invalid in ["12900000000", "10000000000", "1390000000", "139000000000", "+8613900000000", "139 0000 0000", "1390000000a", "１３９００００００００", "23900000000"] {
            XCTAssertEqual(contact(invalid), ["/developer/contacts/0/phone"], invalid)
        }
        XCTAssertEqual(paths("developer-contact", #"{"developer": {"contacts": [{"name": "李四", "phone": 13900000000}]}, "shanghai": {}}"#), [],
                       "a number is manifest-field-type's")
        XCTAssertEqual(paths("developer-contact", #"{"developer": {"contacts": []}, "shanghai": {}}"#), [], "no contact is required-field's")
        XCTAssertEqual(paths("developer-contact", #"{"developer": {"contacts": [{"phone": "13900000000"}, {"name": "", "phone": "13900000001"}]}, "shanghai": {}}"#),
                       ["/developer/contacts/0/name", "/developer/contacts/1/name"])
    }

    // MARK: developer-not-owner

    func testDeveloperIsNotOwner() {
        func manifest(submitter: String, contacts: String = #"[{"name": "李四", "phone": "13900000000"}]"#) -> String {
            #"{"application": {"owner": {"submitter": \#(submitter)}}, "developer": {"contacts": \#(contacts)}, "service": {}}"#
        }
        XCTAssertEqual(paths("developer-not-owner", manifest(submitter: #"{"phone": "13800000000", "isStaff": true}"#)), [])
        XCTAssertEqual(paths("developer-not-owner", manifest(submitter: #"{"phone": "13800000000", "isStaff": false}"#)), ["/application/owner/submitter/isStaff"])
        XCTAssertEqual(paths("developer-not-owner", manifest(submitter: #"{"phone": "13800000000"}"#)), ["/application/owner/submitter/isStaff"])
        XCTAssertEqual(paths("developer-not-owner", manifest(submitter: #"{"phone": "13800000000", "isStaff": "是"}"#)), [], "a type error is manifest-field-type's")
        let shared = findings("developer-not-owner", manifest(submitter: #"{"phone": "13900000000", "isStaff": true}"#,
                                                              contacts: #"[{"name": "王五", "phone": "13700000000"}, {"name": "李四", "phone": "13900000000"}]"#))
        XCTAssertEqual(shared.map(\.pointer.description), ["/developer/contacts/1/phone"])
        XCTAssertEqual(shared.first?.related, [.field(.applicationOwnerSubmitterPhone)])
        XCTAssertEqual(paths("developer-not-owner", #"{"application": {}, "service": {}}"#), [], "a missing submitter is required-field's")
    }

    // MARK: plaintext-secret

    func testSecretKeyWords() {
        for key in ["password", "Password", "PASSWORD", "passwd", "pwd", "dbPwd", "secret", "clientSecret", "token", "accessToken", "apiKey", "api_key", "apikey",
                    "X-API-KEY", "privateKey", "登录密码", "口令", "私钥密钥", "tokenized", "secretary", "x-api_key.v2"] {
            XCTAssertTrue(PlaintextSecret.isSecretKey(key), key)
        }
        for key in ["account", "keyword", "passage", "tokenUrl", "passwordPolicy", "secretName", "apiUrl", "monkey"] {
            XCTAssertFalse(PlaintextSecret.isSecretKey(key), key)
        }
    }

    func testSecretsAreFoundButNeverRepeated() {
        let manifest = #"{"shanghai": {"extra": {"password": "S3cret!Value", "list": {"tokens": ["tok-AAAA", "", true]}, "pem": "  -----BEGIN RSA PRIVATE KEY-----\nMIIB"}}}"#
        for language in Language.allCases {
            let found = findings("plaintext-secret", manifest, language: language)
            XCTAssertEqual(Set(found.map(\.pointer.description)), ["/shanghai/extra/password", "/shanghai/extra/list/tokens/0", "/shanghai/extra/pem"])
            for finding in found {
                for secret in ["S3cret!Value", "tok-AAAA", "MIIB", "RSA PRIVATE"] {
                    XCTAssertFalse(finding.message.contains(secret) || finding.hint?.contains(secret) == true, "\(language): \(finding.message)")
                }
            }
        }
        XCTAssertEqual(paths("plaintext-secret", #"{"shanghai": {"password": "", "token": "　", "pwd": null, "secret": false, "name": "-- BEGIN"}}"#), [])
        XCTAssertEqual(paths("plaintext-secret", #"{"shanghai": {"pwd": 123456}}"#), ["/shanghai/pwd"])
        XCTAssertEqual(paths("plaintext-secret", #"{"shanghai": {"secret": "a", "secret": "b"}}"#), ["/shanghai/secret"], "one finding per pointer")
    }
}
