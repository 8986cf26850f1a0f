import Foundation
import XCTest

/// The HTML report of the bundled samples: facts, materials checklists, each image embedded
/// once, rules that passed, waived findings apart, and a print stylesheet.
final class HTMLReportTests: XCTestCase {
    private func report(_ sample: String) -> String {
        Harness.run(["lint", "--today", "2026-11-23", "--format", "html", sample]).stdout
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The rows of the checklist titled `title`, as (mark, material, file, type and size, notes, rules) with tags removed.
    private func checklist(_ title: String, in page: String) -> [[String]] {
        guard let start = page.range(of: "<h4>\(title)</h4>"), let end = page[start.upperBound...].range(of: "</table>") else { return [] }
        return page[start.upperBound..<end.lowerBound].components(separatedBy: "<tr>").dropFirst(2).map { row in
            row.components(separatedBy: "</td>").dropLast().map { cell in
                cell.replacingOccurrences(of: "<br>", with: " ").replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            }
        }
    }

    func testAnIconServiceAndGovernanceShareIsEmbeddedOnce() throws {
        let page = report("samples/clean-both")
        let icon = try Data(contentsOf: URL(fileURLWithPath: Harness.packageRoot + "/samples/clean-both/assets/icon.png"))
        XCTAssertEqual(count(icon.base64EncodedString(), in: page), 1, "one copy of the icon's bytes")
        XCTAssertEqual(count("class=\"picture i1\"", in: page), 2, "shown beside 服务侧's and 治理侧's findings")
        XCTAssertEqual(count("base64,", in: page), 2, "the icon and the one screenshot")
    }

    func testFactsTableAndHeader() {
        let page = report("samples/clean-both")
        XCTAssertTrue(page.contains("<tr><th>业主单位</th><td>杭州市医疗保障局</td></tr>"))
        XCTAssertTrue(page.contains("<tr><th>开发商名称</th><td>杭州数智政通科技有限公司 · 91330106MA2H4K5L67</td></tr>"))
        XCTAssertTrue(page.contains("<tr><th>应用标识</th><td>"), "the governance side's 应用标识")
        XCTAssertTrue(page.contains("<tr><th>治理侧（浙政钉） 发布端 · 发布类型</th><td>浙政钉 · H5</td></tr>"))
        XCTAssertTrue(page.contains("检查日期 2026-11-23"), "--today in the header")
        XCTAssertTrue(page.contains("shangjia 0.1.0 ·"), "the tool version in the header")
    }

    func testChecklistsJudgeEachMaterialWithItsRule() throws {
        let page = report("samples/broken-governance-network")
        let governance = checklist("治理侧（浙政钉）", in: page)
        XCTAssertEqual(governance.count, 11, "nine templates, their count, the load test report")
        let eighth = governance[7]
        XCTAssertEqual(eighth[0], "✗")
        XCTAssertEqual(eighth[3], "文件不存在")
        XCTAssertEqual(eighth[5], "material-file", "the rule whose finding failed it")
        XCTAssertEqual(governance[0][0], "✓")
        XCTAssertEqual(governance[0][3], "DOCX · 537 B", "type by content, size")
        XCTAssertEqual(governance[0][5], "governance-templates material-file", "the rules that passed it")
        let loadTest = try XCTUnwrap(governance.last)
        XCTAssertEqual(loadTest[0], "✗", "load-test's concurrency finding judges the load test material")
        XCTAssertTrue(loadTest[4].contains("压测并发数 30"))

        let shanghai = report("samples/broken-shanghai")
        XCTAssertTrue(shanghai.contains("<p class=\"basis\">按 应用类型 业务应用 · 接入阶段 接入审核"), "the 上海 reports depend on app type and stage")
        let reports = checklist("上海一网协同", in: shanghai)
        XCTAssertEqual(reports.map { $0[1] }, ["软件测试报告", "等保测评报告", "安全测试报告", "密码应用测评报告", "联调确认单", "功能测试报告"])
        XCTAssertEqual(reports[3][0], "✗", "the crypto report a work-secrets app must provide")
        XCTAssertEqual(reports[4][0], "—", "not required at 接入审核")
    }

    func testRecordingShowsItsPlatformsAndEnds() {
        let rows = checklist("服务侧（浙里办/政务服务网）", in: report("samples/clean-service"))
        let recording = rows.first { $0[1] == "录屏" }
        XCTAssertEqual(recording?[0], "✓")
        XCTAssertEqual(recording?[3], "MP4 · 32 B")
        XCTAssertEqual(recording?[4], "录屏系统 Android、iOS · 录屏上架端 浙里办APP、支付宝、微信")
    }

    func testPassedRulesCollapsedAndWaivedApart() throws {
        let page = report("samples/waived-line-style")
        let start = try XCTUnwrap(page.range(of: "<details class=\"passed\"><summary>通过的规则（"))
        let end = try XCTUnwrap(page[start.upperBound...].range(of: "</details>"))
        let passed = page[start.upperBound..<end.lowerBound]
        XCTAssertTrue(passed.contains("<li><span class=\"mono\">icon-dimensions</span> 图标尺寸正确</li>"), "a rule that ran without a finding")
        XCTAssertFalse(passed.contains("icon-line-style"), "a waived rule did not pass")
        let waived = try XCTUnwrap(page.range(of: "<h3>已豁免（1）</h3>"))
        XCTAssertTrue(page[waived.upperBound...].contains("豁免理由：图标沿用省级统一视觉规范"))
        XCTAssertLessThan(page.range(of: "<h3>材料清单</h3>")!.lowerBound, waived.lowerBound)
    }

    func testPrintStylesheetPutsEachApplicationOnItsOwnA4Page() {
        let page = report("samples/clean-service")
        XCTAssertTrue(page.contains("@page{size:A4"))
        XCTAssertTrue(page.contains("section.manifest{break-before:page"))
        XCTAssertTrue(page.contains("tr,li.finding,.image-row,figure{break-inside:avoid}"), "no row cut between pages")
        XCTAssertTrue(page.contains("print-color-adjust:exact"), "images drawn as backgrounds still print")
    }
}
