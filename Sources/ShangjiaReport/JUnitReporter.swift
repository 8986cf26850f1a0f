import ShangjiaCore

/// `--format junit`: for CI test dashboards (Jenkins, GitLab, Azure). One testsuite per
/// manifest, one testcase per rule of the run: a `<failure>` per error finding, `<skipped/>`
/// when the rule does not apply to the manifest's targets. Warnings, infos and waived
/// findings do not fail a testcase; they are listed in its `<system-out>`.
public struct JUnitReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        let suites = report.manifests.map { suite($0, rules: report.rules, language: settings.language) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(Tool.name)\" tests=\"\(suites.map(\.tests).reduce(0, +))\" failures=\"\(suites.map(\.failures).reduce(0, +))\" errors=\"0\">\n"
        out += suites.map(\.xml).joined()
        out += "</testsuites>\n"
        return out
    }

    private struct Suite {
        let tests: Int
        let failures: Int
        let xml: String
    }

    private func suite(_ manifest: ManifestReport, rules: [RuleDescription], language: Language) -> Suite {
        let file = Markup.attribute(manifest.file)
        let ran = Set(manifest.rulesRun)
        var failures = 0
        var skipped = 0
        var cases = ""
        for rule in rules {
            var body = ""
            let findings = manifest.findings.filter { $0.rule == rule.id }
            if !ran.contains(rule.id) {
                skipped += 1
                body += "      <skipped message=\"\(Markup.attribute(Self.notApplicable(language)))\"/>\n"
            }
            let failing = findings.filter { $0.severity == .error && !$0.waived && !$0.baselined }
            if !failing.isEmpty { failures += 1 }
            for finding in failing {
                body += "      <failure message=\"\(Markup.attribute(finding.message))\" type=\"\(Markup.attribute(finding.rule))\">"
                body += Markup.escape(Self.details(finding, language: language)) + "</failure>\n"
            }
            let others = findings.filter { $0.severity != .error || $0.waived || $0.baselined }
            if !others.isEmpty {
                let lines = others.map { finding in
                    let severity = finding.waived ? Self.waivedLabel(language) : finding.baselined ? Self.baselinedLabel(language) : finding.severity.rawValue
                    return "\(severity): " + Self.details(finding, language: language)
                }
                body += "      <system-out>" + Markup.escape(lines.joined(separator: "\n\n")) + "</system-out>\n"
            }
            let opening = "    <testcase name=\"\(Markup.attribute(rule.id))\" classname=\"\(file)\""
            cases += body.isEmpty ? opening + "/>\n" : opening + ">\n" + body + "    </testcase>\n"
        }
        let targets = manifest.targets.map(\.rawValue).joined(separator: ",")
        var xml = "  <testsuite name=\"\(file)\" tests=\"\(rules.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" file=\"\(file)\">\n"
        xml += "    <properties>\n      <property name=\"targets\" value=\"\(Markup.attribute(targets))\"/>\n    </properties>\n"
        xml += cases + "  </testsuite>\n"
        return Suite(tests: rules.count, failures: failures, xml: xml)
    }

    /// `file:line:col pointer`, the message, then hint, source and waiver reason, one a line.
    static func details(_ finding: Finding, language: Language) -> String {
        var lines = ["\(finding.file):\(finding.line):\(finding.column) \(finding.pointer.description.isEmpty ? "\"\"" : finding.pointer.description)", finding.message]
        if let hint = finding.hint { lines.append((language == .zh ? "提示：" : "hint: ") + hint) }
        if let source = finding.source { lines.append((language == .zh ? "依据：" : "source: ") + source) }
        if finding.waived { lines.append((language == .zh ? "豁免理由：" : "waiver: ") + (finding.waiverReason ?? "")) }
        return lines.joined(separator: "\n")
    }

    static func notApplicable(_ language: Language) -> String {
        language == .zh ? "不适用于本清单的发布对象" : "does not apply to this manifest's targets"
    }

    static func waivedLabel(_ language: Language) -> String { language == .zh ? "已豁免" : "waived" }

    static func baselinedLabel(_ language: Language) -> String { language == .zh ? "在基线中" : "baselined" }
}
