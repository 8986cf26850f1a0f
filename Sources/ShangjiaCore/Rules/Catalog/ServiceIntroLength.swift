struct ServiceIntroLength: Rule {
    static let description = RuleDescription(
        id: "service-intro-length",
        title: Text(zh: "服务介绍不超过 100 个字符", en: "The service introduction has at most 100 characters"),
        severity: .error, targets: [.service, .governance],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.2.1 服务介绍",
        rationale: Text(zh: "服务介绍用一两句话说明核心功能和使用场景，门户限 100 个字；按字符（字素簇）计数，标点和空格也算。",
                        en: "The service introduction states the core function and where it is used in a sentence or two; the portal allows 100 characters, counted as grapheme clusters, punctuation and spaces included."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"intro": "为参保人提供医保查询、异地就医备案和费用报销等服务。"}, "governance": {"intro": "医保经办人员掌上办公。"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"intro": "\#(String(repeating: "医保经办人员掌上办公。", count: 10))。"}}"#, at: ["/governance/intro"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.releaseLengthFindings([.serviceIntro, .governanceIntro], limit: 100)
    }
}
