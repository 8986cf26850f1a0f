import ShangjiaJSON
import XCTest
@testable import ShangjiaCore

final class FindingLimitTests: XCTestCase {
    func finding(_ rule: String, line: Int, severity: Severity = .error, waived: Bool = false) -> Finding {
        var finding = Finding(rule: rule, severity: severity, message: "m\(line)", file: "m.json", pointer: JSONPointer(["k\(line)"]),
                              position: SourcePosition(line: line, column: 1), source: nil)
        finding.waived = waived
        return finding
    }

    func testUnderTheLimitNothingChanges() {
        let findings = (1...3).map { finding("a", line: $0) }
        XCTAssertEqual(FindingLimit.apply(findings, limit: 3, language: .en), findings)
    }

    func testTheRestIsOneFindingThatCountsForAll() {
        // Given out of order: the first three in report order are kept.
        let findings = (1...10).reversed().map { finding("a", line: $0) } + [finding("b", line: 1)]
        let limited = FindingLimit.apply(findings, limit: 3, language: .en).sorted(by: Finding.reportOrder)
        let ofA = limited.filter { $0.rule == "a" }
        XCTAssertEqual(ofA.map(\.line), [1, 2, 3, 4])
        XCTAssertEqual(ofA.map(\.omitted), [0, 0, 0, 7])
        XCTAssertTrue(ofA[3].message.hasPrefix("7 more findings"), ofA[3].message)
        XCTAssertEqual(limited.filter { $0.rule == "b" }.count, 1)
        XCTAssertEqual(FindingCounts(limited), FindingCounts(findings))
    }

    func testSeveritiesAndWaiversAreLimitedApart() {
        let findings = (1...5).map { finding("a", line: $0) } + (6...10).map { finding("a", line: $0, severity: .warning) }
            + (11...15).map { finding("a", line: $0, waived: true) }
        let limited = FindingLimit.apply(findings, limit: 2, language: .zh)
        XCTAssertEqual(limited.count, 9)
        let counts = FindingCounts(limited)
        XCTAssertEqual(counts, FindingCounts(findings))
        XCTAssertEqual([counts.errors, counts.warnings, counts.waived], [5, 5, 5])
        XCTAssertTrue(limited.filter { $0.omitted > 0 }.allSatisfy { $0.message.hasPrefix("另有 3 处") })
    }
}
