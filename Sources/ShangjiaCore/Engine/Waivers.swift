import ShangjiaJSON

/// One well-formed entry of a manifest's `waivers` (情况说明): a waivable rule, the part of the
/// manifest it covers and a reason that is not blank.
public struct Waiver: Sendable {
    /// Its index in `waivers`.
    public let index: Int
    public let rule: String
    public let scope: JSONPointer
    public let reason: String

    /// Whether the waiver covers a finding: the same rule, at or below its path.
    public func covers(_ finding: Finding) -> Bool { finding.rule == rule && finding.path.isWithin(scope) }

    /// The manifest's well-formed waivers, in order; the others are waiver-valid's findings.
    public static func all(in manifest: Manifest) -> [Waiver] {
        guard let waivers = manifest["/waivers"]?.arrayValue else { return [] }
        return waivers.enumerated().compactMap { index, waiver in
            guard let rule = waiver["rule"]?.stringValue, let reason = waiver["reason"]?.stringValue, !reason.isBlank,
                  WaiverValid.isWaivable(rule) else { return nil }
            let scope = waiver["path"]?.stringValue.flatMap { JSONPointer(string: $0) } ?? .root
            return Waiver(index: index, rule: rule, scope: scope, reason: reason)
        }
    }
}

/// Applies the manifest's waivers: a matching finding is kept but marked waived.
/// A well-formed waiver that matches nothing is reported by waiver-valid, which is why this
/// runs after every other rule.
enum Waivers {
    static func apply(to findings: [Finding], in manifest: Manifest, enabledRules: Set<String>, contexts: [RuleContext]) -> [Finding] {
        let waivers = Waiver.all(in: manifest)
        guard !waivers.isEmpty else { return findings }
        var result = findings
        var unmatched: [Finding] = []
        let waiverContext = contexts.first { $0.rule.id == WaiverValid.description.id }
        for waiver in waivers {
            var matched = false
            for position in result.indices where waiver.covers(result[position]) {
                result[position].waived = true
                result[position].waiverReason = waiver.reason
                matched = true
            }
            if !matched, enabledRules.contains(waiver.rule), let waiverContext {
                unmatched.append(WaiverValid.unmatched(at: JSONPointer(["waivers", String(waiver.index)]), rule: waiver.rule, context: waiverContext))
            }
        }
        return result + unmatched
    }
}
