import ShangjiaJSON

struct AppIdUnique: Rule {
    static let description = RuleDescription(
        id: "app-id-unique",
        title: Text(zh: "应用标识不与其他应用共用", en: "No two applications share an identifier"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第三步 4 注意 1",
        rationale: Text(zh: "应用标识须与申请接口权限时一致，且不能与其他应用混用。一次检查多个清单时，共用同一应用标识的每个清单都会报告，并列出与之重复的清单（最多列出 3 个，其余给出数量）。",
                        en: "The application identifier must match the one used for the interface permission request and may not be shared with another application. When one run checks several manifests, each manifest sharing an identifier is reported with the others named (at most 3 by name, the rest counted)."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"appId": "hz_ybfw"}}"#, alongside: [#"{"governance": {"appId": "hz_ybfw_pc"}}"#]),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"appId": "hz_ybfw"}}"#, at: ["/governance/appId"], alongside: [#"{"governance": {"appId": "hz_ybfw"}}"#]),
            RuleExample(#"{"governance": {"appId": "hz_ybfw"}}"#, at: ["/governance/appId"],
                        alongside: Array(repeating: #"{"governance": {"appId": "hz_ybfw"}}"#, count: 4)),
        ])

    /// How many of the manifests sharing an identifier a finding names; the rest are counted.
    static let othersNamed = 3

    func note(_ context: RuleContext) -> RunNote? {
        guard let appId = context.manifest[.governanceAppId]?.stringValue, !appId.isBlank else { return nil }
        return context.note(appId, at: .governanceAppId)
    }

    /// Grouped by identifier once, each group's files sorted once: linear in the manifests
    /// (but for the sort), however many share one identifier.
    func checkRun(_ notes: [RunNote], _ context: RunContext) -> [Finding] {
        var sharing: [String: [Int]] = [:]
        for (index, note) in notes.enumerated() { sharing[note.value, default: []].append(index) }
        var findings: [Finding] = []
        for group in sharing.values where group.count > 1 {
            let files = Set(group.map { notes[$0].file }).sorted()
            for index in group {
                let note = notes[index]
                let others = files.lazy.filter { $0 != note.file }
                let named = Array(others.prefix(Self.othersNamed))
                guard !named.isEmpty else { continue }
                let more = files.count - 1 - named.count
                let field = context.name(.governanceAppId)
                findings.append(context.finding(at: note,
                    zh: "\(field) “\(note.value)” 也用于 \(named.joined(separator: "、"))" + (more > 0 ? " 及另外 \(more) 个清单" : ""),
                    en: "\(field) '\(note.value)' is also used by \(named.joined(separator: ", "))" + (more > 0 ? " and \(more) more manifest\(more == 1 ? "" : "s")" : ""),
                    hint: Text(zh: "每个应用使用自己在专有钉钉申请的应用标识", en: "give each application the identifier it was issued on 专有钉钉")))
            }
        }
        return findings
    }
}
