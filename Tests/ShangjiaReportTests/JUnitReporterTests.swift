import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ShangjiaCore
import XCTest
@testable import ShangjiaReport

final class JUnitReporterTests: XCTestCase {
    /// Collects the elements, their attributes and text as an XML consumer sees them.
    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String: String] = [:]
        private var open: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append((name, attributes))
            open.append(name)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { open.removeLast() }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let current = open.last { texts[current, default: ""] += string }
        }

        func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
        func all(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }
    }

    private func parse(_ text: String) throws -> Collector {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        return collector
    }

    func testOneSuitePerManifestOneCasePerRuleFailuresForErrors() throws {
        let report = Fixtures.report()
        let xml = try parse(JUnitReporter().render(report, settings: ReportSettings()))
        let suites = xml.all("testsuite")
        XCTAssertEqual(suites.map { $0["name"] }, [Fixtures.serviceFile, Fixtures.brokenFile], "in file order")
        XCTAssertEqual(xml.count("testcase"), report.manifests.count * report.rules.count)
        for suite in suites { XCTAssertEqual(suite["tests"], String(report.rules.count)) }

        // The service manifest: probe-rule fails (one unwaived error); governance-probe does not apply.
        let service = try XCTUnwrap(suites.first)
        XCTAssertEqual(service["failures"], "1")
        XCTAssertEqual(service["skipped"], "1")
        // The broken manifest: only manifest-syntax ran (and failed); every other rule is skipped.
        let broken = try XCTUnwrap(suites.last)
        XCTAssertEqual(broken["failures"], "1")
        XCTAssertEqual(broken["skipped"], String(report.rules.count - 1))
        XCTAssertEqual(xml.count("failure"), 2)
        XCTAssertEqual(xml.count("skipped"), report.rules.count)
        XCTAssertEqual(xml.all("testsuites").first?["failures"], "2")

        let failure = try XCTUnwrap(xml.all("failure").first { $0["type"] == "probe-rule" })
        XCTAssertEqual(failure["message"], ProbeRule.trickyMessage.zh, "escaped and read back unchanged, newline included")
        XCTAssertTrue(xml.texts["failure", default: ""].contains("\(Fixtures.serviceFile):6:13 /service/icon"))
        XCTAssertTrue(xml.texts["system-out", default: ""].contains("名称偏长"), "warnings are reported, not failed")
        XCTAssertTrue(xml.texts["system-out", default: ""].contains(Fixtures.waiverReason), "waived errors are reported, not failed")
    }

    func testEscapesEverythingXMLCannotHoldAsIs() {
        XCTAssertEqual(Markup.escape("<a href=\"x\">'&'</a>"), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        XCTAssertEqual(Markup.escape("bell\u{7}"), "bell\u{FFFD}", "XML 1.0 cannot carry C0 controls")
        XCTAssertEqual(Markup.attribute("a\nb"), "a&#10;b")
    }
}
