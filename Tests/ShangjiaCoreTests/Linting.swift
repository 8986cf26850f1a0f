import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

// The one way the rule tests lint a manifest: through the whole engine (waivers and run rules
// included), as the examples run, with files in memory. Every helper takes the rule first.
extension XCTestCase {
    /// The findings of `rule` (of every rule when nil) for `manifest`, on 2026-11-23 unless `today`
    /// says otherwise; `inspector` serves states memory files cannot express. A test manifest that
    /// is not JSON fails the test, unless manifest-syntax is the rule asked about.
    func findings(_ rule: String?, _ manifest: String, files: [String: [UInt8]] = [:], inspector: (any FileInspecting)? = nil,
                  today: String = "2026-11-23", previous: String? = nil, language: Language = .zh,
                  file: StaticString = #filePath, line: UInt = #line) -> [Finding] {
        let linter = Linter(options: LintOptions(today: CalendarDate(today)!, language: language))
        let input = LintInput(file: "manifest.json", bytes: Array(manifest.utf8), files: inspector ?? MemoryFileInspector(files: files),
                              previousBytes: previous.map { Array($0.utf8) })
        let all = linter.lint([input]).manifests[0].findings
        if rule != "manifest-syntax" {
            XCTAssertFalse(all.contains { $0.rule == "manifest-syntax" }, "the test manifest is not JSON: \(manifest)", file: file, line: line)
        }
        return rule.map { rule in all.filter { $0.rule == rule } } ?? all
    }

    /// The pointers `rule` reports for `manifest`, sorted.
    func paths(_ rule: String, _ manifest: String, files: [String: [UInt8]] = [:], inspector: (any FileInspecting)? = nil,
               today: String = "2026-11-23", previous: String? = nil, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        paths(findings(rule, manifest, files: files, inspector: inspector, today: today, previous: previous, file: file, line: line))
    }

    /// The pointers of `findings`, sorted.
    func paths(_ findings: [Finding]) -> [String] { findings.map(\.pointer.description).sorted() }
}
