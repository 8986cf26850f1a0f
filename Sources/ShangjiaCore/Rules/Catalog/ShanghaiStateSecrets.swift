struct ShanghaiStateSecrets: Rule {
    static let description = RuleDescription(
        id: "shanghai-state-secrets",
        title: Text(zh: "一网协同应用不处理国家秘密", en: "A 一网协同 application handles no state secrets"),
        severity: .error, targets: [.shanghai], source: "DB31DSJ/Z 003—2026 §8.4",
        rationale: Text(zh: "一网协同是非涉密的协同办公平台，平台上不得产生、存储、处理或传输国家秘密。处理国家秘密的应用不能接入；工作秘密另由 handlesWorkSecrets 声明，按 shanghai-reports 提交测评报告。",
                        en: "一网协同 is a platform for non-classified work: no state secret may be produced, stored, processed or carried on it, so an application that handles state secrets cannot be onboarded. Work secrets are declared apart (handlesWorkSecrets) and need the reports shanghai-reports lists."),
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"handlesStateSecrets": false, "handlesWorkSecrets": true}}"#),
            RuleExample(#"{"shanghai": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"handlesStateSecrets": true}}"#, at: ["/shanghai/handlesStateSecrets"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard context.manifest.bool(.shanghaiHandlesStateSecrets) == true else { return [] }
        return [context.finding(at: .shanghaiHandlesStateSecrets,
            zh: "\(context.name(.shanghaiHandlesStateSecrets)) 为 true：一网协同是非涉密平台，处理国家秘密的应用不能接入",
            en: "\(context.name(.shanghaiHandlesStateSecrets)) is true: 一网协同 carries no state secrets, so the application cannot be onboarded",
            hint: Text(zh: "把涉密功能留在涉密网络中，只接入非涉密部分；若只涉及工作秘密，改填 handlesWorkSecrets",
                       en: "keep the classified functions on a classified network and onboard only the rest; for work secrets alone, use handlesWorkSecrets"))]
    }
}
