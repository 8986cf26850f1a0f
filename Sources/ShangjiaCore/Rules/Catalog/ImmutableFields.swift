import ShangjiaJSON

struct ImmutableFields: Rule {
    /// The fields that cannot change once published, with why.
    static let fields: [(pointer: JSONPointer, target: Target, reason: Text)] = [
        (.serviceReleaseType, .service, Text(zh: "发布类型一经选择无法变更", en: "a release type cannot be changed once chosen")),
        (.governanceReleaseType, .governance, Text(zh: "发布类型一经选择无法变更", en: "a release type cannot be changed once chosen")),
        (.governanceAppId, .governance, Text(zh: "应用标识须与对接应用时使用的标识一致", en: "the identifier stays the one the interface application was set up with")),
    ]

    static let description = RuleDescription(
        id: "immutable-fields",
        title: Text(zh: "发布类型和应用标识没有变更", en: "The release types and the application identifier are unchanged"),
        severity: .error, targets: [.service, .governance],
        source: "《IRS应用注册与上架经验》服务侧应用发布 1；《浙政钉应用IRS上架流程》第三步 4 注意 1",
        rationale: Text(zh: "服务侧和治理侧的发布类型一经选择就无法变更；治理侧的应用标识要与对接接口应用时使用的一致。用 --against 指定上一版本（git 版本或文件）时，本规则比较这三项；上一版本没有的字段不比较。",
                        en: "A release type, on the service and the governance side, cannot be changed once chosen; the governance application identifier stays the one the interface application was set up with. With --against (a git revision or a file) the rule compares these three fields with the previous version; a field the previous version lacks is not compared."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "H5", "appId": "hz_ybfw"}}"#, previous: #"{"governance": {"releaseType": "H5", "appId": "hz_ybfw", "name": "旧名称"}}"#),
            RuleExample(#"{"service": {"releaseType": "H5"}}"#),
            RuleExample(#"{"service": {"releaseType": "H5"}}"#, previous: #"{"service": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"releaseType": "小程序"}, "governance": {"releaseType": "H5", "appId": "hz_ybfw2"}}"#,
                        previous: #"{"service": {"releaseType": "H5"}, "governance": {"releaseType": "H5", "appId": "hz_ybfw"}}"#,
                        at: ["/service/releaseType", "/governance/appId"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let previous = context.previous else { return [] }
        return Self.fields.compactMap { field in
            guard context.manifest.applies(field.target), let now = context.manifest.string(field.pointer), !now.isBlank,
                  let before = previous.string(field.pointer), !before.isBlank, now != before else { return nil }
            return context.finding(at: field.pointer,
                zh: "\(context.name(field.pointer)) 由上一版本的“\(before)”改成了“\(now)”：\(field.reason.zh)",
                en: "\(context.name(field.pointer)) changed from '\(before)' in the previous version to '\(now)': \(field.reason.en)",
                hint: Text(zh: "改回“\(before)”；确需变更时，先与平台确认（可能需要重新发布）", en: "set it back to '\(before)'; if it must change, ask the platform first (it may need a new release)"))
        }
    }
}
