import Foundation
import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

/// Runs the examples every registered rule carries (as SwiftLint's `verifyExamples` and ESLint's
/// RuleTester do), through the whole engine. A triggering example states exactly the findings it
/// produces: every pointer, each as often as it is reported. Each rule has its own test method
/// (RuleExampleTests+PerRule.swift, written by scripts/make-example-tests.py), so a failure names its rule.
final class RuleExampleTests: XCTestCase {
    static func findings(of example: RuleExample, language: Language = .zh) -> [Finding] {
        let linter = Linter(options: LintOptions(today: example.today, language: language, prober: example.probes))
        let files = MemoryFileInspector(files: example.files.mapValues(\.bytes))
        let input = LintInput(file: "manifest.json", bytes: Array(example.manifest.utf8), files: files, previousBytes: example.previous.map { Array($0.utf8) })
        let others = example.alongside.enumerated().map { index, text in
            LintInput(file: "other\(index)/manifest.json", bytes: Array(text.utf8), files: files)
        }
        return linter.lint([input] + others).manifests.first { $0.file == "manifest.json" }!.findings
    }

    func testEveryRuleCitesASourceFromTheSpecTable() {
        let titles = ["《IRS应用注册与上架经验》", "《IRS应用发布》用户手册", "《浙政钉应用IRS上架流程》", "《浙政钉应用开发部署》", "DB31DSJ/Z 003—2026"]
        for rule in RuleRegistry.all {
            guard let source = rule.description.source else { continue }
            XCTAssertTrue(titles.contains { source.contains($0) }, "\(rule.description.id) cites '\(source)'")
        }
        XCTAssertEqual(Set(RuleRegistry.all.map { $0.description.id }).count, RuleRegistry.all.count, "duplicate rule ids")
    }

    /// A rule file left out of `RuleRegistry` runs nowhere, and one without its test method has its examples run nowhere.
    func testEveryCatalogTypeIsRegisteredAndHasItsExampleTest() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let catalog = root.appendingPathComponent("Sources/ShangjiaCore/Rules/Catalog")
        let declaration = try NSRegularExpression(pattern: #"^(?:public |final )*struct (\w+): (?:Rule|RunRule)\b"#, options: .anchorsMatchLines)
        var declared: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: catalog.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: catalog.appendingPathComponent(name), encoding: .utf8)
            for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        XCTAssertGreaterThan(declared.count, 40)
        XCTAssertEqual(declared, Set(RuleRegistry.all.map { String(describing: $0) }), "Catalog/ types and RuleRegistry.all differ")
        let generated = try String(contentsOf: root.appendingPathComponent("Tests/ShangjiaCoreTests/RuleExampleTests+PerRule.swift"), encoding: .utf8)
        for rule in RuleRegistry.all {
            XCTAssertTrue(generated.contains("verifyExamples(of: \(rule).self)"), "no example test for \(rule); run scripts/make-example-tests.py")
        }
    }
}

extension XCTestCase {
    /// Every example of `rule`: non-triggering ones stay silent, triggering ones report exactly
    /// their stated pointers, in both languages, with English and Chinese messages that differ.
    func verifyExamples(of rule: any Rule.Type, file: StaticString = #filePath, line: UInt = #line) {
        let description = rule.description, id = description.id
        XCTAssertFalse(description.triggeringExamples.isEmpty, "\(id) has no triggering example", file: file, line: line)
        XCTAssertFalse(description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example", file: file, line: line)
        for (index, example) in description.nonTriggeringExamples.enumerated() {
            let fired = RuleExampleTests.findings(of: example).filter { $0.rule == id }
            XCTAssertEqual(fired.map { "\($0.pointer) \($0.message)" }, [], "\(id) non-triggering example \(index) fired", file: file, line: line)
        }
        for (index, example) in description.triggeringExamples.enumerated() {
            XCTAssertFalse(example.expectedPaths.isEmpty, "\(id) triggering example \(index) states no finding", file: file, line: line)
            let zh = RuleExampleTests.findings(of: example, language: .zh).filter { $0.rule == id && !$0.waived }
            XCTAssertEqual(zh.map(\.pointer.description).sorted(), example.expectedPaths.sorted(),
                           "\(id) triggering example \(index): the findings are not exactly the stated ones", file: file, line: line)
            let en = RuleExampleTests.findings(of: example, language: .en).filter { $0.rule == id && !$0.waived }
            XCTAssertEqual(zh.map(\.pointer), en.map(\.pointer), "\(id) example \(index): the languages disagree", file: file, line: line)
            for (chinese, english) in zip(zh, en) {
                XCTAssertFalse(english.message.isEmpty, "\(id) example \(index)", file: file, line: line)
                XCTAssertNotEqual(chinese.message, english.message, "\(id) example \(index): the English message is the Chinese one", file: file, line: line)
            }
        }
    }
}
