import ShangjiaJSON

struct PlaceholderValue: Rule {
    static let description = RuleDescription(
        id: "placeholder-value",
        title: Text(zh: "没有遗留模板占位值", en: "No template placeholder is left in place"),
        severity: .warning, targets: [], source: nil,
        rationale: Text(zh: "shangjia init 生成的模板用明显的占位值（某某、示例、张三、13800000000、example.com 下的地址、example_ 开头的标识、主体全为 0 的信用代码、文档示例 IP）填满各字段。提交前每个占位值都要换成真实的值；仍与模板相同的值会被报告。",
                        en: "The template shangjia init prints fills its fields with plain placeholders (某某, 示例, 张三, 13800000000, addresses under example.com, identifiers starting with example_, a credit code with an all-zero body, a documentation IP). Each must be replaced by the real value before submission; a value still equal to the template's is reported."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"name": "杭州市“浙里办”医保服务", "owner": {"unit": "杭州市医疗保障局"}}, "service": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/m/"}}"#),
            RuleExample(#"{"developer": {"name": "某某科技有限公司"}, "shanghai": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"name": "杭州市“浙里办”某某服务", "owner": {"submitter": {"name": "张三", "phone": "13800000000"}}}, "service": {"mobileUrl": "https://app.example.com/m/"}}"#,
                        at: ["/application/name", "/application/owner/submitter/name", "/application/owner/submitter/phone", "/service/mobileUrl"]),
            RuleExample(#"{"developer": {"creditCode": "913301000000000009"}, "governance": {"egressIps": ["60.191.22.33", "203.0.113.10"]}}"#,
                        at: ["/developer/creditCode", "/governance/egressIps/1"]),
            RuleExample(#"{"governance": {"appId": "example_app_id"}}"#, at: ["/governance/appId"]),
        ])

    /// Whether a template value is plainly a placeholder, as the spec requires of every one it
    /// reports: never a value a real application (or a sample) would have.
    /// (Only asked of a value equal to its field's template value.)
    static let placeholderWords: [StaticString] = ["某某", "示例", "张三", "李四"]

    static func isPlaceholder(_ example: String) -> Bool {
        if example == "13800000000" || example == "13900000000" || example.hasPrefix("203.0.113.")
            || example.hasPrefix("example_") { return true }
        if example.hasPrefix("https://"), case .success(let url) = AddressURL.parse(example), case .domain(let host) = url.host {
            return host == "example.com" || host.hasSuffix(".example.com")
        }
        var example = example
        return example.withUTF8 { bytes in
            if bytes.count == 18, bytes[8..<17].allSatisfy({ $0 == UInt8(ascii: "0") }) { return true }
            return Self.placeholderWords.contains { bytes.contains(bytesOf: $0) }
        }
    }

    func check(_ context: RuleContext) -> [Finding] {
        context.readings.catalogStrings.compactMap { string, field in
            let text = string.text
            guard let example = field.example, text == example, Self.isPlaceholder(example) else { return nil }
            let pointer = string.pointer
            return context.finding(at: pointer,
                zh: "\(context.name(pointer)) 仍是 shangjia init 模板的占位值 “\(text)”", en: "\(context.name(pointer)) is still the shangjia init template's placeholder '\(text)'",
                hint: Text(zh: "换成真实的值", en: "replace it with the real value"))
        }
    }
}
