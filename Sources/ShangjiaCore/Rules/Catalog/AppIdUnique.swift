struct AppIdUnique: RunRule {
    static let description = RuleDescription(
        id: "app-id-unique",
        title: Text(zh: "应用标识不与其他应用共用", en: "No two applications share an identifier"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第三步 4 注意 1",
        rationale: Text(zh: "应用标识须与申请接口权限时一致，且不能与其他应用混用。一次检查多个清单时，共用同一应用标识的每个清单都会报告，并列出与之重复的清单。",
                        en: "The application identifier must match the one used for the interface permission request and may not be shared with another application. When one run checks several manifests, each manifest sharing an identifier is reported with the others named."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"appId": "hz_ybfw"}}"#, alongside: [#"{"governance": {"appId": "hz_ybfw_pc"}}"#]),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"appId": "hz_ybfw"}}"#, at: ["/governance/appId"], alongside: [#"{"governance": {"appId": "hz_ybfw"}}"#]),
        ])

    private static let path = "/governance/appId"

    func checkRun(_ contexts: [RuleContext]) -> [Finding] {
        var files: [String: Set<String>] = [:]
        for context in contexts {
            guard let appId = context.manifest.string(Self.path), !appId.isBlank else { continue }
            files[appId, default: []].insert(context.manifest.file)
        }
        return contexts.compactMap { context in
            guard let appId = context.manifest.string(Self.path), !appId.isBlank,
                  case let others = files[appId, default: []].subtracting([context.manifest.file]).sorted(), !others.isEmpty else { return nil }
            return context.finding(at: Self.path,
                Text(zh: "\(context.name(Self.path)) “\(appId)” 也用于 \(others.joined(separator: "、"))",
                     en: "\(context.name(Self.path)) '\(appId)' is also used by \(others.joined(separator: ", "))"),
                hint: Text(zh: "每个应用使用自己在专有钉钉申请的应用标识", en: "give each application the identifier it was issued on 专有钉钉"))
        }
    }
}
