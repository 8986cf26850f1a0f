struct HealthUrl: Rule {
    static let description = RuleDescription(
        id: "health-url",
        title: Text(zh: "治理侧填写健康地址", en: "The governance side gives a health address"),
        severity: .warning, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第三步 4 特别注意",
        rationale: Text(zh: "浙政钉应用上架后纳入考核：省局每天 6:00–22:00 探测提交的健康地址，每月故障时间不得超过 6 小时。没有健康地址就无法证明可用性。",
                        en: "Once listed, a 浙政钉 application is assessed: the province probes its health address every day from 6:00 to 22:00 and allows at most 6 hours of failure a month. Without a health address its availability cannot be shown."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"healthUrl": "https://ybfw.hangzhou.gov.cn/health"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5"}}"#, at: ["/governance/healthUrl"]),
            RuleExample(#"{"governance": {"healthUrl": ""}}"#, at: ["/governance/healthUrl"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard !context.manifest.isFilled(.governanceHealthUrl) else { return [] }
        return [context.finding(at: .governanceHealthUrl,
            zh: "未填写\(context.name(.governanceHealthUrl))：上架后省局每天探测该地址考核可用性", en: "\(context.name(.governanceHealthUrl)) is missing: after listing, the province probes it daily to assess availability",
            hint: Text(zh: "提供一个能真实反映服务状态的 https 地址", en: "give an https address that reports the service's real state"))]
    }
}
