import ShangjiaJSON

/// Applies the manifest's `waivers` (情况说明): a matching finding is kept but marked waived.
/// A well-formed waiver that matches nothing is reported by waiver-valid, which is why this
/// runs after every other rule.
enum Waivers {
    static func apply(to findings: [Finding], in manifest: Manifest, enabledRules: Set<String>, contexts: [RuleContext]) -> [Finding] {
        guard let waivers = manifest["/waivers"]?.arrayValue else { return findings }
        var result = findings
        var unmatched: [Finding] = []
        let waiverContext = contexts.first { $0.rule.id == WaiverValid.description.id }
        for (index, waiver) in waivers.enumerated() {
            guard let rule = waiver["rule"]?.stringValue, let reason = waiver["reason"]?.stringValue, !reason.isBlank,
                  WaiverValid.isWaivable(rule) else { continue }
            let scope = waiver["path"]?.stringValue.flatMap { JSONPointer(string: $0) } ?? .root
            var matched = false
            for position in result.indices where result[position].rule == rule && result[position].path.isWithin(scope) {
                result[position].waived = true
                result[position].waiverReason = reason
                matched = true
            }
            if !matched, enabledRules.contains(rule), let waiverContext {
                unmatched.append(WaiverValid.unmatched(at: JSONPointer(["waivers", String(index)]), rule: rule, context: waiverContext))
            }
        }
        return result + unmatched
    }
}
