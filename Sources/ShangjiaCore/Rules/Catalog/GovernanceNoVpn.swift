struct GovernanceNoVpn: Rule {
    static let description = RuleDescription(
        id: "governance-no-vpn",
        title: Text(zh: "不经 VPN 接入", en: "No VPN access"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用开发部署》§7 VPN 使用以及应用部署",
        rationale: Text(zh: "浙政钉应用禁止通过 VPN 接入。应用和数据库部署在非公网环境（如政务外网），由互联网接入区的网关转发请求，地址用域名和 HTTPS。",
                        en: "浙政钉 applications may not be reached through a VPN. The application and its database sit off the internet (for example on the government extranet) behind a gateway in the internet access zone, addressed by a domain over HTTPS."),
        nonTriggeringExamples: [RuleExample(#"{"governance": {"usesVpn": false}}"#), RuleExample(#"{"governance": {}}"#)],
        triggeringExamples: [RuleExample(#"{"governance": {"usesVpn": true}}"#, at: ["/governance/usesVpn"])])

    func check(_ context: RuleContext) -> [Finding] {
        guard context.manifest.bool(.governanceUsesVpn) == true else { return [] }
        return [context.finding(at: .governanceUsesVpn,
            zh: "\(context.name(.governanceUsesVpn))为 true：浙政钉应用禁止通过 VPN 接入",
            en: "\(context.name(.governanceUsesVpn)) is true: 浙政钉 applications may not be reached through a VPN",
            hint: Text(zh: "在互联网接入区设置网关（可加 SLB）转发到政务外网中的应用，地址用域名和 HTTPS",
                       en: "put a gateway (optionally behind SLB) in the internet access zone that forwards to the application on the extranet, addressed by a domain over HTTPS"))]
    }
}
