struct MiniprogramNoPc: Rule {
    static let description = RuleDescription(
        id: "miniprogram-no-pc",
        title: Text(zh: "小程序没有 PC 端地址", en: "A 小程序 has no PC address"),
        severity: .warning, targets: [.governance], source: "《浙政钉应用开发部署》开发应用",
        rationale: Text(zh: "浙政钉小程序不能部署到 PC 端。需要 PC 端时，发布类型选小程序+PC 或 H5；只发小程序时不填 PC 端地址。",
                        en: "A 浙政钉 mini-program (小程序) cannot be deployed to the PC. For a PC end, choose 小程序+PC or H5 as the release type; a plain 小程序 gives no PC address."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "小程序+PC", "pcUrl": "https://ybfw.hangzhou.gov.cn/pc/"}}"#),
            RuleExample(#"{"governance": {"releaseType": "小程序", "pcUrl": ""}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "小程序", "pcUrl": "https://ybfw.hangzhou.gov.cn/pc/"}}"#, at: ["/governance/pcUrl"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard context.manifest.string(.governanceReleaseType) == "小程序", context.manifest.isFilled(.governancePcUrl) else { return [] }
        return [context.finding(at: .governancePcUrl,
            zh: "发布类型为小程序，却填写了\(context.name(.governancePcUrl))：小程序不能部署到 PC 端",
            en: "the release type is 小程序, yet \(context.name(.governancePcUrl)) is given: a 小程序 cannot be deployed to the PC",
            hint: Text(zh: "需要 PC 端时改选小程序+PC 或 H5；否则删去 PC 端地址", en: "for a PC end choose 小程序+PC or H5; otherwise remove the PC address"),
            related: [.field(.governanceReleaseType)])]
    }
}
