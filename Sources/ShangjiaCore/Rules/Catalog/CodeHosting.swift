struct CodeHosting: Rule {
    static let description = RuleDescription(
        id: "code-hosting",
        title: Text(zh: "代码托管与发布类型相符", en: "Code hosting agrees with the release type"),
        severity: .error, targets: [.governance],
        source: "《IRS应用发布》用户手册 §2、§3.2.2.1 发布类型；《浙政钉应用IRS上架流程》第三步 1 注意 3",
        rationale: Text(zh: "治理侧小程序+PC 应用的代码托管在开发商工作台（代码托管平台），由开发商部署后验收；小程序不走代码托管，由业主直接提交审批，代码通过小程序开发工具上传。H5 两种都可以：默认托管，选择不托管时须自行部署并填写移动端地址（见 url-required）。未填写代码托管时按发布类型的默认值处理。",
                        en: "On the governance side, 小程序+PC applications keep their code on the developer workbench (the code hosting platform) and are deployed there before acceptance; a 小程序 is not hosted: the owner submits it for approval directly and the code is uploaded with the mini-program IDE. H5 may go either way: hosted by default, or not hosted, deployed by the developer with its mobile address given (see url-required). An absent codeHosted takes the release type's default."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "小程序", "codeHosted": false}}"#),
            RuleExample(#"{"governance": {"releaseType": "小程序+PC", "codeHosted": true}}"#),
            RuleExample(#"{"governance": {"releaseType": "H5"}}"#),
            RuleExample(#"{"governance": {"releaseType": "H5", "codeHosted": false, "mobileUrl": "https://ybfw.hangzhou.gov.cn/"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "小程序", "codeHosted": true}}"#, at: ["/governance/codeHosted"]),
            RuleExample(#"{"governance": {"releaseType": "小程序+PC", "codeHosted": false}}"#, at: ["/governance/codeHosted"]),
        ])

    /// Whether a release type is hosted when codeHosted is absent (the portal's default).
    static let defaultHosting = ["H5": true, "小程序+PC": true, "小程序": false]
    /// The release types whose hosting is fixed: H5 may go either way (《IRS应用发布》§3.2.2.1 offers
    /// "H5且选择不托管代码"), and H5改革门户 has no documented rule.
    static let fixedHosting = ["小程序+PC": true, "小程序": false]

    func check(_ context: RuleContext) -> [Finding] {
        guard let codeHosted = context.manifest.bool(.governanceCodeHosted),
              let type = context.manifest.string(.governanceReleaseType),
              let expected = Self.fixedHosting[type], codeHosted != expected else { return [] }
        let message = expected
            ? Text(zh: "\(context.name(.governanceCodeHosted))为 false，但发布类型 \(type) 的代码须托管在开发商工作台",
                   en: "\(context.name(.governanceCodeHosted)) is false, but a \(type) application's code must be hosted on the developer workbench")
            : Text(zh: "\(context.name(.governanceCodeHosted))为 true，但发布类型 小程序 不走代码托管，代码通过小程序开发工具上传",
                   en: "\(context.name(.governanceCodeHosted)) is true, but a 小程序 is not hosted: its code is uploaded with the mini-program IDE")
        return [context.finding(at: .governanceCodeHosted, message,
            hint: Text(zh: "改为 \(expected)，或删去此项以采用默认值", en: "set it to \(expected), or remove it to take the default"),
            related: [.field(.governanceReleaseType)])]
    }
}
