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
                let suggestion = Self.closest(to: member.key, among: fields.map(\.key))
                findings.append(context.finding(at: JSONPointer(path),
                    Text(zh: "未知字段 “\(member.key)”" + (suggestion.map { "，是否想写 “\($0)”？" } ?? ""),
                         en: "unknown field '\(member.key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                    hint: suggestion == nil ? Text(zh: "shangjia schema 列出全部字段", en: "shangjia schema lists every field") : nil))
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

    /// The known key nearest to `key` by edit distance (case-insensitive), if it is close.
    static func closest(to key: String, among candidates: [String]) -> String? {
        let lowered = Array(key.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            let limit = max(2, other.count / 3)
            // The length difference bounds the distance from below: most keys are ruled out here.
            guard abs(lowered.count - other.count) <= limit else { continue }
            let distance = editDistance(lowered, other)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty, a.count < 64, b.count < 64 else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = previous
        for (i, ca) in a.enumerated() {
            current[0] = i + 1
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
