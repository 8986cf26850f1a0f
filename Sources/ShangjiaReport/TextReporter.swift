import ShangjiaCore

/// `--format text`: for people. Findings grouped by manifest, each with the manifest's line
/// and a caret under the value, as compilers show code; a summary line at the end.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        let language = settings.language
        var out = ""
        for manifest in report.manifests where !manifest.findings.isEmpty {
            let targets = manifest.targets.map { $0.label(language) }.joined(separator: language == .zh ? "、" : ", ")
            out += paint(manifest.file, .bold, settings) + (targets.isEmpty ? "" : "  [\(targets)]") + "\n"
            for finding in manifest.findings {
                let severity = finding.waived ? (language == .zh ? "已豁免" : "waived") : finding.severity.rawValue
                let style: Style = finding.waived ? .dim : finding.severity == .error ? .red : finding.severity == .warning ? .yellow : .blue
                out += "\(finding.file):\(finding.line):\(finding.column)  \(paint(severity, style, settings))  \(finding.rule)  \(finding.message)\n"
                if let text = manifest.line(finding.line) {
                    let number = String(finding.line)
                    let gutter = String(repeating: " ", count: number.count)
                    out += "  \(number) | \(Self.clip(text))\n"
                    out += "  \(gutter) | \(Self.caretPad(text, column: finding.column))\(paint("^", style, settings))\n"
                }
                if let hint = finding.hint { out += "  " + (language == .zh ? "提示：" : "hint: ") + hint + "\n" }
                if let source = finding.source { out += "  " + (language == .zh ? "依据：" : "source: ") + source + "\n" }
                if let reason = finding.waiverReason, finding.waived { out += "  " + (language == .zh ? "豁免理由：" : "waiver: ") + reason + "\n" }
            }
            out += "\n"
        }
        out += Self.summary(report, language: language) + "\n"
        return out
    }

    static func summary(_ report: LintReport, language: Language) -> String {
        let counts = report.counts
        let manifests = report.manifests.count
        if language == .zh {
            return "\(manifests) 个清单：\(counts.errors) 个错误，\(counts.warnings) 个警告，\(counts.infos) 个提示" + (counts.waived > 0 ? "，\(counts.waived) 个已豁免" : "")
        }
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(manifests, "manifest")): \(plural(counts.errors, "error")), \(plural(counts.warnings, "warning")), \(plural(counts.infos, "info"))" + (counts.waived > 0 ? ", \(counts.waived) waived" : "")
    }

    /// Long lines (a minified manifest) are cut so the terminal stays readable.
    static func clip(_ line: String) -> String {
        line.count > 160 ? String(line.prefix(160)) + "…" : line
    }

    /// Spaces up to the column, keeping tabs and giving wide (CJK) characters two cells.
    static func caretPad(_ line: String, column: Int) -> String {
        var pad = ""
        for scalar in line.unicodeScalars.prefix(min(column - 1, 160)) {
            if scalar == "\t" { pad += "\t" } else { pad += isWide(scalar) ? "  " : " " }
        }
        return pad
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", yellow = "33", blue = "34"
    }

    func paint(_ text: String, _ style: Style, _ settings: ReportSettings) -> String {
        settings.colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
