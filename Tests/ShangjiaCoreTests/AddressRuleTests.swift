import ShangjiaInspect
import ShangjiaJSON
import XCTest
@testable import ShangjiaCore

/// Boundaries of the address family: IP parsing and every special range on both sides of its
/// edge, URL splitting as a browser reads hosts, and each rule's thresholds.
final class AddressRuleTests: XCTestCase {
    // MARK: IP addresses

    func testStrictIPParsing() {
        for valid in ["0.0.0.0", "255.255.255.255", "60.191.22.33", "::", "::1", "2400:3200::1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::",
                      "::ffff:10.0.0.1", "::1.2.3.4", "64:ff9b::60.191.22.33", "FE80::ABCD"] {
            XCTAssertNotNil(IPAddress(strict: valid), valid)
        }
        for invalid in ["010.1.1.1", "1.2.3", "256.1.1.1", "1.2.3.4.5", "1.2.3.-1", " 1.2.3.4", "1.2.3.4 ", "1.2.3.4/24", "１.2.3.4", "0x7f.0.0.1",
                        "2130706433", "", "1::2::3", ":::", ":1::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::8", "12345::", "g::1", "fe80::1%eth0",
                        "1.2.3.4::", "::ffff:010.0.0.1", "::+1", "[::1]"] {
            XCTAssertNil(IPAddress(strict: invalid), invalid)
        }
        XCTAssertEqual(IPAddress(strict: "2001:DB8:0::1"), IPAddress(strict: "2001:db8::1"))
        XCTAssertEqual(IPAddress(strict: "::ffff:10.0.0.1")?.bytes.suffix(6), [0xFF, 0xFF, 10, 0, 0, 1])
    }

    /// The byte-wise dotted-quad reader against the plain reading of the rule (four parts of
    /// 1–3 ASCII digits, 0–255, no leading zero), on edge cases and random strings of its alphabet.
    func testDottedQuadMatchesPlainReading() {
        func plain(_ text: String) -> [UInt8]? {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 4 else { return nil }
            var bytes: [UInt8] = []
            for part in parts {
                guard (1...3).contains(part.count), part.allSatisfy(\.isASCIIDigit), part == "0" || part.first != "0",
                      let byte = UInt8(part) else { return nil }
                bytes.append(byte)
            }
            return bytes
        }
        var cases = ["0.0.0.0", "255.255.255.255", "256.0.0.1", "00.1.1.1", "0.01.1.1", "1.2.3.4.", ".1.2.3.4", "1..2.3", "1.2.3.4444",
                     "1.2.3.", "1.2.3.٣", "1.2.3.4\u{301}", "9.99.199.250", "1.2.3.1000", ""]
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789.x")
        for _ in 0..<20_000 {
            cases.append(String((0..<Int.random(in: 0...16, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        for text in cases {
            XCTAssertEqual(IPAddress.dottedQuad(text[...])?.bytes, plain(text), text)
        }
    }

    func testBrowserIPv4Forms() {
        func read(_ host: String) -> String? {
            switch IPAddress.browserIPv4(host) {
            case .address(let address): return address.dotted
            case .invalid: return "invalid"
            case .domain: return nil
            }
        }
        XCTAssertEqual(read("0x7f.1"), "127.0.0.1")
        XCTAssertEqual(read("2130706433"), "127.0.0.1")
        XCTAssertEqual(read("017700000001"), "127.0.0.1")
        XCTAssertEqual(read("0X7F.0.0.1"), "127.0.0.1")
        XCTAssertEqual(read("127.1"), "127.0.0.1")
        XCTAssertEqual(read("1.2.3"), "1.2.0.3")
        XCTAssertEqual(read("010.1.1.1"), "8.1.1.1")
        XCTAssertEqual(read("1.2.3.4."), "1.2.3.4")
        XCTAssertEqual(read("0x"), "0.0.0.0")
        XCTAssertEqual(read("4294967295"), "255.255.255.255")
        XCTAssertEqual(read("4294967296"), "invalid")
        XCTAssertEqual(read("1.16777215"), "1.255.255.255")
        XCTAssertEqual(read("1.16777216"), "invalid")
        XCTAssertEqual(read("256.1.1.1"), "invalid")
        XCTAssertEqual(read("1.2.3.4.5"), "invalid")
        XCTAssertEqual(read("09"), "invalid")
        XCTAssertEqual(read("a.1"), "invalid")
        XCTAssertNil(read("example.com"))
        XCTAssertNil(read("1.2.3.a"))
        XCTAssertNil(read("0xg"))
    }

    /// Every range of the spec's "Public IP", on both sides of each edge.
    func testPublicIPRanges() {
        let nonPublic = [
            "0.0.0.0", "0.255.255.255", "10.0.0.0", "10.255.255.255", "100.64.0.0", "100.127.255.255", "127.0.0.0", "127.255.255.255",
            "169.254.0.0", "169.254.255.255", "172.16.0.0", "172.31.255.255", "192.0.0.0", "192.0.0.255", "192.0.2.0", "192.0.2.255",
            "192.88.99.0", "192.88.99.255", "192.168.0.0", "192.168.255.255", "198.18.0.0", "198.19.255.255", "198.51.100.0", "198.51.100.255",
            "203.0.113.0", "203.0.113.255", "224.0.0.0", "239.255.255.255", "240.0.0.0", "255.255.255.254", "255.255.255.255",
            "::", "::1", "::ffff:0.0.0.0", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:255.255.255.255", "64:ff9b::a00:1", "64:ff9b::192.168.1.1",
            "64:ff9b:1::", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff", "100::", "100::ffff:ffff:ffff:ffff",
            "2001::", "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:1::", "2001:1::4", "2001:2::", "2001:2:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:4:111:ffff:ffff:ffff:ffff:ffff", "2001:4:113::", "2001:10::", "2001:1f:ffff:ffff:ffff:ffff:ffff:ffff", "2001:40::",
            "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "3fff::", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff",
            "5f00::", "5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ff00::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            // Outside global unicast (2000::/3): nothing there is allocated for public use.
            "::2", "::fffe:ffff:ffff", "::1:0:0:0", "::10.0.0.1", "::60.191.22.33", "64:ff9a:ffff:ffff:ffff:ffff:ffff:ffff", "64:ff9b::1:0:0", "64:ff9b:2::",
            "ff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "100:0:0:1::", "1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "4000::",
            "5eff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "5f01::", "fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fe00::",
            "fe7f:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fec0::", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        ]
        let isPublic = [
            "1.0.0.0", "9.255.255.255", "11.0.0.0", "60.191.22.33", "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0",
            "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0", "191.255.255.255", "192.0.1.0", "192.0.1.255", "192.0.3.0",
            "192.88.98.255", "192.88.100.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0", "198.51.99.255", "198.51.101.0",
            "203.0.112.255", "203.0.114.0", "223.255.255.255",
            "::ffff:60.191.22.33", "64:ff9b::60.191.22.33", "2000::", "2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001:200::",
            "2001:1::1", "2001:1::2", "2001:1::3", "2001:3::", "2001:3:ffff:ffff:ffff:ffff:ffff:ffff", "2001:4:112::", "2001:4:112:ffff:ffff:ffff:ffff:ffff",
            "2001:20::", "2001:2f:ffff:ffff:ffff:ffff:ffff:ffff", "2001:30::", "2001:3f:ffff:ffff:ffff:ffff:ffff:ffff",
            "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::", "2400:3200::1", "3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "3fff:1000::",
        ]
        for text in nonPublic {
            guard let address = IPAddress(strict: text) else { XCTFail("\(text) did not parse"); continue }
            XCTAssertNotNil(address.nonPublicReason, "\(text) should not be public")
        }
        for text in isPublic {
            guard let address = IPAddress(strict: text) else { XCTFail("\(text) did not parse"); continue }
            XCTAssertNil(address.nonPublicReason, "\(text) should be public: \(address.nonPublicReason?.en ?? "")")
        }
        XCTAssertEqual(IPAddress(strict: "::ffff:10.0.0.1")?.nonPublicReason?.zh, "IPv4 映射地址（::ffff:0:0/96），其中的 IPv4 10.0.0.1 属于私网地址（10.0.0.0/8）")
    }

    // MARK: egress IPs

    func testEgressIpPublic() {
        let rule = "egress-ip-public"
        XCTAssertEqual(paths(rule, #"{"governance": {"egressIps": ["60.191.22.33", "2400:3200::1", "::ffff:60.191.22.34"]}}"#), [])
        XCTAssertEqual(paths(rule, #"{"governance": {"egressIps": ["010.1.1.1", "1.2.3", "256.1.1.1", "::ffff:10.0.0.1", "60.191.22.33"]}}"#),
                       ["/governance/egressIps/0", "/governance/egressIps/1", "/governance/egressIps/2", "/governance/egressIps/3"])
        // The duplicate is reported at its later index only, also when written differently.
        let duplicates = findings(rule, #"{"governance": {"egressIps": ["2001:DB8::1", "60.191.22.33", "2001:db8:0::1"]}}"#)
        XCTAssertEqual(duplicates.map(\.pointer.description), ["/governance/egressIps/0", "/governance/egressIps/2"])
        XCTAssertTrue(duplicates[1].message.contains("与 /governance/egressIps/0 是同一地址"), duplicates[1].message)
        // A non-string entry is manifest-field-type's.
        XCTAssertEqual(paths(rule, #"{"governance": {"egressIps": [60, "60.191.22.33"]}}"#), [])
    }

    func testEgressIpCount() {
        let rule = "egress-ip-count"
        XCTAssertEqual(paths(rule, #"{"governance": {"egressIps": ["60.191.22.33", "60.191.22.34", "60.191.22.35"]}}"#), [])
        XCTAssertEqual(paths(rule, #"{"governance": {"egressIps": ["60.191.22.33", "60.191.22.34", "60.191.22.35", "60.191.22.36"]}}"#),
                       ["/governance/egressIps"])
    }

    // MARK: URLs

    func testUrlValid() {
        let rule = "url-valid"
        for valid in ["https://a.gov.cn", "https://a.gov.cn:65535/x?q=1#f", "https://a.gov.cn:/", "https://1.2.3/", "https://[2400:3200::1]:8443/",
                      "https://xn--fiqs8s.cn/", "https://中国政府.中国/", "https://a_b.gov.cn/"] {
            XCTAssertEqual(paths(rule, #"{"service": {"testUrl": "\#(valid)"}}"#), [], valid)
        }
        for invalid in ["a.gov.cn/x", "https:a.gov.cn", "https:/a.gov.cn", "//a.gov.cn", "1https://a.gov.cn", "https://a b.gov.cn", "https://a.gov.cn/　",
                        #"https:\\\\a.gov.cn"#, "https://a.gov.cn\\t/", "https://", "https://:443/", "https://a.gov.cn:65536/", "https://a.gov.cn:44a/",
                        "https://256.1.1.1/", "https://1.2.3.4.5/", "https://a..b.cn/", "https://.a.cn/", "https://[fe80::1%25eth0]/", "https://[::1/",
                        "https://[::1]x/", "https://a%zz.cn/", "https://a<b.cn/", "https://user@a.gov.cn/"] {
            XCTAssertEqual(paths(rule, #"{"service": {"testUrl": "\#(invalid)"}}"#), ["/service/testUrl"], invalid)
        }
    }

    func testUrlValidNeverShowsThePassword() {
        for language in Language.allCases {
            let fired = findings("url-valid", #"{"governance": {"mobileUrl": "https://admin:S3cr3t!@ybfw.hangzhou.gov.cn/"}}"#, language: language)
            XCTAssertEqual(fired.count, 1)
            XCTAssertFalse(fired.contains { $0.message.contains("S3cr3t") || ($0.hint ?? "").contains("S3cr3t") })
        }
    }

    func testUrlHttps() {
        let rule = "url-https"
        XCTAssertEqual(paths(rule, #"{"service": {"mobileUrl": "http://a.gov.cn/", "pcUrl": "https://a.gov.cn/", "healthUrl": "HTTPS://a.gov.cn/", "testUrl": "Http://a.gov.cn"}}"#),
                       ["/service/mobileUrl", "/service/testUrl"])
        XCTAssertEqual(paths(rule, #"{"governance": {"pcUrl": "http://a.gov.cn/", "loadTest": {"url": "http://a.gov.cn/api"}}}"#),
                       ["/governance/loadTest/url", "/governance/pcUrl"])
        // An address that fails url-valid is url-valid's alone.
        XCTAssertEqual(paths(rule, #"{"shanghai": {"homeUrl": "http://a b.cn/", "healthUrl": "http:// a.cn"}}"#), [])
        // Addresses of a target that does not apply are not looked at.
        XCTAssertEqual(paths(rule, #"{"governance": {}, "shanghaiX": {"homeUrl": "http://a.cn/"}}"#), [])
    }

    func testUrlPublicHostIntranetNames() {
        let rule = "url-public-host"
        for host in ["intranet", "intranet.", "a.local", "A.LOCAL", "x.corp", "a.lan", "a.internal", "a.intranet", "nas.home.arpa", "localhost", "api.localhost",
                     "2130706433", "0x7f.1", "127.1", "017700000001", "10.1.2.3", "192.168.1.1", "%31%32%37.0.0.1", "１２７。０。０。１", "[::1]", "[::ffff:127.0.0.1]", "[fd00::1]"] {
            let fired = findings(rule, #"{"service": {"testUrl": "https://\#(host)/x"}}"#)
            XCTAssertEqual(fired.map(\.severity), [.error], host)
        }
        for host in ["a.gov.cn", "corp.example.com", "a.corp.cn", "local.gov.cn", "localhost.sh.gov.cn", "a.gov.cn.", "xn--fiqs8s.cn"] {
            XCTAssertEqual(paths(rule, #"{"governance": {"healthUrl": "https://\#(host)/x"}}"#), [], host)
        }
        let message = findings(rule, #"{"shanghai": {"homeUrl": "https://2130706433/"}}"#)[0].message
        XCTAssertTrue(message.contains("127.0.0.1") && message.contains("127.0.0.0/8"), message)
    }

    func testUrlPublicHostIPLiteralSeverityByTarget() {
        let rule = "url-public-host"
        XCTAssertEqual(findings(rule, #"{"service": {"mobileUrl": "https://60.191.22.33/h5"}}"#).map(\.severity), [.warning])
        XCTAssertEqual(findings(rule, #"{"service": {"mobileUrl": "https://1.2.3/h5"}}"#).map(\.severity), [.warning])
        XCTAssertEqual(findings(rule, #"{"governance": {"mobileUrl": "https://60.191.22.33/h5"}}"#).map(\.severity), [.error])
        XCTAssertEqual(findings(rule, #"{"governance": {"loadTest": {"url": "https://[2400:3200::1]/api"}}}"#).map(\.severity), [.error])
        XCTAssertEqual(findings(rule, #"{"shanghai": {"healthUrl": "https://60.191.22.33/health"}}"#).map(\.severity), [.error])
    }

    // MARK: url-required and health-url

    func testUrlRequiredServiceChannels() {
        let rule = "url-required"
        let url = "https://a.gov.cn/"
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["浙里办APP"]}}"#), ["/service/mobileUrl"])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["浙里办APP"], "mobileUrl": "\#(url)"}}"#), [])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["浙里办APP"], "mobileUrl": "\#(url)", "pcUrl": "\#(url)"}}"#), ["/service/pcUrl"])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["政务服务网"], "pcUrl": "\#(url)", "mobileUrl": "\#(url)"}}"#), ["/service/mobileUrl"])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["政务服务网"]}}"#), ["/service/pcUrl"])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["政务服务网"], "pcSameAsMobile": true}}"#), ["/service/pcUrl"])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["浙里办APP", "政务服务网"], "mobileUrl": "\#(url)"}}"#), ["/service/pcUrl"])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["浙里办APP", "政务服务网"], "mobileUrl": "\#(url)", "pcSameAsMobile": true}}"#), [])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["浙里办APP", "政务服务网"], "mobileUrl": "\#(url)", "pcSameAsMobile": true, "pcUrl": "\#(url)"}}"#),
                       ["/service/pcUrl"])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": ["浙里办APP", "政务服务网"], "mobileUrl": "\#(url)", "pcUrl": "\#(url)"}}"#), [])
        // Without channels there is nothing to judge; required-field reports them.
        XCTAssertEqual(paths(rule, #"{"service": {"mobileUrl": "\#(url)", "pcUrl": "\#(url)"}}"#), [])
        XCTAssertEqual(paths(rule, #"{"service": {"channels": [], "mobileUrl": "\#(url)"}}"#), [])
    }

    func testUrlRequiredGovernanceAndShanghai() {
        let rule = "url-required"
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "H5"}}"#), [])
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "H5", "codeHosted": true}}"#), [])
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "H5", "codeHosted": false}}"#), ["/governance/mobileUrl"])
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "小程序"}}"#), ["/governance/mobileUrl"])
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "小程序+PC"}}"#), ["/governance/mobileUrl"])
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "小程序", "mobileUrl": "https://a.gov.cn/"}}"#), [])
        XCTAssertEqual(paths(rule, #"{"governance": {}}"#), [])
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "APP"}}"#), [])
        XCTAssertEqual(paths(rule, #"{"governance": {"releaseType": "H5改革门户"}}"#), ["/governance/mobileUrl"])
        XCTAssertEqual(paths(rule, #"{"shanghai": {}}"#), ["/shanghai/healthUrl", "/shanghai/homeUrl"])
        XCTAssertEqual(paths(rule, #"{"shanghai": {"homeUrl": "https://a.sh.cn/", "healthUrl": "https://a.sh.cn/h"}}"#), [])
    }

    func testHealthUrl() {
        XCTAssertEqual(findings("health-url", #"{"governance": {}}"#).map(\.severity), [.warning])
        XCTAssertEqual(paths("health-url", #"{"governance": {"healthUrl": "https://a.gov.cn/health"}}"#), [])
        XCTAssertEqual(paths("health-url", #"{"service": {}}"#), [])
    }

    // MARK: 应用标识

    func testAppIdFormat() {
        let rule = "app-id-format"
        XCTAssertEqual(paths(rule, #"{"governance": {"appId": "Hz_ybfw.app-2"}}"#), [])
        for wrong in ["hz ybfw", "杭州医保", "hz＿ybfw", "hz/ybfw", "hz@ybfw"] {
            XCTAssertEqual(paths(rule, #"{"governance": {"appId": "\#(wrong)"}}"#), ["/governance/appId"], wrong)
        }
        XCTAssertEqual(paths(rule, #"{"governance": {"appId": " "}}"#), [])
    }

    func testAppIdUniqueAcrossManifests() {
        func run(_ manifests: [(String, String)]) -> [String: [String]] {
            let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!))
            let inputs = manifests.map { LintInput(file: $0.0, bytes: Array($0.1.utf8), files: MemoryFileInspector(files: [:])) }
            var messages: [String: [String]] = [:]
            for report in linter.lint(inputs).manifests {
                messages[report.file] = report.findings.filter { $0.rule == "app-id-unique" }.map { "\($0.pointer) \($0.message)" }
            }
            return messages
        }
        let a = ("a/manifest.json", #"{"governance": {"appId": "hz_ybfw"}}"#)
        let b = ("b/manifest.json", #"{"governance": {"appId": "hz_ybfw"}}"#)
        let c = ("c/manifest.json", #"{"governance": {"appId": "hz_other"}}"#)
        let d = ("d/manifest.json", #"{"governance": {"appId": "hz_ybfw"}}"#)
        let result = run([a, b, c])
        XCTAssertEqual(result["c/manifest.json"], [])
        XCTAssertEqual(result["a/manifest.json"]?.count, 1)
        XCTAssertTrue(result["a/manifest.json"]![0].hasPrefix("/governance/appId ") && result["a/manifest.json"]![0].contains("b/manifest.json"))
        XCTAssertTrue(result["b/manifest.json"]![0].contains("a/manifest.json"))
        XCTAssertEqual(run([c, b, a]), result, "the order of the inputs changes nothing")
        let three = run([d, b, a])["b/manifest.json"]![0]
        XCTAssertTrue(three.contains("a/manifest.json、d/manifest.json"), three)
        XCTAssertFalse(three.contains("另外"), "all others named: " + three)
        let control = run([("e/manifest.json", #"{"governance": {"appId": "hz\nx"}}"#), ("f/manifest.json", #"{"governance": {"appId": "hz\nx"}}"#)])
        XCTAssertTrue(control["e/manifest.json"]![0].contains("hz\\nx"), "a control character in a run finding is shown escaped, as in every other: \(control)")
    }

    func testWaiversApplyToFindingsAcrossManifests() {
        let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!))
        let statement = MemoryFileInspector(files: ["说明.pdf": ExampleFiles.pdf.bytes])
        func input(_ file: String, _ appId: String, waived: Bool) -> LintInput {
            let waivers = waived ? #", "waivers": [{"rule": "app-id-unique", "path": "/governance/appId", "reason": "同一应用的两个版本", "statement": "说明.pdf"}]"# : ""
            return LintInput(file: file, bytes: Array(#"{"governance": {"appId": "\#(appId)"}\#(waivers)}"#.utf8), files: statement)
        }
        let report = linter.lint([input("a/manifest.json", "hz_ybfw", waived: true), input("b/manifest.json", "hz_ybfw", waived: false),
                                  input("c/manifest.json", "hz_other", waived: true)])
        func findings(_ file: String, _ rule: String) -> [Finding] {
            report.manifests.first { $0.file == file }!.findings.filter { $0.rule == rule }
        }
        XCTAssertEqual(findings("a/manifest.json", "app-id-unique").map(\.waived), [true], "waived in the manifest that says so")
        XCTAssertEqual(findings("a/manifest.json", "app-id-unique").first?.waiverReason, "同一应用的两个版本")
        XCTAssertEqual(findings("a/manifest.json", "waiver-valid"), [], "the waiver matched a finding of the run")
        XCTAssertEqual(findings("b/manifest.json", "app-id-unique").map(\.waived), [false], "not in the other")
        XCTAssertEqual(findings("c/manifest.json", "app-id-unique"), [])
        XCTAssertEqual(findings("c/manifest.json", "waiver-valid").map(\.pointer.description), ["/waivers/0"], "a waiver that matches nothing in the run")
        XCTAssertEqual(report.manifests.first { $0.file == "c/manifest.json" }!.line(findings("c/manifest.json", "waiver-valid")[0].line),
                       #"{"governance": {"appId": "hz_other"}, "waivers": [{"rule": "app-id-unique", "path": "/governance/appId", "reason": "同一应用的两个版本", "statement": "说明.pdf"}]}"#,
                       "its line is quoted")
    }

    func testAppIdUniqueNamesThreeOthersAndCountsTheRest() {
        let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, language: .en))
        let inputs = (0..<6).map { index in
            LintInput(file: "app\(index)/manifest.json", bytes: Array(#"{"governance": {"appId": "hz_ybfw"}}"#.utf8), files: MemoryFileInspector(files: [:]))
        }
        let messages = linter.lint(inputs.reversed()).manifests.map { $0.findings.filter { $0.rule == "app-id-unique" }.map(\.message) }
        let field = FieldCatalog.name(of: JSONPointer(["governance", "appId"]), .en)
        XCTAssertEqual(messages[0], ["\(field) 'hz_ybfw' is also used by app1/manifest.json, app2/manifest.json, app3/manifest.json and 2 more manifests"])
        XCTAssertEqual(messages[4], ["\(field) 'hz_ybfw' is also used by app0/manifest.json, app1/manifest.json, app2/manifest.json and 2 more manifests"])
    }

    // MARK: load-test

    func testLoadTestConcurrencyAndHost() {
        let rule = "load-test"
        func manifest(_ concurrency: Int, _ url: String) -> String {
            #"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5", "healthUrl": "https://health.hangzhou.gov.cn/", "loadTest": {"concurrency": \#(concurrency), "url": "\#(url)"}}}"#
        }
        XCTAssertEqual(paths(rule, manifest(49, "https://ybfw.hangzhou.gov.cn/api")), ["/governance/loadTest/concurrency"])
        XCTAssertEqual(paths(rule, manifest(50, "https://ybfw.hangzhou.gov.cn/api")), [])
        XCTAssertEqual(paths(rule, manifest(50, "https://HEALTH.hangzhou.gov.cn.:8443/api")), [])
        XCTAssertEqual(paths(rule, manifest(50, "https://hangzhou.gov.cn/api")), ["/governance/loadTest/url"])
        XCTAssertEqual(paths(rule, manifest(50, "https://api.ybfw.hangzhou.gov.cn/")), ["/governance/loadTest/url"])
        // Nothing to compare with, or an invalid load-test address: no host finding.
        XCTAssertEqual(paths(rule, #"{"governance": {"loadTest": {"url": "https://pts.example.com/"}}}"#), [])
        XCTAssertEqual(paths(rule, manifest(50, "https://a b/")), [])
    }

    func testLoadTestReportContent() {
        let rule = "load-test"
        func manifest(_ report: String) -> String { #"{"governance": {"loadTest": {"report": "\#(report)", "concurrency": 50}}}"# }
        let documents: [(String, [UInt8])] = [("r.pdf", SyntheticFiles.pdf()), ("r.docx", SyntheticFiles.docx()), ("r.xlsx", SyntheticFiles.xlsx()),
                                              ("r.doc", SyntheticFiles.ole()), ("r.xls", SyntheticFiles.ole())]
        for (name, bytes) in documents {
            XCTAssertEqual(paths(rule, manifest(name), files: [name: bytes]), [], name)
        }
        let png = SyntheticFiles.png(width: 2, height: 2) { _, _ in (0, 0, 0, 255) }
        XCTAssertEqual(paths(rule, manifest("r.png"), files: ["r.png": png]), ["/governance/loadTest/report"])
        XCTAssertEqual(paths(rule, manifest("r.pdf"), files: ["r.pdf": Array("report".utf8)]), ["/governance/loadTest/report"])
        XCTAssertEqual(paths(rule, manifest("r.zip"), files: ["r.zip": SyntheticFiles.zip([("a.txt", "a")])]), ["/governance/loadTest/report"])
        // A missing or empty file is material-file's to report.
        XCTAssertEqual(paths(rule, manifest("missing.pdf")), [])
        XCTAssertEqual(paths(rule, manifest("empty.pdf"), files: ["empty.pdf": []]), [])
    }
}
