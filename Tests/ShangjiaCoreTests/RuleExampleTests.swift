import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

/// Runs the examples every registered rule carries (as SwiftLint runs
/// `nonTriggeringExamples` / `triggeringExamples`), through the whole engine.
final class RuleExampleTests: XCTestCase {
    static func findings(of example: RuleExample, language: Language = .zh) -> [Finding] {
        let linter = Linter(options: LintOptions(today: example.today, language: language, prober: example.probes))
        let files = MemoryFileInspector(files: example.files.mapValues(\.bytes))
        let input = LintInput(file: "manifest.json", bytes: Array(example.manifest.utf8), files: files)
        let others = example.alongside.enumerated().map { index, text in
            LintInput(file: "other\(index)/manifest.json", bytes: Array(text.utf8), files: files)
        }
        return linter.lint([input] + others).manifests.first { $0.file == "manifest.json" }!.findings
    }

    func testEveryRuleHasExamplesOnBothSides() {
        for rule in RuleRegistry.all {
            let description = rule.description
            XCTAssertFalse(description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
            XCTAssertFalse(description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
        }
    }

    func testNonTriggeringExamplesStaySilent() {
        for rule in RuleRegistry.all {
            let id = rule.description.id
            for (index, example) in rule.description.nonTriggeringExamples.enumerated() {
                let fired = Self.findings(of: example).filter { $0.rule == id }
                XCTAssertTrue(fired.isEmpty, "\(id) non-triggering example \(index) fired: \(fired.map { "\($0.path) \($0.message)" })")
            }
        }
    }

    func testTriggeringExamplesFireWhereExpected() {
        for rule in RuleRegistry.all {
            let id = rule.description.id
            for (index, example) in rule.description.triggeringExamples.enumerated() {
                let fired = Self.findings(of: example).filter { $0.rule == id && !$0.waived }
                XCTAssertFalse(fired.isEmpty, "\(id) triggering example \(index) did not fire")
                let paths = Set(fired.map(\.path.description))
                for expected in example.expectedPaths {
                    XCTAssertTrue(paths.contains(expected), "\(id) example \(index): no finding at \(expected); got \(paths.sorted())")
                }
            }
        }
    }

    func testMessagesExistInBothLanguagesAndDiffer() {
        for rule in RuleRegistry.all {
            let id = rule.description.id
            guard let example = rule.description.triggeringExamples.first else { continue }
            let zh = Self.findings(of: example, language: .zh).filter { $0.rule == id }
            let en = Self.findings(of: example, language: .en).filter { $0.rule == id }
            XCTAssertEqual(zh.count, en.count, id)
            for (chinese, english) in zip(zh, en) {
                XCTAssertFalse(english.message.isEmpty, id)
                XCTAssertNotEqual(chinese.message, english.message, "\(id): the English message is the Chinese one")
                XCTAssertFalse(english.message.unicodeScalars.contains { $0.properties.isUnifiedIdeograph } && !english.message.contains("“") && english.message == chinese.message, id)
            }
        }
    }

    func testEveryRuleCitesASourceFromTheSpecTable() {
        let titles = ["《IRS应用注册与上架经验》", "《IRS应用发布》用户手册", "《浙政钉应用IRS上架流程》", "《浙政钉应用开发部署》", "DB31DSJ/Z 003—2026"]
        for rule in RuleRegistry.all {
            guard let source = rule.description.source else { continue }
            XCTAssertTrue(titles.contains { source.contains($0) }, "\(rule.description.id) cites '\(source)'")
        }
        XCTAssertEqual(Set(RuleRegistry.all.map { $0.description.id }).count, RuleRegistry.all.count, "duplicate rule ids")
    }
}
