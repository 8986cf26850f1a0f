struct SeniorLeadersUnified: Rule {
    static let description = RuleDescription(
        id: "senior-leaders-unified",
        title: Text(zh: "对超级高管开放的应用按统建申请", en: "An application open to senior leaders is built province-wide (统建)"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用开发部署》§4 自建应用与统建应用的划分、§5 超级高管",
        rationale: Text(zh: "对超级高管（省厅级高级别领导）开放的应用一律按统建应用上架，须经省大数据局审批、试用通过。",
                        en: "Every application opened to senior leaders (provincial leaders) is listed as a province-wide (统建) application, approved and trialled by the provincial big data bureau."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"openToSeniorLeaders": true, "unified": true}}"#),
            RuleExample(#"{"governance": {"openToSeniorLeaders": false, "unified": false}}"#),
        ],
        triggeringExamples: [RuleExample(#"{"governance": {"openToSeniorLeaders": true, "unified": false}}"#, at: ["/governance/unified"])])

    func check(_ context: RuleContext) -> [Finding] {
        guard context.manifest.bool(.governanceOpenToSeniorLeaders) == true, context.manifest.bool(.governanceUnified) == false else { return [] }
        return [context.finding(at: .governanceUnified,
            zh: "应用对超级高管开放，\(context.name(.governanceUnified))却为 false：须按统建应用申请",
            en: "the application is open to senior leaders, so \(context.name(.governanceUnified)) must be true, not false",
            hint: Text(zh: "按统建应用提交，上架前先与省大数据局沟通确认", en: "apply as a 统建 application and confirm with the provincial big data bureau before submitting"),
            related: [.field(.governanceOpenToSeniorLeaders)])]
    }
}
