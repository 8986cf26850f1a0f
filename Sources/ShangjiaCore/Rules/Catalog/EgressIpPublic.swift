import ShangjiaJSON

struct EgressIpPublic: Rule {
    static let description = RuleDescription(
        id: "egress-ip-public",
        title: Text(zh: "服务器出口IP 是有效的公网 IP", en: "Server egress IPs are valid public IPs"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第二步 3 注意 2",
        rationale: Text(zh: "出口 IP 要加入白名单，必须是公网 IP，不能是私网地址。每项须是标准写法的 IPv4（四段十进制、无前导零）或 IPv6 地址，且不属于 IANA 登记的非全球可达地址段；IPv6 只有全球单播（2000::/3）可能是公网地址；IPv4 映射和转换地址按其中的 IPv4 判断，映射地址与其 IPv4 是同一地址。重复的 IP 在后出现的位置报告。",
                        en: "Egress IPs go on a whitelist, so each must be a public IP, never a private one. Each entry is an IPv4 address in standard form (four decimal parts, no leading zeros) or an IPv6 address, outside every block the IANA registries mark as not globally reachable; only global unicast IPv6 (2000::/3) can be public; IPv4-mapped and translated IPv6 addresses are judged by their IPv4, and a mapped address is the same address as its IPv4. A repeated IP is reported where it appears again."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"egressIps": ["60.191.22.33", "2400:3200::1", "::ffff:60.191.22.34"]}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"egressIps": ["10.12.0.8", "60.191.22.033", "60.191.22.33"]}}"#, at: ["/governance/egressIps/0", "/governance/egressIps/1"]),
            RuleExample(#"{"governance": {"egressIps": ["2400:3200::1", "2400:3200:0::1", "fe80::1"]}}"#, at: ["/governance/egressIps/1", "/governance/egressIps/2"]),
            RuleExample(#"{"governance": {"egressIps": ["60.191.22.33", "::ffff:60.191.22.33", "::10.0.0.1"]}}"#, at: ["/governance/egressIps/1", "/governance/egressIps/2"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let items = context.manifest[.governanceEgressIps]?.arrayValue else { return [] }
        var findings: [Finding] = []
        var firstIndex: [IPAddress: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let text = item.stringValue else { continue }
            let pointer = JSONPointer.governanceEgressIps.appending(index)
            guard let address = IPAddress(strict: text) else {
                let name = context.name(pointer)
                findings.append(context.finding(at: pointer,
                    zh: "\(name) 的值 “\(text)” 不是有效的 IP 地址：IPv4 须为四段 0–255 的十进制数且不带前导零，或填写 IPv6 地址",
                    en: "\(name) '\(text)' is no valid IP address: an IPv4 address is four decimal parts 0–255 without leading zeros; otherwise give an IPv6 address"))
                continue
            }
            if let first = firstIndex[address.unmapped] {
                let firstPointer = JSONPointer.governanceEgressIps.appending(first), name = context.name(pointer)
                findings.append(context.finding(at: pointer,
                    zh: "\(name) “\(text)” 与 \(firstPointer) 是同一地址", en: "\(name) '\(text)' is the same address as \(firstPointer)",
                    hint: Text(zh: "删去重复项", en: "remove the duplicate"), related: [.field(firstPointer)]))
                continue
            }
            firstIndex[address.unmapped] = index
            if let reason = address.nonPublicReason {
                let name = context.name(pointer)
                findings.append(context.finding(at: pointer,
                    zh: "\(name) “\(text)” 属于\(reason.zh)，不是公网 IP", en: "\(name) '\(text)' is \(reason.en), not a public IP",
                    hint: Text(zh: "填写服务器访问互联网时的公网出口地址", en: "give the public address the servers use to reach the Internet")))
            }
        }
        return findings
    }
}
