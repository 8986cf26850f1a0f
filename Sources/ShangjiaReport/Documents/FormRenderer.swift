import ShangjiaCore

/// `shangjia form` output: the filled forms as aligned text, Markdown or a printable page.
public enum FormRenderer {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, html
    }

    public static func render(_ forms: [FilledForm], application: String, format: Format, language: Language, today: CalendarDate) -> String {
        switch format {
        case .text: text(forms, application: application, language: language)
        case .markdown: markdown(forms, application: application, language: language)
        case .html: html(forms, application: application, language: language, today: today)
        }
    }

    static func missingText(_ language: Language) -> String { Text(zh: "「未填」", en: "(not filled)")(language) }

    static func summary(_ section: FilledForm.Section, _ language: Language) -> String {
        section.missing == 0
            ? Text(zh: "本节 \(section.rows.count) 项，均已填写", en: "\(section.rows.count) fields, all filled")(language)
            : Text(zh: "本节 \(section.rows.count) 项，未填 \(section.missing) 项", en: "\(section.rows.count) fields, \(section.missing) not filled")(language)
    }

    static func heading(_ application: String, _ language: Language) -> String {
        Text(zh: "表单预填单 · \(application)", en: "Pre-filled portal forms · \(application)")(language)
    }

    static func text(_ forms: [FilledForm], application: String, language: Language) -> String {
        var out = heading(application, language) + "\n"
        for form in forms {
            out += "\n== \(form.title) ==  (\(form.source))\n"
            for section in form.sections {
                out += "\n[\(section.title)]\n"
                let width = section.rows.map { DisplayWidth.of($0.label) }.max() ?? 0
                for row in section.rows {
                    let padding = String(repeating: " ", count: width - DisplayWidth.of(row.label))
                    // A value of several lines keeps its lines under the value column.
                    let value = (row.value ?? missingText(language)).split(separator: "\n", omittingEmptySubsequences: false)
                        .joined(separator: "\n" + String(repeating: " ", count: width + 4))
                    out += "  \(row.label)\(padding)  \(value)\n"
                }
                out += "  — \(summary(section, language))\n"
            }
        }
        return out
    }

    static func markdown(_ forms: [FilledForm], application: String, language: Language) -> String {
        var out = "# \(cell(heading(application, language)))\n"
        let columns = Text(zh: "| 字段 | 填写内容 |", en: "| Field | Value |")(language)
        for form in forms {
            out += "\n## \(cell(form.title))\n\n\(Text(zh: "依据", en: "Source")(language))：\(cell(form.source))\n"
            for section in form.sections {
                out += "\n### \(cell(section.title))\n\n\(columns)\n|---|---|\n"
                for row in section.rows { out += "| \(cell(row.label)) | \(cell(row.value ?? missingText(language))) |\n" }
                out += "\n\(summary(section, language))\n"
            }
        }
        return out
    }

    /// Markdown table cell text: pipes escaped, line breaks as <br>, and no HTML from the manifest.
    static func cell(_ text: String) -> String {
        Markup.escape(text).replacingAll("|", with: "\\|").replacingAll("\n", with: "<br>")
    }

    static func html(_ forms: [FilledForm], application: String, language: Language, today: CalendarDate) -> String {
        let title = Markup.escape(heading(application, language))
        var out = HTMLReporter.head(title: title, language: language, extraStyle: style)
        out += "<header><h1>\(title)</h1><p class=\"muted\">\(Markup.escape(Tool.name)) \(Markup.escape(Tool.version)) · \(today)</p></header>\n"
        for form in forms {
            out += "<section class=\"form\"><h2>\(Markup.escape(form.title))</h2>\n<p class=\"muted\">\(Text(zh: "依据", en: "Source")(language))：\(Markup.escape(form.source))</p>\n"
            for section in form.sections {
                out += "<h3>\(Markup.escape(section.title))</h3>\n<table class=\"fields\">\n"
                for row in section.rows {
                    let value = row.value.map { "<td>\(Markup.escape($0))</td>" } ?? "<td class=\"unfilled\">\(Markup.escape(missingText(language)))</td>"
                    out += "<tr><th>\(Markup.escape(row.label))</th>\(value)</tr>\n"
                }
                out += "</table>\n<p class=\"count\">\(Markup.escape(summary(section, language)))</p>\n"
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    static let style = """
        table.fields th{width:13em;white-space:normal}table.fields td{white-space:pre-wrap;word-break:break-all}
        td.unfilled{color:var(--error);background:var(--error-bg)}.count{font-size:13px;color:#475467;margin:0 0 8px}
        section.form{border-top:3px solid #101828;margin-top:28px;padding-top:12px}
        @media print{@page{size:A4;margin:15mm}body{padding:0;max-width:none}section.form{border:0;margin:0}section.form+section.form{break-before:page}tr{break-inside:avoid}}
        """
}

/// Columns a string takes in a terminal: East Asian wide and fullwidth characters two, combining marks none.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: 2
        default: 1
        }
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
