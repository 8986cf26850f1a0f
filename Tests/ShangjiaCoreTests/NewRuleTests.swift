import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

/// Boundaries of the rules issue 11 §2 added.
final class NewRuleTests: XCTestCase {
    func testImmutableFieldsComparesOnlyWhatBothVersionsHave() {
        let now = #"{"service": {"releaseType": "H5"}, "governance": {"releaseType": "小程序", "appId": "hz_ybfw"}}"#
        XCTAssertEqual(paths("immutable-fields", now), [], "without --against nothing is compared")
        XCTAssertEqual(paths("immutable-fields", now, previous: #"{"service": {"releaseType": "小程序"}, "governance": {"releaseType": "H5", "appId": "hz_ybfw"}}"#),
                       ["/governance/releaseType", "/service/releaseType"])
        XCTAssertEqual(paths("immutable-fields", now, previous: #"{"governance": {"appId": "hz_old"}}"#), ["/governance/appId"])
        XCTAssertEqual(paths("immutable-fields", now, previous: #"{"governance": {"appId": ""}}"#), [], "an empty previous value is not compared")
        XCTAssertEqual(paths("immutable-fields", now, previous: #"{"governance": {"appId": "hz_old",}}"#), [], "a previous version that is not JSON is not compared")
        XCTAssertEqual(paths("immutable-fields", #"{"governance": {"appId": "hz_new"}}"#, previous: #"{"service": {"releaseType": "PC"}, "governance": {"appId": "hz_new"}}"#), [],
                       "a section no longer present is not compared")
    }

    func testImmutableFieldsMessageNamesBothValues() {
        let found = RuleExampleTests.findings(of: RuleExample(#"{"governance": {"appId": "hz_new"}}"#, previous: #"{"governance": {"appId": "hz_old"}}"#), language: .en)
            .filter { $0.rule == "immutable-fields" }
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].message.contains("hz_old") && found[0].message.contains("hz_new"), found[0].message)
    }

    func testPageWidthBounds() {
        func width(_ value: String) -> [String] { paths("shanghai-page-width", #"{"shanghai": {"pageWidth": \#(value)}}"#) }
        for value in ["760", "950", "800", #""自适应""#, "null"] { XCTAssertEqual(width(value), [], value) }
        for value in ["759", "951", "800.5", #""800""#, "true", #""auto""#] { XCTAssertEqual(width(value), ["/shanghai/pageWidth"], value) }
    }

    func testMonitoringPageNames() {
        XCTAssertNil(MonitoringPages.nameProblem("办件_详情"))
        XCTAssertNil(MonitoringPages.nameProblem("Home页"))
        for name in ["_首页", "首页 ", "第1页", "用户13905710002", "证件33010619900101123X", "首页-详情"] {
            XCTAssertNotNil(MonitoringPages.nameProblem(name), name)
        }
        XCTAssertTrue(MonitoringPages.nameProblem("证件33010619900101123X")?.en.contains("ID-card") == true)
        XCTAssertTrue(MonitoringPages.nameProblem("用户13905710002")?.en.contains("mobile") == true)
    }

    func testMonitoringPageHostsWithoutAddressesAreNotJudged() {
        XCTAssertEqual(paths("monitoring-pages", #"{"governance": {"monitoring": {"pages": [{"id": "a", "name": "首页", "url": "https://x.example.net/"}]}}}"#), [])
        XCTAssertEqual(paths("monitoring-pages", #"{"governance": {"mobileUrl": "https://a.gov.cn/", "monitoring": {"pages": [{"id": "a", "name": "首页", "url": "a.gov.cn/home"}]}}}"#),
                       ["/governance/monitoring/pages/0/url"])
    }

    /// (The clean samples' golden reports, with no warning, show that no sample value is a placeholder.)
    func testTheTemplatesPlaceholdersAreReported() {
        let template = ManifestTemplate.manifest(for: []).rendered()
        let found = RuleExampleTests.findings(of: RuleExample(template)).filter { $0.rule == "placeholder-value" }
        for pointer in ["/application/name", "/application/owner/unit", "/developer/creditCode", "/governance/appId", "/governance/egressIps/0", "/service/mobileUrl"] {
            XCTAssertTrue(found.contains { $0.pointer.description == pointer }, pointer)
        }
    }
}
