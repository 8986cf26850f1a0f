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
            for finding in manifest.findings where !finding.baselined {
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
                // A format rule has no document behind it: "—", as on its rule page.
                out += "  " + (language == .zh ? "依据：" : "source: ") + (finding.source ?? (language == .zh ? "—（格式要求）" : "— (format requirement)")) + "\n"
                if let reason = finding.waiverReason, finding.waived { out += "  " + (language == .zh ? "豁免理由：" : "waiver: ") + reason + "\n" }
            }
            // Baselined findings are known and accepted: one line each, apart, so new ones stand out.
            let baselined = manifest.findings.filter(\.baselined)
            if !baselined.isEmpty {
                out += paint(language == .zh ? "  已在基线中（不计数）：" : "  in the baseline (not counted):", .dim, settings) + "\n"
                for finding in baselined {
                    out += paint("  \(finding.file):\(finding.line):\(finding.column)  \(finding.severity.rawValue)  \(finding.rule)  \(finding.message)", .dim, settings) + "\n"
                }
            }
            out += "\n"
        }
        out += Self.summary(report, language: language, run: settings.run) + "\n"
        return out
    }

    /// The last line: counts, then what else the run did (skipped files, the config used), and
    /// stale baseline entries on a line of their own.
    static func summary(_ report: LintReport, language: Language, run: RunNotes = RunNotes()) -> String {
        let counts = report.counts
        let manifests = report.manifests.count
        var line: String
        var notes: [String] = []
        if language == .zh {
            line = "\(manifests) 个清单：\(counts.errors) 个错误，\(counts.warnings) 个警告，\(counts.infos) 个提示"
            if counts.waived > 0 { line += "，\(counts.waived) 个已豁免" }
            if counts.baselined > 0 { line += "，\(counts.baselined) 个在基线中" }
            if run.skippedManifests > 0 { notes.append("跳过 \(run.skippedManifests) 个不是 shangjia 清单的 manifest.json") }
            if let config = run.configFile { notes.append("配置：\(config)") }
            if !notes.isEmpty { line += "（" + notes.joined(separator: "；") + "）" }
            if run.staleBaselineEntries > 0 { line += "\n\(run.staleBaselineEntries) 条基线已不再出现，可以删去" }
        } else {
            line = "\(English.count(manifests, "manifest")): \(English.count(counts.errors, "error")), \(English.count(counts.warnings, "warning")), \(English.count(counts.infos, "info"))"
            if counts.waived > 0 { line += ", \(counts.waived) waived" }
            if counts.baselined > 0 { line += ", \(counts.baselined) baselined" }
            if run.skippedManifests > 0 { notes.append("\(run.skippedManifests) manifest.json skipped: " + (run.skippedManifests == 1 ? "not a shangjia manifest" : "not shangjia manifests")) }
            if let config = run.configFile { notes.append("config: \(config)") }
            if !notes.isEmpty { line += " (" + notes.joined(separator: "; ") + ")" }
            if run.staleBaselineEntries > 0 {
                let stale = run.staleBaselineEntries
                line += stale == 1 ? "\n1 baseline entry no longer occurs: it can be deleted" : "\n\(stale) baseline entries no longer occur: they can be deleted"
            }
        }
        return line
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
