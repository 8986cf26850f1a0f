import ShangjiaCore

/// `--format gitlab`: a GitLab Code Quality report (the `codequality` artifact), a JSON array
/// of issues. GitLab's severities are info, minor, major, critical and blocker: an error is
/// `major` (it blocks the listing, not the build), a warning `minor`, an info `info`.
/// Waived findings are left out.
public struct GitLabReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        let findings = report.manifests.flatMap(\.findings)
        return JSONOutput.array(zip(findings, Fingerprint.all(findings)).filter { !$0.0.waived && !$0.0.baselined }.map { finding, fingerprint in
            .object([
                ("description", .string(finding.message)),
                ("check_name", .string(finding.rule)),
                ("fingerprint", .string(fingerprint)),
                ("severity", .string(Self.severity(finding.severity))),
                ("location", .object([
                    ("path", .string(ArtifactPath.repoRelative(finding.file))),
                    ("lines", .object([("begin", .int(finding.line))])),
                ])),
            ])
        }).rendered()
    }

    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }
}
