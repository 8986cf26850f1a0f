struct ServiceNameCharset: Rule {
    static let description = RuleDescription(
        id: "service-name-charset",
        title: Text(zh: "服务名称以字母或汉字开头，只含汉字、字母、数字和下划线",
                    en: "The service name starts with a letter or 汉字 and holds only 汉字, letters, digits and _"),
        severity: .error, targets: [.service, .governance],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.2.1 服务名称",
        rationale: Text(zh: "门户只接受以英文字母或汉字开头、由汉字、英文字母、数字和下划线组成的服务名称。空格、标点、引号和全角字母数字都不行。",
                        en: "The portal accepts a service name that starts with an English letter or a 汉字 and consists of 汉字, English letters, digits and underscores; spaces, punctuation, quotes and full-width letters or digits are refused."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"name": "医保服务_2026"}, "governance": {"name": "HZ医保"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"name": "2026医保服务"}, "governance": {"name": "“浙政钉”医保"}}"#, at: ["/service/name", "/governance/name"]),
            RuleExample(#"{"service": {"name": "医保 服务（ＨＺ）"}}"#, at: ["/service/name"]),
        ])

    static func isAllowed(_ character: Character) -> Bool {
        character.isHanzi || character.isASCIILetter || character.isASCIIDigit || character == "_"
    }

    func check(_ context: RuleContext) -> [Finding] {
        context.manifest.releaseStrings([.serviceName, .governanceName]).compactMap { field in
            var problems: [Text] = []
            let first = field.value.first!
            if !(first.isHanzi || first.isASCIILetter) {
                problems.append(Text(zh: "以 \(first.shown) 开头，应以英文字母或汉字开头", en: "starts with \(first.shown) instead of a letter or 汉字"))
            }
            let disallowed = field.value.characters(failing: Self.isAllowed)
            if !disallowed.isEmpty {
                problems.append(Text(zh: "含有不允许的字符 \(disallowed.shown)", en: "contains characters that are not allowed: \(disallowed.shown)"))
            }
            guard !problems.isEmpty else { return nil }
            let fullWidth = disallowed.contains(where: \.isFullWidthForm)
            return context.finding(at: field.pointer,
                zh: "\(context.name(field.pointer))" + problems.map(\.zh).joined(separator: "，"),
                en: "\(context.name(field.pointer)) " + problems.map(\.en).joined(separator: " and "),
                hint: Text(zh: "只用汉字、英文字母、数字和下划线" + (fullWidth ? "；全角字母、数字和全角空格不算，请改成半角或删去" : ""),
                           en: "use only 汉字, English letters, digits and underscores" + (fullWidth ? "; full-width letters, digits and spaces do not count" : "")))
        }
    }
}
