import ShangjiaJSON

struct ManifestUnknownField: Rule {
    static let description = RuleDescription(
        id: "manifest-unknown-field",
        title: Text(zh: "没有未知字段", en: "No unknown fields"),
        severity: .warning, targets: [], source: nil,
        rationale: Text(zh: "拼错的键会被静默忽略，本该检查的值就漏检了。未知键给出“是否想写”的建议。",
                        en: "A misspelt key is silently ignored, so the value it holds escapes every check; unknown keys get a did-you-mean suggestion."),
        nonTriggeringExamples: [RuleExample(#"{"$schema": "x", "service": {"name": "医保服务", "materials": {"screenshots": []}}}"#)],
        triggeringExamples: [
            RuleExample(#"{"service": {"nmae": "医保服务"}}"#, at: ["/service/nmae"]),
            RuleExample(#"{"governance": {"egressIPs": ["60.191.22.33"]}, "extra": 1}"#, at: ["/governance/egressIPs", "/extra"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var path: [String] = []
        return check(context.manifest.root, against: FieldCatalog.root.kind, at: &path, in: context)
    }

    /// `path` holds the tokens down to `value`; a pointer is made only for a finding.
    private func check(_ value: JSONValue, against kind: FieldKind, at path: inout [String], in context: RuleContext) -> [Finding] {
        switch (kind, value.kind) {
        case (.object(let fields), .object(let members)):
            var findings: [Finding] = []
            for member in members {
                path.append(member.key)
                defer { path.removeLast() }
                if let field = fields.first(where: { $0.key == member.key }) {
                    findings += check(member.value, against: field.kind, at: &path, in: context)
                    continue
                }
                let suggestion = Suggestion.closest(to: member.key, among: fields.map(\.key))
                findings.append(context.finding(at: JSONPointer(path),
                    zh: "未知字段 “\(member.key)”" + (suggestion.map { "，是否想写 “\($0)”？" } ?? ""),
                    en: "unknown field '\(member.key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    hint: Self.isPassword(member.key) ? Self.passwordHint
                        : suggestion == nil ? Text(zh: "shangjia schema 列出全部字段", en: "shangjia schema lists every field") : nil))
            }
            return findings
        case (.array(let item), .array(let items)):
            var findings: [Finding] = []
            forEachItem(of: items, at: &path) { findings += check($0, against: item, at: &$1, in: context) }
            return findings
        default:
            return []
        }
    }

    /// A password (the test account's, typically) has no place in a manifest, which goes into
    /// repositories and reports: the hint says so instead of pointing at the schema.
    static func isPassword(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return lowered.contains("password") || lowered == "passwd" || lowered == "pwd" || key.contains("密码")
    }

    static let passwordHint = Text(zh: "不要把密码写进清单（清单会进入代码仓库和报告）：测试账号的密码另行交给审核方",
                                   en: "keep passwords out of the manifest (it ends up in repositories and reports): give the test account's password to the reviewers separately")
}
