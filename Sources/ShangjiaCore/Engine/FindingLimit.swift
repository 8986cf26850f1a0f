import ShangjiaJSON

/// Keeps a report readable and its memory bounded when one rule fires thousands of times in one
/// manifest (300,000 unknown keys): the first `limit` findings of a rule stay, the rest become a
/// single finding that says how many it stands for. Totals, exit codes and `--max-warnings`
/// still count every one of them.
enum FindingLimit {
    static func apply(_ findings: [Finding], limit: Int, language: Language) -> [Finding] {
        struct Group: Hashable {
            let rule: String
            let severity: Severity
            let waived: Bool
        }
        let groups = Dictionary(grouping: findings) { Group(rule: $0.rule, severity: $0.severity, waived: $0.waived) }
        guard groups.values.contains(where: { $0.count > limit }) else { return findings }
        var kept: [Finding] = []
        for (_, group) in groups {
            guard group.count > limit else { kept += group; continue }
            let ordered = group.sorted(by: Finding.reportOrder)
            kept += ordered.prefix(limit)
            kept.append(summary(of: ordered[limit...], limit: limit, language: language))
        }
        return kept
    }

    /// One finding at the first omitted one's place, standing for all of them.
    private static func summary(of omitted: ArraySlice<Finding>, limit: Int, language: Language) -> Finding {
        let first = omitted.first!
        let message = Text(zh: "另有 \(omitted.count) 处同类问题未逐条列出（每份清单每条规则最多列出 \(limit) 处），第一处在此",
                           en: (omitted.count == 1 ? "1 more finding of this rule is" : "\(omitted.count) more findings of this rule are")
                               + " not listed one by one (at most \(limit) a rule in a manifest); the first is here")
        var finding = Finding(rule: first.rule, severity: first.severity, message: message(language), file: first.file, pointer: first.pointer,
                              position: SourcePosition(line: first.line, column: first.column), source: first.source)
        finding.waived = first.waived
        finding.waiverReason = first.waiverReason
        finding.omitted = omitted.count
        return finding
    }
}
