struct AppIdFormat: Rule {
    static let description = RuleDescription(
        id: "app-id-format",
        title: Text(zh: "应用标识只含英文字母、数字和 _ . -", en: "The application identifier has only letters, digits, _ . -"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第二步 3 注意 1",
        rationale: Text(zh: "应用标识是在专有钉钉创建应用时得到的标识，须按规范填写，不能有中文；这里只允许英文字母、数字、下划线、点和连字符，空格和全角字符也不行。",
                        en: "The application identifier comes from creating the application on 专有钉钉 and must be written as issued, without Chinese; only ASCII letters, digits, underscore, dot and hyphen are allowed here, so spaces and full-width characters fail too."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"appId": "hz_ybfw.app-2"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"appId": "杭州医保"}}"#, at: ["/governance/appId"]),
            RuleExample(#"{"governance": {"appId": "hz ybfw＿1"}}"#, at: ["/governance/appId"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let appId = context.manifest.string(.governanceAppId), !appId.isBlank else { return [] }
        let wrong = appId.characters { $0.isASCIILetter || $0.isASCIIDigit || "_.-".contains($0) }
        guard !wrong.isEmpty else { return [] }
        return [context.finding(at: .governanceAppId,
            zh: "\(context.name(.governanceAppId)) 含不允许的字符 \(wrong.shown)：只能用英文字母、数字和 _ . -",
            en: "\(context.name(.governanceAppId)) contains \(wrong.shown); only ASCII letters, digits and _ . - are allowed",
            hint: Text(zh: "照专有钉钉后台显示的应用标识原样填写", en: "copy the identifier exactly as the 专有钉钉 console shows it"))]
    }
}
