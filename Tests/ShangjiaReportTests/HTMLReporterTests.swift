import Foundation
@testable import ShangjiaCore
import ShangjiaOnline
import XCTest
@testable import ShangjiaReport

final class HTMLReporterTests: XCTestCase {
    /// A 1×1 PNG's first bytes: the reporter embeds whatever the provider vouches for.
    static let pngBytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]

    private func render(language: Language = .zh) -> (html: String, requested: [String]) {
        let requests = Requests()
        let report = Fixtures.report(language: language) { manifest, _ in
            ApplicationSheet.gather(manifest: manifest, files: nil, language: language) { path in
                requests.append(manifest.file + " " + path)
                return path == "assets/icon.png" ? ImageAttachment(bytes: Self.pngBytes, format: .png, width: 180, height: 180) : nil
            }
        }
        return (HTMLReporter().render(report, settings: ReportSettings(language: language)), requests.values)
    }

    func testSelfContainedPageWithImagesAsDataURIs() {
        let (html, requested) = render()
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("default-src 'none'"), "a CSP forbids every request")
        XCTAssertNil(html.range(of: #"(src|href)="(https?:)?//"#, options: .regularExpression), "no external request")
        XCTAssertEqual(requested, ["\(Fixtures.serviceFile) assets/icon.png", "\(Fixtures.serviceFile) materials/shot1.png", "\(Fixtures.serviceFile) materials/shot2.jpg"])
        XCTAssertTrue(html.contains(".i1{background-image:url(data:image/png;base64,\(Base64.encode(Self.pngBytes)))}"), "the icon's data, once, in a class")
        XCTAssertTrue(html.contains("class=\"picture i1\" role=\"img\" aria-label=\"assets/icon.png\" style=\"width:180px;height:180px\""), "actual size")
        XCTAssertEqual(html.components(separatedBy: "class=\"missing\"").count - 1, 2, "the screenshots the provider refused")
    }

    func testFindingsGroupedWithRuleTitlesWaiversAndEscaping() {
        let html = render().html
        XCTAssertTrue(html.contains("<h2>杭州市医保服务</h2>"), "the application's name")
        XCTAssertTrue(html.contains(Markup.escape(ProbeRule.trickyMessage.zh)))
        XCTAssertFalse(html.contains("<b>“坏”</b>"), "messages are escaped")
        XCTAssertTrue(html.contains("探针规则"), "rule titles")
        XCTAssertTrue(html.contains(Markup.escape(Fixtures.waiverReason)), "waiver reason")
        XCTAssertTrue(html.contains("《IRS应用发布》用户手册 §3.2.1.1.1"), "source")
        let errors = html.range(of: "<h3>错误（")!, warnings = html.range(of: "<h3>警告（")!, infos = html.range(of: "<h3>提示（")!
        XCTAssertTrue(errors.lowerBound < warnings.lowerBound && warnings.lowerBound < infos.lowerBound)
        XCTAssertTrue(html.contains("<a href=\"#m2\">"), "the summary links to each application")
        XCTAssertTrue(render(language: .en).html.contains("Icons and screenshots"))
    }

    func testHeadingsCountTheFindingsASummaryStandsFor() throws {
        let report = Fixtures.report()
        var manifest = try XCTUnwrap(report.manifests.first { $0.file == Fixtures.serviceFile })
        let error = try XCTUnwrap(manifest.findings.first { $0.severity == .error && !$0.waived })
        var summary = error
        summary.omitted = 41
        manifest.findings.append(summary)
        let errors = FindingCounts(manifest.findings).errors
        let html = HTMLReporter().render(LintReport(today: report.today, manifests: [manifest], rules: report.rules), settings: ReportSettings())
        XCTAssertTrue(html.contains("<h3>错误（\(errors)）</h3>"), "\(errors) errors, 41 of them in one finding")
    }

    func testBase64() {
        XCTAssertEqual(Base64.encode(Array("".utf8)), "")
        XCTAssertEqual(Base64.encode(Array("f".utf8)), "Zg==")
        XCTAssertEqual(Base64.encode(Array("fo".utf8)), "Zm8=")
        XCTAssertEqual(Base64.encode(Array("foobar".utf8)), "Zm9vYmFy")
        XCTAssertEqual(Base64.encode([0xFF, 0xFE, 0xFD]), "//79")
    }
}

/// Paths the attachment provider was asked for (the provider is `@Sendable`).
private final class Requests: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func append(_ item: String) { lock.withLock { items.append(item) } }
    var values: [String] { lock.withLock { items } }
}
