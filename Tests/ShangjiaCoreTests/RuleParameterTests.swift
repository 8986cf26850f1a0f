import Foundation
import ShangjiaInspect
import ShangjiaJSON
import XCTest
@testable import ShangjiaCore

/// Rule parameters are typed constants, decoded and range-checked once when a config is read.
final class RuleParameterTests: XCTestCase {
    private static let rules = RuleRegistry.all.map { $0.description }

    private func problem(_ config: String) -> Text? {
        do {
            _ = try Configuration.parse(Array(config.utf8), knownRules: Self.rules)
            return nil
        } catch {
            return error.message
        }
    }

    func testAValueOfTheWrongTypeIsRefusedInBothLanguages() {
        let message = problem(#"{"rules": {"icon-file-size": {"maxBytes": "120KB"}}}"#)
        XCTAssertEqual(message?.en, "icon-file-size.maxBytes must be an integer of at least 0, not a string")
        XCTAssertEqual(message?.zh, "icon-file-size.maxBytes 应为不小于 0 的整数，而不是字符串")
        XCTAssertEqual(problem(#"{"rules": {"icon-file-size": {"maxBytes": 1.5}}}"#)?.en,
                       "icon-file-size.maxBytes must be an integer of at least 0, not 1.5")
        XCTAssertEqual(problem(#"{"rules": {"shanghai-name": {"words": ["微信", 1]}}}"#)?.en, "shanghai-name.words must be an array of strings")
        XCTAssertEqual(problem(#"{"rules": {"shanghai-name": {"words": "微信"}}}"#)?.zh, "shanghai-name.words 应为字符串数组")
    }

    func testAValueOutOfItsRangeIsRefused() {
        let negative = problem(#"{"rules": {"icon-file-size": {"maxBytes": -1}}}"#)
        XCTAssertEqual(negative?.en, "icon-file-size.maxBytes is -1; it must be an integer of at least 0")
        XCTAssertEqual(negative?.zh, "icon-file-size.maxBytes 为 -1，应为不小于 0 的整数")
        XCTAssertEqual(problem(#"{"rules": {"icon-line-style": {"maxSurvivalPercent": 101}}}"#)?.en,
                       "icon-line-style.maxSurvivalPercent is 101; it must be an integer from 0 to 100")
        XCTAssertNil(problem(#"{"rules": {"icon-line-style": {"maxSurvivalPercent": 100}}}"#))
    }

    func testAParameterBoundByAnotherIsRefusedAboveIt() {
        let above = problem(#"{"rules": {"icon-file-size": {"warningBytes": 130000}}}"#)
        XCTAssertEqual(above?.en, "icon-file-size.warningBytes (130000) must not exceed maxBytes (122880)")
        XCTAssertEqual(above?.zh, "icon-file-size.warningBytes（130000）不应大于 maxBytes（122880）")
        XCTAssertEqual(problem(#"{"rules": {"shanghai-page-width": {"minWidth": 800, "maxWidth": 700}}}"#)?.en,
                       "shanghai-page-width.minWidth (800) must not exceed maxWidth (700)")
        XCTAssertNil(problem(#"{"rules": {"icon-file-size": {"warningBytes": 130000, "maxBytes": 150000}}}"#))
        XCTAssertNil(problem(#"{"rules": {"icon-file-size": {"maxBytes": 100000}}}"#), "lowering only the limit leaves no room for warnings")
        XCTAssertEqual(IconFileSize.warningBytes.allowed.en, "an integer of at least 0, at most maxBytes")
        XCTAssertEqual(IconFileSize.warningBytes.allowed.zh, "不小于 0 且不大于 maxBytes 的整数")
    }

    func testAnUnknownParameterIsRefusedWithASuggestionOrTheKnownNames() {
        XCTAssertEqual(problem(#"{"rules": {"icon-file-size": {"maxByte": 1}}}"#)?.en,
                       "rule icon-file-size has no parameter 'maxByte'; did you mean 'maxBytes'?")
        XCTAssertEqual(problem(#"{"rules": {"icon-file-size": {"limit": 1}}}"#)?.en,
                       "rule icon-file-size has no parameter 'limit' (known: maxBytes, warningBytes, logoMaxBytes)")
        XCTAssertEqual(problem(#"{"rules": {"app-id-unique": {"limit": 1}}}"#)?.zh, "规则 app-id-unique 没有参数 “limit”（可用：无）")
    }

    /// Every parameter of every rule: its default and another allowed value survive the config, and the rule reads them.
    func testEveryRuleParameterRoundTripsThroughAConfig() throws {
        var checked = 0
        for rule in Self.rules {
            XCTAssertEqual(Set(rule.parameters.map(\.name)).count, rule.parameters.count, "\(rule.id): a parameter name twice")
            for parameter in rule.parameters {
                let other: ParameterValue
                switch parameter {
                case let integer as IntegerParameter:
                    other = .integer(integer.defaultInteger == integer.range.upperBound ? integer.range.lowerBound : integer.defaultInteger + 1)
                case let list as StringListParameter:
                    other = .strings(list.defaultStrings + ["另一个"])
                default:
                    XCTFail("\(rule.id).\(parameter.name): a parameter kind this test does not know"); continue
                }
                for value in [parameter.defaultValue, other] {
                    let config = #"{"rules": {"\#(rule.id)": {"\#(parameter.name)": \#(Self.json(value))}}}"#
                    let settings = try Configuration.parse(Array(config.utf8), knownRules: Self.rules).settings(for: rule.id)
                    let context = try Self.context(rule, settings)
                    switch parameter {
                    case let integer as IntegerParameter: XCTAssertEqual(ParameterValue.integer(context[integer]), value, "\(rule.id).\(parameter.name)")
                    case let list as StringListParameter: XCTAssertEqual(ParameterValue.strings(context[list]), value, "\(rule.id).\(parameter.name)")
                    default: break
                    }
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 2 * 13, "every rule's parameters were tried")
    }

    func testAnUnsetParameterReadsItsDefault() throws {
        let rule = IconFileSize.description
        let context = try Self.context(rule, RuleSettings())
        XCTAssertEqual(context[IconFileSize.maxBytes], 122_880)
        XCTAssertEqual(context[IconFileSize.logoMaxBytes], 1_048_576)
    }

    /// Parameters are read through their typed constants only: string lookups (a typo crashed at run time) are gone.
    /// Each constant is named as its config key and listed in its rule's description (or a config could not set it).
    func testRulesDeclareTheirParametersAsListedConstants() throws {
        let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/ShangjiaCore/Rules/Catalog").standardized
        let declaration = try NSRegularExpression(pattern: #"static let (\w+) = (?:IntegerParameter|StringListParameter)\("(\w+)""#)
        var declared = 0
        for rule in RuleRegistry.all {
            let file = "\(rule).swift"
            let source = try String(contentsOf: catalog.appendingPathComponent(file), encoding: .utf8)
            for lookup in ["context.integer(\"", "context.strings(\"", "RuleParameter("] {
                XCTAssertFalse(source.contains(lookup), "\(file) uses \(lookup)")
            }
            let names = declaration.matches(in: source, range: NSRange(source.startIndex..., in: source)).map { match in
                (constant: String(source[Range(match.range(at: 1), in: source)!]), key: String(source[Range(match.range(at: 2), in: source)!]))
            }
            for name in names { XCTAssertEqual(name.constant, name.key, "\(file): the constant is named as its config key") }
            XCTAssertEqual(names.map(\.key), rule.description.parameters.map(\.name), "\(file): every parameter constant is listed, in order")
            declared += names.count
        }
        XCTAssertEqual(declared, RuleRegistry.all.map { $0.description.parameters.count }.reduce(0, +))
        XCTAssertGreaterThan(declared, 10)
    }

    private static func context(_ rule: RuleDescription, _ settings: RuleSettings) throws -> RuleContext {
        let manifest = Manifest(file: "m.json", document: try JSONParser.parse(Array("{}".utf8)).get())
        return RuleContext(manifest: manifest, files: MemoryFileInspector(files: [:]), today: CalendarDate("2026-11-23")!,
                           language: .en, rule: rule, settings: settings)
    }

    private static func json(_ value: ParameterValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .strings(let items): "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
    }
}
