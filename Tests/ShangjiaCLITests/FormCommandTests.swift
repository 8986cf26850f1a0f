import Foundation
import XCTest

/// `shangjia form`: the portal's labels in the portal's order, the sample's values as typed or
/// chosen, 「未填」 where the manifest has nothing, in text, Markdown and HTML.
final class FormCommandTests: XCTestCase {
    static let sample = "samples/clean-service/manifest.json"

    /// The rows of one `[section]` of the text output: label → value, in order.
    private func rows(of section: String, in text: String, after form: String) -> [(String, String)] {
        let lines = text.components(separatedBy: "\n")
        guard let formStart = lines.firstIndex(where: { $0.hasPrefix("== \(form)") }),
              let start = lines[formStart...].firstIndex(of: "[\(section)]") else { return [] }
        return lines[(start + 1)...].prefix { $0.hasPrefix("  ") && !$0.hasPrefix("  — ") }.map { line in
            let parts = line.dropFirst(2).split(separator: " ", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
        }
    }

    func testServiceFormFollowsTheManualsOrderWithTheSamplesValues() {
        let result = Harness.run(["form", Self.sample])
        XCTAssertEqual(result.status, 0, result.stderr)
        let basics = rows(of: "基础信息", in: result.stdout, after: "服务侧发布")
        XCTAssertEqual(basics.map(\.0), ["发布端", "发布类型", "服务名称", "服务介绍", "图标", "服务用户类型", "是否支持国产操作系统",
                                         "移动端地址", "PC端地址", "健康地址", "适用范围"], "001 §3.2.1.1.1's order")
        let values = Dictionary(uniqueKeysWithValues: basics)
        XCTAssertEqual(values["发布端"], "☑ 浙里办APP  ☑ 政务服务网")
        XCTAssertEqual(values["服务名称"], "医保服务")
        XCTAssertEqual(values["图标"], "assets/icon.png · PNG 180×180 · 833 B", "name, type by content, size")
        XCTAssertEqual(values["是否支持国产操作系统"], "是")
        XCTAssertEqual(values["适用范围"], "☐ 省  ☑ 市  ☑ 区县")
        XCTAssertEqual(rows(of: "开发商信息", in: result.stdout, after: "服务侧发布").map(\.0), ["开发商", "开发商社会信用编码", "开发商联系方式"])
        XCTAssertTrue(result.stdout.contains("== IRS 应用注册（编目） =="), "the service section calls for the catalog record too")
        XCTAssertFalse(result.stdout.contains("治理侧发布"), "no governance section, no governance form")
        XCTAssertFalse(result.stdout.contains("建设部门"), "fields the portal fills in itself are left out")
    }

    func testTextValuesStartInOneColumnByDisplayWidth() {
        let text = Harness.run(["form", Self.sample]).stdout
        let lines = text.components(separatedBy: "\n")
        let start = lines.firstIndex(of: "[基础信息]")!
        let section = lines[(start + 1)...].prefix { $0.hasPrefix("  ") && !$0.hasPrefix("  — ") }
        // 服务名称 (4 wide characters) and 是否支持国产操作系统 (10) put their values at the same column.
        let columns = section.map { line -> Int in
            let label = line.dropFirst(2).prefix { $0 != " " }
            let gap = line.dropFirst(2 + label.count).prefix { $0 == " " }.count
            return label.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } + gap
        }
        XCTAssertEqual(Set(columns).count, 1, "\(Array(section))")
    }

    func testCatalogFormShowsUnfilledFieldsAndCountsThem() {
        let result = Harness.run(["form", "--target", "irs", Self.sample])
        XCTAssertEqual(result.status, 0, result.stderr)
        let status = Dictionary(uniqueKeysWithValues: rows(of: "应用状态", in: result.stdout, after: "IRS"))
        XCTAssertEqual(status["应用状态"], "运行中")
        XCTAssertEqual(status["计划上线时间"], "「未填」")
        XCTAssertEqual(status["停用时间"], "「未填」")
        XCTAssertTrue(result.stdout.contains("— 本节 4 项，未填 2 项"), result.stdout)
        XCTAssertTrue(result.stdout.contains("☐ 政务内网  ☑ 政务外网  ☑ 互联网  ☐ 业务专网  ☐ 单机"), "every checkbox, ticked or not")
        XCTAssertTrue(result.stdout.contains("materials/建设方案.pdf · PDF · 157 B"))
        XCTAssertFalse(result.stdout.contains("服务侧发布"), "--target picks the forms")
    }

    func testMarkdownIsOneTableASectionWithCellsEscaped() throws {
        let folder = Harness.temporaryFolder()
        var manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Harness.packageRoot + "/" + Self.sample))) as? [String: Any])
        var service = try XCTUnwrap(manifest["service"] as? [String: Any])
        service["intro"] = "查询|缴费\n<b>备案</b>"
        service["pcSameAsMobile"] = true
        manifest["service"] = service
        let path = folder.appendingPathComponent("manifest.json")
        try JSONSerialization.data(withJSONObject: manifest).write(to: path)
        let result = Harness.run(["form", "--target", "service", "--format", "markdown", path.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.components(separatedBy: "\n")
        XCTAssertEqual(lines.filter { $0 == "|---|---|" }.count, 2, "基础信息 and 开发商信息")
        XCTAssertTrue(lines.contains("| 服务介绍 | 查询\\|缴费<br>&lt;b&gt;备案&lt;/b&gt; |"), result.stdout)
        XCTAssertTrue(lines.contains("| PC端地址 | 同移动端地址 |"), "pcSameAsMobile is the portal's 同移动端地址 choice")
        XCTAssertTrue(lines.contains("| 图标 | 「未填」 |") == false)
        for line in lines where line.hasPrefix("| ") {
            XCTAssertEqual(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 3, "two cells: \(line)")
        }
    }

    func testHTMLIsWellFormedSelfContainedAndMarksUnfilledCells() throws {
        let result = Harness.run(["form", "--target", "irs", "--target", "service", "--format", "html", "--today", "2026-11-23", Self.sample])
        XCTAssertEqual(result.status, 0, result.stderr)
        let page = result.stdout
        XCTAssertTrue(page.contains("default-src 'none'"), "the same policy as the report: no request leaves the page")
        XCTAssertTrue(page.contains("@page{size:A4"), "printable on A4")
        XCTAssertEqual(page.components(separatedBy: "<td class=\"unfilled\">「未填」</td>").count - 1, 2, "计划上线时间 and 停用时间")
        XCTAssertTrue(page.contains("<tr><th>是否支持国产操作系统</th><td>是</td></tr>"))
        XCTAssertLessThan(try XCTUnwrap(page.range(of: "IRS 应用注册"))!.lowerBound, try XCTUnwrap(page.range(of: "服务侧发布"))!.lowerBound)
        // Every element that is not void is closed, in order.
        let script = """
            import sys
            from html.parser import HTMLParser
            void = {"meta", "br", "img", "link", "hr", "input"}
            class Check(HTMLParser):
                stack = []
                def handle_starttag(self, tag, attrs):
                    if tag not in void: self.stack.append(tag)
                def handle_endtag(self, tag):
                    assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
                    self.stack.pop()
            check = Check(); check.feed(sys.stdin.read()); check.close()
            assert check.stack == [], f"unclosed: {check.stack}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(page.utf8))
        input.fileHandleForWriting.closeFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "the page's tags do not balance")
    }

    func testEnglishLabelsKeepThePortalsChineseLabel() {
        let result = Harness.run(["form", "--lang", "en", "--target", "service", Self.sample])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\n  supports domestic OS (是否支持国产操作系统)  yes\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("— 11 fields, all filled"))
    }

    func testShanghaiFormAndBadArguments() {
        let result = Harness.run(["form", "samples/clean-shanghai/manifest.json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(rows(of: "注册内容", in: result.stdout, after: "一网协同").map(\.0),
                       ["应用名称", "应用描述", "应用分类", "行业主题", "应用类型", "可见范围", "应用开发商", "应用图标"], "004 §6.2.2's order")
        XCTAssertFalse(result.stdout.contains("IRS"), "a 一网协同-only manifest has no catalog record")
        for bad in [["form", "--target", "bogus", Self.sample], ["form", "--format", "pdf", Self.sample], ["form"],
                    ["form", "samples/broken-syntax-comma/manifest.json"]] {
            let outcome = Harness.run(bad)
            XCTAssertEqual(outcome.status, 2, "\(bad)")
            XCTAssertEqual(outcome.stdout, "", "\(bad)")
        }
    }
}
