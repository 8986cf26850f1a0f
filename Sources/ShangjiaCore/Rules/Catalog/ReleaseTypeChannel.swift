import ShangjiaJSON

struct ReleaseTypeChannel: Rule {
    static let description = RuleDescription(
        id: "release-type-channel",
        title: Text(zh: "发布类型与发布端相符", en: "The release type fits the release channels"),
        severity: .error, targets: [.service, .governance],
        source: "《IRS应用发布》用户手册 §2、§3.2.1.1.1、§3.2.2.1 发布类型；《浙政钉应用IRS上架流程》第三步 4 IRS申请表",
        rationale: Text(zh: "发布类型一经选定不能再改，须与发布端匹配。服务侧：发布端含浙里办APP 时为 H5、小程序或小程序+PC（政务服务网可同时发布），只发布到政务服务网时为 PC。治理侧：发布端含浙政钉时为 H5、小程序或小程序+PC，只发布到数字化改革门户时为 H5 或 H5改革门户（H5改革门户只用于这种应用）。",
                        en: "The release type cannot be changed once chosen and must fit the channels. Service side: with 浙里办APP among the channels it is H5, 小程序 or 小程序+PC (政务服务网 may be added); for 政务服务网 alone it is PC. Governance side: with 浙政钉 among the channels it is H5, 小程序 or 小程序+PC; for 数字化改革门户 alone it is H5 or H5改革门户 (H5改革门户 is only for such an application)."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"channels": ["浙里办APP", "政务服务网"], "releaseType": "H5"}, "governance": {"channels": ["浙政钉", "数字化改革门户"], "releaseType": "小程序+PC"}}"#),
            RuleExample(#"{"service": {"channels": ["政务服务网"], "releaseType": "PC"}, "governance": {"channels": ["数字化改革门户"], "releaseType": "H5改革门户"}}"#),
            RuleExample(#"{"governance": {"channels": ["数字化改革门户"], "releaseType": "H5"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"channels": ["政务服务网"], "releaseType": "H5"}, "governance": {"channels": ["浙政钉"], "releaseType": "H5改革门户"}}"#,
                        at: ["/service/releaseType", "/governance/releaseType"]),
            RuleExample(#"{"service": {"channels": ["浙里办APP", "政务服务网"], "releaseType": "PC"}, "governance": {"channels": ["浙政钉", "数字化改革门户"], "releaseType": "H5改革门户"}}"#,
                        at: ["/service/releaseType", "/governance/releaseType"]),
        ])

    /// Each side has a mobile channel, whose presence decides the type, and a desktop
    /// channel that takes a type of its own only when it is the sole channel.
    struct Pairing {
        let section: Target
        let channels: JSONPointer
        let releaseType: JSONPointer
        let mobile: String
        let mobileTypes: [String]
        let desktop: String
        /// The types of an application whose only channel is the desktop one.
        let desktopTypes: [String]
    }

    static let pairings = [
        Pairing(section: .service, channels: .serviceChannels, releaseType: .serviceReleaseType, mobile: FieldCatalog.Channel.zheliban, mobileTypes: ["H5", "小程序", "小程序+PC"], desktop: FieldCatalog.Channel.serviceWeb, desktopTypes: ["PC"]),
        Pairing(section: .governance, channels: .governanceChannels, releaseType: .governanceReleaseType, mobile: FieldCatalog.Channel.zhengding, mobileTypes: ["H5", "小程序", "小程序+PC"], desktop: FieldCatalog.Channel.reformPortal, desktopTypes: ["H5", "H5改革门户"]),
    ]

    func check(_ context: RuleContext) -> [Finding] {
        Self.pairings.filter { context.manifest.applies($0.section) }.compactMap { pairing in
            let channels = context.manifest.strings(pairing.channels)
            guard channels.contains(pairing.mobile) || channels.contains(pairing.desktop),
                  let type = context.manifest.string(pairing.releaseType), (pairing.mobileTypes + pairing.desktopTypes).contains(type) else { return nil }
            let withMobile = channels.contains(pairing.mobile)
            let allowed = withMobile ? pairing.mobileTypes : pairing.desktopTypes
            guard !allowed.contains(type) else { return nil }
            let because = withMobile
                ? Text(zh: "发布端含 \(pairing.mobile)", en: "\(pairing.mobile) is a channel")
                : Text(zh: "发布端只有 \(pairing.desktop)", en: "\(pairing.desktop) is the only channel")
            return context.finding(at: pairing.releaseType,
                zh: "\(context.name(pairing.releaseType))为 \(type)，但\(because.zh)，应为 \(allowed.joined(separator: "、"))",
                en: "\(context.name(pairing.releaseType)) is \(type) but \(because.en); it must be \(allowed.joined(separator: ", "))",
                hint: Text(zh: "只发布到 \(pairing.desktop) 时选 \(pairing.desktopTypes.joined(separator: "、"))；发布到 \(pairing.mobile) 时选 \(pairing.mobileTypes.joined(separator: "、"))",
                           en: "for \(pairing.desktop) alone choose \(pairing.desktopTypes.joined(separator: ", ")); with \(pairing.mobile) choose \(pairing.mobileTypes.joined(separator: ", "))"),
                related: [.field(pairing.channels)])
        }
    }
}
