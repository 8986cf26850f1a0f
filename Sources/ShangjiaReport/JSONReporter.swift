import ShangjiaCore

/// `--format json`: the stable machine-readable report (`reportVersion` 1, see SPEC.md).
public struct JSONReporter: Reporter {
    public static let reportVersion = 1

    public init() {}

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        JSONOutput.object([
            ("reportVersion", .int(Self.reportVersion)),
            ("tool", .object([("name", .string(Tool.name)), ("version", .string(settings.toolVersion))])),
            ("today", .string(report.today.description)),
            ("summary", .object([("manifests", .int(report.manifests.count))] + Self.counts(report.counts))),
            ("manifests", .generated(count: report.manifests.count) { index in
                let manifest = report.manifests[index]
                return .object([
                    ("file", .string(manifest.file)),
                    ("targets", .array(manifest.targets.map { .string($0.rawValue) })),
                    ("summary", .object(Self.counts(manifest.counts))),
                    ("findings", .array(manifest.findings.map(Self.finding))),
                ])
            }),
        ]).rendered()
    }

    static func counts(_ counts: FindingCounts) -> [(String, JSONOutput)] {
        // "baselined" only in a run with baselined findings, so reports without a baseline keep their shape.
        [("errors", .int(counts.errors)), ("warnings", .int(counts.warnings)), ("infos", .int(counts.infos)), ("waived", .int(counts.waived))]
            + (counts.baselined > 0 ? [("baselined", .int(counts.baselined))] : [])
    }

    static func finding(_ finding: Finding) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("file", .string(finding.file)),
            ("path", .string(finding.pointer.description)),
            ("line", .int(finding.line)),
            ("column", .int(finding.column)),
        ]
        if let source = finding.source { members.append(("source", .string(source))) }
        if let hint = finding.hint { members.append(("hint", .string(hint))) }
        if !finding.related.isEmpty {
            members.append(("related", .array(finding.related.map { related in
                var fields: [(String, JSONOutput)] = []
                if let file = related.file { fields.append(("file", .string(file))) }
                if let pointer = related.pointer { fields.append(("path", .string(pointer.description))) }
                return .object(fields)
            })))
        }
        if finding.waived {
            members.append(("waived", .bool(true)))
            members.append(("waiverReason", .string(finding.waiverReason ?? "")))
        }
        if finding.baselined { members.append(("baselined", .bool(true))) }
        if finding.omitted > 0 { members.append(("omitted", .int(finding.omitted))) }
        return .object(members)
    }
}
