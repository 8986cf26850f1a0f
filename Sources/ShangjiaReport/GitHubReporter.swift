import ShangjiaCore

/// `--format github`: GitHub Actions workflow commands, shown as annotations on the
/// pull request's files. Waived and baselined findings are left out; a summary line ends the log.
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        var out = ""
        for finding in report.manifests.flatMap(\.findings) where !finding.waived && !finding.baselined {
            let properties = [
                ("file", ArtifactPath.repoRelative(finding.file)),
                ("line", String(finding.line)),
                ("col", String(finding.column)),
                ("title", finding.rule),
            ].map { "\($0)=\(Self.escapeProperty($1))" }.joined(separator: ",")
            let message = finding.message + (finding.hint.map { "\n" + $0 } ?? "")
            out += "::\(Self.command(finding.severity)) \(properties)::\(Self.escapeData(message))\n"
        }
        return out + TextReporter.summary(report, language: settings.language, run: settings.run) + "\n"
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// The message part, as @actions/core escapes it: `%`, CR and LF.
    static func escapeData(_ text: String) -> String { escape(text, also: [:]) }

    /// Property values also escape the separators `:` and `,`.
    static func escapeProperty(_ text: String) -> String { escape(text, also: [":": "%3A", ",": "%2C"]) }

    /// Scalar by scalar: as Characters, "\r\n" is one grapheme that matches neither "\r" nor "\n".
    private static func escape(_ text: String, also extra: [Unicode.Scalar: String]) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: if let escaped = extra[scalar] { out += escaped } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
