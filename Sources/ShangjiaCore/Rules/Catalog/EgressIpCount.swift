struct EgressIpCount: Rule {
    static let description = RuleDescription(
        id: "egress-ip-count",
        title: Text(zh: "服务器出口IP 不超过 3 个", en: "At most 3 server egress IPs"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第二步 3 注意 2",
        rationale: Text(zh: "出口 IP 用于浙政钉接口的白名单，最多填写三个。",
                        en: "The egress IPs go on the whitelist of the 浙政钉 interfaces, which takes at most three."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"egressIps": ["60.191.22.33", "60.191.22.34", "2400:3200::1"]}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"egressIps": ["60.191.22.33", "60.191.22.34", "60.191.22.35", "60.191.22.36"]}}"#, at: ["/governance/egressIps"]),
        ])

    static let limit = 3

    func check(_ context: RuleContext) -> [Finding] {
        guard let count = context.manifest[.governanceEgressIps]?.arrayValue?.count, count > Self.limit else { return [] }
        return [context.finding(at: .governanceEgressIps,
            zh: "\(context.name(.governanceEgressIps)) 有 \(count) 个，上限 \(Self.limit)", en: "\(context.name(.governanceEgressIps)) has \(count) entries; the limit is \(Self.limit)",
            hint: Text(zh: "只保留真正对外访问浙政钉接口的出口 IP", en: "keep only the egress IPs that actually call the 浙政钉 interfaces"))]
    }
}
