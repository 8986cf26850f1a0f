import ShangjiaJSON

struct NetworkChannelConsistency: Rule {
    /// Channels reached over the Internet.
    static let internetChannels = [FieldCatalog.Channel.zheliban, FieldCatalog.Channel.serviceWeb, FieldCatalog.Channel.zhengding]

    static let description = RuleDescription(
        id: "network-channel-consistency",
        title: Text(zh: "网络环境与发布端一致", en: "Network environments agree with the release channels"),
        severity: .error, targets: [.application, .service, .governance], source: "《IRS应用注册与上架经验》应用注册（编目）3",
        rationale: Text(zh: "编目信息与发布信息要自洽：发布到浙里办APP、政务服务网或浙政钉的应用经互联网访问，网络环境须包含“互联网”。",
                        en: "The catalog and the release must tell one story: an application released on 浙里办APP, 政务服务网 or 浙政钉 is reached over the Internet, so its network environments include 互联网."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"networks": ["政务外网", "互联网"]}, "service": {"channels": ["浙里办APP"]}}"#),
            RuleExample(#"{"application": {"networks": ["政务外网"]}, "governance": {"channels": ["数字化改革门户"]}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"networks": ["政务外网"]}, "service": {"channels": ["浙里办APP", "政务服务网"]}, "governance": {"channels": ["浙政钉"]}}"#,
                        at: ["/application/networks"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        let networks = manifest.strings(.applicationNetworks)
        guard !networks.isEmpty, !networks.contains(FieldCatalog.Network.internet) else { return [] }
        var channels: [(name: String, pointer: JSONPointer)] = []
        for list in [JSONPointer.serviceChannels, .governanceChannels] {
            for (index, channel) in (manifest[list]?.arrayValue ?? []).enumerated() {
                guard let name = channel.stringValue, Self.internetChannels.contains(name) else { continue }
                channels.append((name, list.appending(index)))
            }
        }
        guard !channels.isEmpty else { return [] }
        let names = Self.internetChannels.filter { name in channels.contains { $0.name == name } }
        return [context.finding(at: .applicationNetworks,
            zh: "发布端含 \(names.joined(separator: "、"))，但\(context.name(.applicationNetworks)) 没有“互联网”（现为 \(networks.joined(separator: "、"))）",
            en: "the release channels include \(names.joined(separator: ", ")), but \(context.name(.applicationNetworks)) lacks 互联网 (it has \(networks.joined(separator: ", ")))",
            hint: Text(zh: "在网络环境中勾选“互联网”", en: "add 互联网 to the network environments"),
            related: channels.map { .field($0.pointer) })]
    }
}
