import ShangjiaJSON

/// Applies the manifest's `waivers` (情况说明): a matching finding is kept but marked waived.
/// A well-formed waiver that matches nothing is reported by waiver-valid, which is why this
/// runs after every other rule.
/// Waivers of a rule that judges the run (`runRules`) also wait for that rule's findings across
/// manifests: they come back as `Pending`, applied by `apply(to:pending:)` once the run is judged.
enum Waivers {
    /// A waiver of a rule that judges the run, kept (without its manifest) until the run's findings are known.
    struct Pending: Sendable {
        let rule: String
        let scope: JSONPointer
        let reason: String
        /// waiver-valid's warning for a waiver that matches nothing: nil when it already matched
        /// a finding of its manifest, or its rule is off.
        let unmatched: Finding?
    }

    static func apply(to findings: [Finding], in manifest: Manifest, enabledRules: Set<String>, contexts: [RuleContext],
                      runRules: [String] = []) -> (findings: [Finding], pending: [Pending]) {
        guard let waivers = manifest["/waivers"]?.arrayValue else { return (findings, []) }
        var result = findings
        var unmatched: [Finding] = []
        var pending: [Pending] = []
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
            let warning = matched || !enabledRules.contains(rule) ? nil
                : waiverContext.map { WaiverValid.unmatched(at: JSONPointer(["waivers", String(index)]), rule: rule, context: $0) }
            if runRules.contains(rule) {
                pending.append(Pending(rule: rule, scope: scope, reason: reason, unmatched: warning))
            } else if let warning {
                unmatched.append(warning)
            }
        }
        return (result + unmatched, pending)
    }

    /// One manifest's findings, those across the run among them, waived by its pending waivers;
    /// and the warnings of those that matched nothing in the manifest or the run.
    static func apply(to findings: [Finding], pending: [Pending]) -> [Finding] {
        var result = findings
        var unmatched: [Finding] = []
        for waiver in pending {
            var matched = false
            for position in result.indices where result[position].rule == waiver.rule && result[position].path.isWithin(waiver.scope) {
                result[position].waived = true
                result[position].waiverReason = waiver.reason
                matched = true
            }
            if !matched, let warning = waiver.unmatched { unmatched.append(warning) }
        }
        return result + unmatched
    }
}
