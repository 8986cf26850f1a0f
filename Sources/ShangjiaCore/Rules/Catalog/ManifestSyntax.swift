import ShangjiaJSON

/// manifest-syntax: the engine reports it when the reader rejects the text; it has no
/// `check` of its own because a manifest that is not JSON reaches no rule.
struct ManifestSyntax: Rule {
    static let description = RuleDescription(
        id: "manifest-syntax",
        title: Text(zh: "清单是有效的 UTF-8 JSON", en: "The manifest is valid UTF-8 JSON"),
        severity: .error, targets: [], source: nil,
        rationale: Text(zh: "门户表单只接受能读懂的内容；清单必须是严格的 JSON（RFC 8259），UTF-8 编码，嵌套不超过 512 层。报告第一个错误的准确行列。",
                        en: "Nothing else can be checked until the manifest reads as strict JSON (RFC 8259) in UTF-8 with nesting of at most 512; the first fault is reported at its exact line and column."),
        nonTriggeringExamples: [RuleExample(#"{"developer": {"name": "杭州某某科技有限公司"}}"#)],
        triggeringExamples: [
            RuleExample(#"{"developer": {"name": "杭州某某科技有限公司",}}"#, at: [""]),
            RuleExample("{\"service\": {\"name\": \"医保\"} // 注释\n}", at: [""]),
        ])

    static func finding(for error: JSONSyntaxError, file: String, language: Language, configuration: Configuration) -> Finding {
        Finding(rule: description.id, severity: configuration.settings(for: description.id).severity ?? .error,
                message: message(for: error.reason)(language), file: file, pointer: .root, position: error.position,
                source: nil, hint: hint(for: error.reason).map { $0(language) })
    }

    static func message(for reason: JSONSyntaxError.Reason) -> Text {
        switch reason {
        case .notUTF8(let byte):
            let hexByte = String(byte, radix: 16, uppercase: true)
            return Text(zh: "文件不是 UTF-8 编码：此处的字节 0x\(hexByte) 无效（常见于 GBK/GB18030 保存的文件）",
                        en: "the file is not UTF-8: byte 0x\(hexByte) here is invalid (typical of a file saved as GBK/GB18030)")
        case .utf16:
            return Text(zh: "文件是 UTF-16 编码，清单须为 UTF-8", en: "the file is UTF-16; a manifest must be UTF-8")
        case .empty:
            return Text(zh: "文件为空，没有 JSON 内容", en: "the file is empty: no JSON value")
        case .unexpectedEnd:
            return Text(zh: "JSON 意外结束：缺少右括号、引号或值", en: "unexpected end of JSON: a closing bracket, quote or value is missing")
        case .unexpectedCharacter(let found):
            return Text(zh: "此处不应出现 “\(found)”，应为一个 JSON 值", en: "unexpected '\(found)': a JSON value was expected")
        case .expected(let what, let found):
            let expected: Text
            switch what {
            case .commaOrArrayEnd: expected = Text(zh: "“,” 或 “]”", en: "',' or ']'")
            case .commaOrObjectEnd: expected = Text(zh: "“,” 或 “}”", en: "',' or '}'")
            case .key: expected = Text(zh: "带引号的键（如 \"name\"）", en: "a quoted key (as \"name\")")
            case .colon: expected = Text(zh: "键后的 “:”", en: "':' after the key")
            }
            return Text(zh: "此处应为\(expected.zh)，实际是 “\(found)”", en: "expected \(expected.en), found '\(found)'")
        case .comment:
            return Text(zh: "JSON 不允许注释", en: "JSON allows no comments")
        case .trailingComma:
            return Text(zh: "最后一项后面多了逗号：JSON 不允许末尾逗号", en: "a comma after the last item: JSON allows no trailing comma")
        case .controlCharacterInString(let code):
            let name = "U+" + String(repeating: "0", count: 4 - String(code, radix: 16).count) + String(code, radix: 16, uppercase: true)
            return Text(zh: "字符串中有未转义的控制字符 \(name)", en: "unescaped control character \(name) in a string")
        case .invalidEscape(let escape):
            return Text(zh: "无效的转义 “\(escape)”", en: "invalid escape '\(escape)'")
        case .loneSurrogate(let escape):
            return Text(zh: "转义 \(escape) 是落单的代理项，不是合法字符", en: "the escape \(escape) is a lone surrogate, not a character")
        case .invalidNumber(let text):
            return Text(zh: "数字 “\(text)” 不符合 JSON 格式", en: "'\(text)' is not a JSON number")
        case .tooDeep(let limit):
            return Text(zh: "嵌套超过 \(limit) 层", en: "nesting deeper than \(limit) levels")
        case .trailingContent(let found):
            return Text(zh: "JSON 值结束后还有内容 “\(found)”", en: "content after the JSON value: '\(found)'")
        }
    }

    static func hint(for reason: JSONSyntaxError.Reason) -> Text? {
        switch reason {
        case .notUTF8, .utf16:
            return Text(zh: "用编辑器“另存为 UTF-8”后重试", en: "save the file as UTF-8 and run again")
        case .trailingComma:
            return Text(zh: "删去这个逗号", en: "remove this comma")
        case .comment:
            return Text(zh: "删去注释（说明可以写进 README）", en: "remove the comment (notes can go in a README)")
        case .invalidEscape:
            return Text(zh: "JSON 字符串中的 “\\” 开始一个转义；路径请用 “/” 分隔（写作 \"assets/icon.png\"），真要反斜杠写作 “\\\\”",
                        en: "in a JSON string “\\” starts an escape; separate path folders with “/” (as \"assets/icon.png\"), write “\\\\” for a real backslash")
        default:
            return nil
        }
    }
}
