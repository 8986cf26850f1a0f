import ShangjiaInspect
import ShangjiaJSON

/// One waiver that takes effect: waiver-valid finds nothing wrong with it.
public struct Waiver: Sendable {
    let pointer: JSONPointer
    public let rule: String
    /// The findings at or below this pointer are waived.
    public let scope: JSONPointer
    public let reason: String
    /// waiver-valid's warning should the waiver match nothing; nil when that rule is off, the
    /// waiver's rule did not run, or (waiting for the run's findings) it already matched one.
    var unmatched: Finding?

    /// The waivers a 情况说明 explains: those that take effect once their statement exists (the
    /// document being drafted may be that statement).
    public static func all(in manifest: Manifest, files: FileInspecting) -> [Waiver] {
        Waivers.effective(in: manifest, files: files, enabledRules: [], waiverContext: nil, statementNeeded: false)
    }

    /// Whether the waiver covers a finding: the same rule, at or below its path.
    public func covers(_ finding: Finding) -> Bool { finding.rule == rule && finding.pointer.isWithin(scope) }

    /// Marks the findings it matches; whether it matched any.
    func apply(to findings: inout [Finding]) -> Bool {
        var matched = false
        for position in findings.indices where covers(findings[position]) {
            findings[position].waived = true
            findings[position].waiverReason = reason
            matched = true
        }
        return matched
    }
}

/// Applies the manifest's `waivers` (情况说明): a matching finding is kept but marked waived.
/// A valid waiver that matches nothing is reported by waiver-valid, which is why this runs
/// after every other rule; a waiver of a run rule waits for the run's findings.
enum Waivers {
    /// The waivers of `manifest` that take effect (a waiver with any waiver-valid problem waives nothing).
    /// `waiverContext` is waiver-valid's, when it ran: it words the warning for a waiver that matches nothing.
    static func effective(in manifest: Manifest, files: FileInspecting, enabledRules: Set<String>, waiverContext: RuleContext?,
                          statementNeeded: Bool = true) -> [Waiver] {
        guard let waivers = manifest[.waivers]?.arrayValue else { return [] }
        return waivers.enumerated().compactMap { index, waiver in
            let pointer = JSONPointer.waivers.appending(index)
            let problems = WaiverValid.problems(of: waiver, index: index, files: files)
            guard waiver.members != nil, problems.allSatisfy({ !statementNeeded && $0.pointer.isWithin(.waiversStatement(index)) }),
                  let rule = waiver["rule"]?.stringValue, let reason = waiver["reason"]?.stringValue else { return nil }
            // waiver-valid accepted the path, so it parses; a waiver without one covers the whole rule.
            guard let scope = waiver["path"]?.stringValue.map({ JSONPointer(string: $0) }) ?? .root else { return nil }
            let unmatched = enabledRules.contains(rule) ? waiverContext.map { WaiverValid.unmatched(at: pointer, rule: rule, context: $0) } : nil
            return Waiver(pointer: pointer, rule: rule, scope: scope, reason: reason, unmatched: unmatched)
        }
    }

    /// Applies `waivers` to one manifest's findings, adding waiver-valid's warning for each that
    /// matched nothing. A waiver of a rule that judges the run (`runRules`) also waits, without
    /// its manifest, for that rule's findings across manifests: it comes back as pending.
    static func apply(_ waivers: [Waiver], to findings: [Finding], runRules: Set<String>) -> (findings: [Finding], pending: [Waiver]) {
        var result = findings
        var unmatched: [Finding] = []
        var pending: [Waiver] = []
        for var waiver in waivers {
            let matched = waiver.apply(to: &result)
            if runRules.contains(waiver.rule) {
                if matched { waiver.unmatched = nil }
                pending.append(waiver)
            } else if !matched, let finding = waiver.unmatched {
                unmatched.append(finding)
            }
        }
        return (result + unmatched, pending)
    }

    /// A manifest's findings, those across the run among them, waived by its pending waivers; and
    /// the warnings of those that matched nothing in the manifest or the run.
    static func apply(to findings: [Finding], pending: [Waiver]) -> [Finding] {
        var result = findings
        var unmatched: [Finding] = []
        for waiver in pending where !waiver.apply(to: &result) {
            if let finding = waiver.unmatched { unmatched.append(finding) }
        }
        return result + unmatched
    }
}
