struct ShanghaiPageWidth: Rule {
    static let adaptive = "自适应"

    static let minWidth = IntegerParameter("minWidth", default: 760, atMost: maxWidth,
        Text(zh: "固定宽度的下限（px）", en: "the smallest fixed width (px)"))
    static let maxWidth = IntegerParameter("maxWidth", default: 950,
        Text(zh: "固定宽度的上限（px）", en: "the largest fixed width (px)"))

    static let description = RuleDescription(
        id: "shanghai-page-width",
        title: Text(zh: "页面宽度为 760–950 px 或自适应", en: "The page width is 760–950 px or adaptive"),
        severity: .warning, targets: [.shanghai], source: "DB31DSJ/Z 003—2026 附录D 页面框架",
        rationale: Text(zh: "应用页面可选固定宽度（760 到 950 之间的整数像素）或宽度自适应。填写页面框架时，写 760–950 的整数或“自适应”。附录D 是指引，所以只是警告。",
                        en: "An application page is either of a fixed width (an integer from 760 to 950 px) or adapts to the width. When the page width is given, it is an integer from 760 to 950 or \"自适应\". 附录D is guidance, so this is a warning."),
        parameters: [minWidth, maxWidth],
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"pageWidth": 760}}"#),
            RuleExample(#"{"shanghai": {"pageWidth": "自适应"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"pageWidth": 1200}}"#, at: ["/shanghai/pageWidth"]),
            RuleExample(#"{"shanghai": {"pageWidth": "800px"}}"#, at: ["/shanghai/pageWidth"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let value = context.manifest[.shanghaiPageWidth], value.stringValue != Self.adaptive else { return [] }
        let minimum = context[Self.minWidth], maximum = context[Self.maxWidth]
        if let width = value.numberValue?.integer, (minimum...maximum).contains(width) { return [] }
        let shown = value.stringValue.map { "“\($0)”" } ?? value.numberValue?.text ?? value.typeName
        return [context.finding(at: .shanghaiPageWidth,
            zh: "\(context.name(.shanghaiPageWidth)) 为 \(shown)，应为 \(minimum)–\(maximum) 的整数（固定宽度，px）或“\(Self.adaptive)”",
            en: "\(context.name(.shanghaiPageWidth)) is \(shown); it should be an integer from \(minimum) to \(maximum) (a fixed width in px) or \"\(Self.adaptive)\"",
            hint: Text(zh: "写数字（不带 px），或写“\(Self.adaptive)”", en: "write the number alone (no px), or \"\(Self.adaptive)\""))]
    }
}
