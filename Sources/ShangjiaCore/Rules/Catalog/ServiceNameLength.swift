struct ServiceNameLength: Rule {
    static let description = RuleDescription(
        id: "service-name-length",
        title: Text(zh: "服务名称不超过 20 个字符", en: "The service name has at most 20 characters"),
        severity: .error, targets: [.service, .governance],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.2.1 服务名称",
        rationale: Text(zh: "服务侧与治理侧的服务名称最长 20 个字，超出无法提交。按字符（字素簇）计数：带组合附加符号的字母、由零宽连接符组成的表情都算一个字符。",
                        en: "The service name of both the service and the governance release is limited to 20 characters; the portal refuses a longer one. Characters are grapheme clusters: a letter with combining marks or an emoji joined by ZWJ counts once."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"name": "杭州市医疗保障局医保服务掌上办理一件事集"}, "governance": {"name": "医保服务"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"name": "杭州市医疗保障局医保服务掌上办理一件事集成"}, "governance": {"name": "杭州市医疗保障局医保服务掌上办理一件事集成入口"}}"#,
                        at: ["/service/name", "/governance/name"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.releaseLengthFindings([.serviceName, .governanceName], limit: 20)
    }
}
