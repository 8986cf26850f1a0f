struct GovernanceSso: Rule {
    static let description = RuleDescription(
        id: "governance-sso",
        title: Text(zh: "已打通浙政钉免登", en: "浙政钉 single sign-on is done"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第一步 2 注；《浙政钉应用开发部署》§10 应用免登",
        rationale: Text(zh: "浙政钉应用须打通与客户端的免登：除首次绑定外，不得让用户在应用内再输入用户名和密码，也不得经其他应用二次鉴权。免登正常是发起上架审核的前提。",
                        en: "A 浙政钉 application must sign users in through the client: apart from a first binding it may not ask for a user name and password, nor authenticate again through another application. Working sign-on is a precondition of the listing review."),
        nonTriggeringExamples: [RuleExample(#"{"governance": {"sso": true}}"#)],
        triggeringExamples: [RuleExample(#"{"governance": {"sso": false}}"#, at: ["/governance/sso"])])

    func check(_ context: RuleContext) -> [Finding] {
        guard context.manifest.bool(.governanceSso) == false else { return [] }
        return [context.finding(at: .governanceSso,
            zh: "\(context.name(.governanceSso))为 false：浙政钉应用须先完成免登才能上架",
            en: "\(context.name(.governanceSso)) is false: a 浙政钉 application must sign users in through 浙政钉 before it is listed",
            hint: Text(zh: "接入浙政钉免登接口，保存用户 userId，免登失败时跳转登录页或无权限提示页",
                       en: "use the 浙政钉 sign-on API, keep the user's userId, and on failure show a login or no-access page"))]
    }
}
