struct ShanghaiName: Rule {
    static let words = StringListParameter("words", default: ["微信", "测试", "免费"],
        Text(zh: "名称中不应出现的特殊词汇", en: "special words the name should not contain"))

    static let description = RuleDescription(
        id: "shanghai-name",
        title: Text(zh: "一网协同应用名称简洁规范", en: "The 一网协同 application name is short and plain"),
        severity: .warning, targets: [.shanghai],
        source: "DB31DSJ/Z 003—2026 附录D 表D.1 应用名称",
        rationale: Text(zh: "应用中文名称宜简洁，建议 2–8 个字，不用特殊字符（只用汉字、字母和数字）和特殊词汇（如“微信”“测试”“免费”，词表可配置）。",
                        en: "The Chinese application name should be short, 2–8 characters as recommended, without special characters (汉字, letters and digits only) or special words (such as 微信, 测试, 免费; the list is configurable)."),
        parameters: [words],
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"name": "协同办公"}}"#),
            RuleExample(#"{"shanghai": {"name": "OA2026"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"name": "协同办公测试版"}}"#, at: ["/shanghai/name"]),
            RuleExample(#"{"shanghai": {"name": "上海市一网协同移动办公平台"}}"#, at: ["/shanghai/name"]),
            RuleExample(#"{"shanghai": {"name": "协同·办公"}}"#, at: ["/shanghai/name"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let name = context.manifest.string(.shanghaiName), !name.isBlank else { return [] }
        var problems: [Text] = []
        if !(2...8).contains(name.count) {
            problems.append(Text(zh: "有 \(name.count) 个字符，建议 2–8 个", en: "has \(English.count(name.count, "character")) where 2–8 are recommended"))
        }
        let words = context[Self.words].filter { !$0.isEmpty && name.containsBytes(of: $0) }
        if !words.isEmpty {
            problems.append(Text(zh: "含有特殊词汇 " + words.map { "“\($0)”" }.joined(separator: "、"),
                                 en: "contains the special words " + words.map { "“\($0)”" }.joined(separator: ", ")))
        }
        let special = name.characters { $0.isHanzi || $0.isASCIILetter || $0.isASCIIDigit }
        if !special.isEmpty {
            problems.append(Text(zh: "含有特殊字符 \(special.shown)", en: "contains special characters \(special.shown)"))
        }
        guard !problems.isEmpty else { return [] }
        return [context.finding(at: .shanghaiName,
            zh: "\(context.name(.shanghaiName))" + problems.map(\.zh).joined(separator: "，"),
            en: "\(context.name(.shanghaiName)) " + problems.map(\.en).joined(separator: "; "),
            hint: special.contains(where: \.isFullWidthForm)
                ? Text(zh: "全角字母、数字和全角空格算特殊字符，请改成半角或删去", en: "full-width letters, digits and spaces count as special characters; use their ASCII forms or remove them")
                : Text(zh: "用 2–8 个汉字、字母或数字概括应用", en: "name the application in 2–8 汉字, letters or digits"))]
    }
}
