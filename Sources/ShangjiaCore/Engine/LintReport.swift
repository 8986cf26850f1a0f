/// Counts of findings that are neither waived nor baselined, and of those that are (a
/// finding both waived and baselined counts as waived).
public struct FindingCounts: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var waived = 0
    public var baselined = 0

    public init(_ findings: [Finding] = []) {
        for finding in findings {
            let count = max(1, finding.omitted)
            if finding.waived { waived += count; continue }
            if finding.baselined { baselined += count; continue }
            switch finding.severity {
            case .error: errors += count
            case .warning: warnings += count
            case .info: infos += count
            }
        }
    }

    /// Errors, warnings and infos: every finding neither waived nor baselined.
    public var active: Int { errors + warnings + infos }

    public static func + (lhs: FindingCounts, rhs: FindingCounts) -> FindingCounts {
        var sum = lhs
        sum.errors += rhs.errors
        sum.warnings += rhs.warnings
        sum.infos += rhs.infos
        sum.waived += rhs.waived
        sum.baselined += rhs.baselined
        return sum
    }
}

/// The result for one manifest.
public struct ManifestReport: Sendable {
    public let file: String
    /// Empty when the manifest could not be read as JSON.
    public let targets: [Target]
    public internal(set) var findings: [Finding]
    /// The manifest's text, for showing the offending line under a finding.
    public let text: String
    /// The ids of the rules that ran on it (applied to its targets and enabled).
    public let rulesRun: [String]
    /// The parsed manifest, for reporters that show values or positions of fields (nil when not JSON).
    public let manifest: Manifest?
    /// The manifest's waivers of run rules, applied once the run's findings are known.
    var runWaivers: [Waiver] = []

    public var counts: FindingCounts { FindingCounts(findings) }
}

/// The result of one `lint` run, in report order.
public struct LintReport: Sendable {
    public let today: CalendarDate
    public internal(set) var manifests: [ManifestReport]
    /// Every enabled rule of the run, in id order.
    public let rules: [RuleDescription]

    public var counts: FindingCounts { manifests.reduce(FindingCounts()) { $0 + $1.counts } }
}

extension LintReport {
    /// Keeps only the findings `keep` accepts (`--quiet`: errors only).
    public mutating func keepOnly(_ keep: (Finding) -> Bool) {
        for index in manifests.indices { manifests[index].findings.removeAll { !keep($0) } }
    }
}
