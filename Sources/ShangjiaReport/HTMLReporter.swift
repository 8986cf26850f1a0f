import ShangjiaCore
import ShangjiaOnline

/// `--format html`: one self-contained page for reviewers (业主单位, 大数据局) reading many
/// applications at once. Inline CSS, images as `data:` URIs and a Content-Security-Policy
/// that forbids every request, so the page can be mailed or archived and opened offline.
public struct HTMLReporter: Reporter {
    public init() {}

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        // Everything read from the manifests first: the images' style sheet goes in the head.
        let sheets = report.manifests.map { Self.sheet(for: $0, settings: settings) }
        let images = EmbeddedImages(sheets)
        let page = Page(report: report, settings: settings, images: images, sheets: sheets)
        var out = Self.head(title: page.t("上架检查报告", "Listing check report"), language: settings.language, extraStyle: images.style)
        out += page.header()
        for (index, manifest) in report.manifests.enumerated() { out += page.section(manifest, sheet: sheets[index], anchor: "m\(index + 1)") }
        out += "<footer>\(Markup.escape(Tool.name)) \(Markup.escape(settings.toolVersion))</footer>\n</body>\n</html>\n"
        return out
    }

    /// What the engine gathered of the application while its tree was alive (`LintOptions.gather`
    /// with `ApplicationSheet.gather`); nil for a manifest that is not JSON.
    static func sheet(for manifest: ManifestReport, settings: ReportSettings) -> ApplicationSheet? {
        manifest.gathered as? ApplicationSheet
    }

    /// The page up to `<body>`: the report's look, and a policy that forbids every request.
    /// `title` is HTML already; `extraStyle` adds rules for pages built on the report's look (forms).
    static func head(title: String, language: Language, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · \(Tool.name)</title>
        <style>\(style)\(extraStyle.isEmpty ? "" : "\n" + extraStyle)</style>
        </head>
        <body>

        """
    }

    static let style = """
        :root{--error:#b42318;--error-bg:#fef3f2;--warning:#b54708;--warning-bg:#fffaeb;--info:#175cd3;--info-bg:#eff8ff;--waived:#667085;--waived-bg:#f2f4f7;--line:#d0d5dd}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:1160px;padding:24px;font:15px/1.55 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#101828;background:#fff}
        h1{font-size:26px;margin:0 0 4px}h2{font-size:21px;margin:0}h3{font-size:16px;margin:22px 0 8px}
        .muted{color:#475467}.mono{font-family:ui-monospace,"SF Mono",Menlo,Consolas,monospace;font-size:13px}
        table{border-collapse:collapse;width:100%;margin:12px 0}th,td{border-bottom:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top}
        th{background:#f9fafb;font-weight:600;white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}
        .totals{display:flex;gap:12px;flex-wrap:wrap;margin:16px 0}
        .total{border:1px solid var(--line);border-radius:8px;padding:8px 16px;min-width:110px}.total b{display:block;font-size:24px}
        .pill{display:inline-block;border-radius:999px;padding:1px 10px;font-size:13px;margin-right:6px;white-space:nowrap}
        .error .pill.sev,.pill.error{background:var(--error-bg);color:var(--error)}
        .warning .pill.sev,.pill.warning{background:var(--warning-bg);color:var(--warning)}
        .info .pill.sev,.pill.info{background:var(--info-bg);color:var(--info)}
        .waived .pill.sev,.pill.waived{background:var(--waived-bg);color:var(--waived)}
        .pill.pass{background:#ecfdf3;color:#027a48}.pill.target{background:#f2f4f7;color:#344054}
        section.manifest{border-top:3px solid #101828;margin-top:36px;padding-top:16px}
        .images{display:flex;flex-direction:column;gap:16px;margin:12px 0}
        .image-row{display:flex;gap:20px;align-items:flex-start;border:1px solid var(--line);border-radius:8px;padding:12px}
        .figures{display:flex;flex-wrap:wrap;gap:16px;flex:none;max-width:780px}
        figure{margin:0;flex:none}.checker{background:repeating-conic-gradient(#eaecf0 0 25%,#fff 0 50%) 0 0/16px 16px;outline:1px dashed #98a2b3;width:fit-content}
        .picture{display:block;background-size:100% 100%;background-repeat:no-repeat}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
        table.facts th{width:16em;white-space:normal}
        table.checklist td.mark{font-size:17px;width:2em;text-align:center}td.mark.pass{color:#027a48}td.mark.error{color:var(--error)}td.mark.warning{color:var(--warning)}td.mark.none{color:#98a2b3}
        table.checklist td:nth-child(2),table.checklist td:nth-child(4),table.checklist td:last-child{white-space:nowrap}table.checklist td:nth-child(3){overflow-wrap:anywhere}
        h4{font-size:15px;margin:14px 0 0}.basis{font-size:13px;color:#475467;margin:2px 0}
        details.passed{margin:16px 0;font-size:13px}details.passed summary{cursor:pointer;color:#027a48}details.passed li{margin:2px 0}
        @media print{@page{size:A4;margin:14mm 12mm}body{max-width:none;padding:0;font-size:12px}header.summary{break-after:page}
        section.manifest{break-before:page;border-top:0;margin-top:0;padding-top:0}tr,li.finding,.image-row,figure{break-inside:avoid}
        thead{display:table-header-group}h3,h4{break-after:avoid}.scroll{max-height:none;overflow:visible}}
        figcaption{font-size:13px;color:#475467;margin-top:6px;max-width:360px}
        .scroll{width:fit-content;max-width:380px;max-height:640px;overflow:auto}
        .missing{width:180px;padding:16px;border:1px dashed var(--error);color:var(--error);font-size:13px}
        .image-findings{flex:1;min-width:0}
        ol.findings{list-style:none;padding:0;margin:0}
        li.finding{border-left:4px solid var(--line);padding:6px 12px;margin:8px 0;background:#fcfcfd}
        li.error{border-color:var(--error)}li.warning{border-color:var(--warning)}li.info{border-color:var(--info)}li.waived{border-color:var(--waived)}
        .message{margin:2px 0}.hint,.meta,.reason{margin:2px 0;font-size:13px;color:#475467}
        .ok{color:#027a48}
        footer{margin-top:40px;color:#98a2b3;font-size:12px}
        """

    /// What one render needs: the report, the language, and the images embedded once for the page.
    private struct Page {
        let report: LintReport
        let settings: ReportSettings
        let images: EmbeddedImages
        /// By manifest, in the report's order (nil for a manifest that is not JSON).
        let sheets: [ApplicationSheet?]

        func t(_ zh: String, _ en: String) -> String { Markup.escape(Text(zh: zh, en: en)(settings.language)) }

        func header() -> String {
            let counts = report.counts
            var out = "<header class=\"summary\">\n<h1>\(t("上架检查报告", "Listing check report"))</h1>\n"
            out += "<p class=\"muted\">\(t("检查日期", "Checked as of")) \(report.today) · \(report.manifests.count) \(t("个清单", "manifests"))"
            out += " · \(Markup.escape(Tool.name)) \(Markup.escape(settings.toolVersion)) · \(report.rules.count) \(t("条规则", "rules"))</p>\n"
            out += "<div class=\"totals\">"
            for (label, value, style) in [(t("错误", "Errors"), counts.errors, "error"), (t("警告", "Warnings"), counts.warnings, "warning"),
                                          (t("提示", "Infos"), counts.infos, "info"), (t("已豁免", "Waived"), counts.waived, "waived")] {
                out += "<div class=\"total\"><span class=\"pill \(style)\">\(label)</span><b>\(value)</b></div>"
            }
            out += "</div>\n<table>\n<thead><tr><th>\(t("应用", "Application"))</th><th>\(t("清单", "Manifest"))</th><th>\(t("发布对象", "Targets"))</th>"
            out += "<th>\(t("错误", "Errors"))</th><th>\(t("警告", "Warnings"))</th><th>\(t("提示", "Infos"))</th><th>\(t("已豁免", "Waived"))</th><th>\(t("结论", "Result"))</th></tr></thead>\n"
            for (index, manifest) in report.manifests.enumerated() {
                let counts = manifest.counts
                out += "<tr><td><a href=\"#m\(index + 1)\">\(Markup.escape(sheets[index]?.name ?? manifest.file))</a></td><td class=\"mono\">\(Markup.escape(manifest.file))</td>"
                out += "<td>\(targets(manifest))</td><td class=\"n\">\(counts.errors)</td><td class=\"n\">\(counts.warnings)</td>"
                out += "<td class=\"n\">\(counts.infos)</td><td class=\"n\">\(counts.waived)</td><td>\(verdict(counts))</td></tr>\n"
            }
            return out + "</table>\n</header>\n"
        }

        func section(_ manifest: ManifestReport, sheet: ApplicationSheet?, anchor: String) -> String {
            var out = "<section class=\"manifest\" id=\"\(anchor)\">\n<h2>\(Markup.escape(sheet?.name ?? manifest.file))</h2>\n"
            out += "<p><span class=\"mono\">\(Markup.escape(manifest.file))</span> \(targets(manifest)) \(verdict(manifest.counts))</p>\n"
            if let sheet {
                out += facts(sheet)
                out += checklists(sheet, manifest: manifest)
                if !sheet.images.isEmpty {
                    out += "<h3>\(t("图标与截图（实际尺寸）", "Icons and screenshots (actual size)"))</h3>\n<div class=\"images\">\n"
                    for field in Self.byField(sheet.images) { out += imageRow(field, sheet: sheet, manifest: manifest) }
                    out += "</div>\n"
                }
            }
            let groups = Dictionary(grouping: manifest.findings, by: Disposition.init)
            let active = groups[.active] ?? []
            if manifest.findings.isEmpty { out += "<p class=\"ok\">\(t("未发现问题。", "No findings."))</p>\n" }
            for severity in Severity.allCases {
                let group = active.filter { $0.severity == severity }
                guard !group.isEmpty else { continue }
                out += "<h3>\(Markup.escape(severity.label(settings.language)))（\(FindingCounts(group).active)）</h3>\n" + list(group)
            }
            if let waived = groups[.waived] { out += "<h3>\(t("已豁免", "Waived"))（\(FindingCounts(waived).waived)）</h3>\n" + list(waived) }
            if let baselined = groups[.baselined] { out += "<h3>\(t("基线中", "In the baseline"))（\(baselined.count)）</h3>\n" + list(baselined) }
            out += passedRules(manifest)
            return out + "</section>\n"
        }

        func facts(_ sheet: ApplicationSheet) -> String {
            guard !sheet.facts.isEmpty else { return "" }
            var out = "<h3>\(t("应用概况", "Facts"))</h3>\n<table class=\"facts\">\n"
            for fact in sheet.facts { out += "<tr><th>\(Markup.escape(fact.label))</th><td>\(Markup.escape(fact.value))</td></tr>\n" }
            return out + "</table>\n"
        }

        /// One table a target: each material with ✓ / ✗ / ⚠, its file's type and size, and the rule that judged it.
        func checklists(_ sheet: ApplicationSheet, manifest: ManifestReport) -> String {
            guard !sheet.checklists.isEmpty else { return "" }
            var out = "<h3>\(t("材料清单", "Materials"))</h3>\n"
            for list in sheet.checklists {
                out += "<h4>\(Markup.escape(list.title))</h4>\n"
                if let basis = list.basis { out += "<p class=\"basis\">\(t("按", "Required by")) \(Markup.escape(basis))</p>\n" }
                out += "<table class=\"checklist\">\n<thead><tr><th></th><th>\(t("材料", "Material"))</th><th>\(t("文件", "File"))</th>"
                out += "<th>\(t("类型与大小（按内容）", "Type and size (by content)"))</th><th>\(t("说明", "Notes"))</th><th>\(t("判定规则", "Judged by"))</th></tr></thead>\n"
                for material in list.materials { out += row(material, manifest: manifest) }
                out += "</table>\n"
            }
            return out
        }

        func row(_ material: ApplicationSheet.Material, manifest: ManifestReport) -> String {
            let related = manifest.findings.filter { material.exactly ? $0.pointer == material.pointer : $0.pointer.isWithin(material.pointer) }
            let active = related.filter { Disposition($0) == .active }
            let mark: (symbol: String, style: String, title: String)
            if active.contains(where: { $0.severity == .error }) {
                mark = ("✗", "error", t("未通过", "fails"))
            } else if !related.isEmpty {
                mark = ("⚠", "warning", active.isEmpty ? t("已豁免", "waived") : t("有警告", "warnings"))
            } else if material.file == nil && material.detail == nil || material.file == nil && material.requiredWhenAbsent {
                mark = material.requiredWhenAbsent ? ("✗", "error", t("未提供", "missing")) : ("—", "none", t("未提供，未要求", "not given, not required"))
            } else {
                mark = ("✓", "pass", t("通过", "passes"))
            }
            var rules: [String] = []
            for finding in related where !rules.contains(finding.rule) { rules.append(finding.rule) }
            if rules.isEmpty { rules = material.rules.filter(manifest.rulesRun.contains) }
            var notes = material.detail.map(Markup.escape) ?? ""
            if mark.title == t("已豁免", "waived") { notes += (notes.isEmpty ? "" : "<br>") + t("已豁免", "waived") }
            if material.file == nil && mark.style == "error" && related.isEmpty { notes += (notes.isEmpty ? "" : "<br>") + t("未提供", "missing") }
            var out = "<tr><td class=\"mark \(mark.style)\" title=\"\(mark.title)\">\(mark.symbol)</td><td>\(Markup.escape(material.label))</td>"
            out += "<td class=\"mono\">\(material.file.map(Markup.escape) ?? "—")</td><td>\(material.typeAndSize.map(Markup.escape) ?? "—")</td>"
            out += "<td>\(notes)</td><td class=\"mono\">\(rules.map(Markup.escape).joined(separator: "<br>"))</td></tr>\n"
            return out
        }

        /// The rules that ran on the manifest without a finding, collapsed: "通过" can be audited.
        func passedRules(_ manifest: ManifestReport) -> String {
            let judged = Set(manifest.findings.map(\.rule))
            let passed = manifest.rulesRun.filter { !judged.contains($0) }
            guard !passed.isEmpty else { return "" }
            var out = "<details class=\"passed\"><summary>\(t("通过的规则", "Rules that passed"))（\(passed.count)）</summary>\n<ul>\n"
            for id in passed {
                let title = report.rule(id).map { " " + Markup.escape($0.title(settings.language)) } ?? ""
                out += "<li><span class=\"mono\">\(Markup.escape(id))</span>\(title)</li>\n"
            }
            return out + "</ul></details>\n"
        }

        /// The images of one field (an icon, or all screenshots) at their actual size, with
        /// the findings about that field beside them.
        func imageRow(_ images: [ApplicationSheet.Image], sheet: ApplicationSheet, manifest: ManifestReport) -> String {
            var out = "<div class=\"image-row\">\n<div class=\"figures\">"
            for image in images { out += figure(image, attachment: sheet.attachments[image.file]) }
            out += "</div>\n<div class=\"image-findings\">"
            let field = images[0].fieldPointer
            let findings = manifest.findings.filter { $0.pointer.description == field || $0.pointer.description.hasPrefix(field + "/") }
            out += findings.isEmpty ? "<p class=\"ok\">\(t("没有关于此项的问题。", "No findings about this field."))</p>" : list(findings)
            return out + "</div>\n</div>\n"
        }

        /// An image drawn from its page-wide class, so a file shown at several places is in the page once.
        func figure(_ image: ApplicationSheet.Image, attachment: ImageAttachment?) -> String {
            var out = "<figure>"
            let caption = "\(Markup.escape(image.label)) · <span class=\"mono\">\(Markup.escape(image.file))</span>"
            if let attachment, let name = images.className(of: attachment) {
                let picture = "<div class=\"checker\"><span class=\"picture \(name)\" role=\"img\" aria-label=\"\(Markup.attribute(image.file))\" style=\"width:\(attachment.width)px;height:\(attachment.height)px\"></span></div>"
                out += image.inList ? "<div class=\"scroll\">\(picture)</div>" : picture
                out += "<figcaption>\(caption)<br>\(attachment.width)×\(attachment.height) px · \(attachment.format.rawValue.uppercased()) · \(FileDescription.size(attachment.bytes.count))</figcaption>"
            } else {
                out += "<div class=\"missing\">\(t("无法显示：文件缺失、不在清单目录内、不是 PNG/JPEG 或过大", "Not shown: missing, outside the manifest's folder, not PNG/JPEG, or too large"))</div>"
                out += "<figcaption>\(caption)</figcaption>"
            }
            return out + "</figure>"
        }

        /// Consecutive images of the same field, together.
        static func byField(_ images: [ApplicationSheet.Image]) -> [[ApplicationSheet.Image]] {
            var groups: [[ApplicationSheet.Image]] = []
            for image in images {
                if let last = groups.last?.last, last.fieldPointer == image.fieldPointer {
                    groups[groups.count - 1].append(image)
                } else {
                    groups.append([image])
                }
            }
            return groups
        }

        func list(_ findings: [Finding]) -> String {
            var out = "<ol class=\"findings\">\n"
            for finding in findings {
                let disposition = Disposition(finding)
                let style = disposition == .active ? finding.severity.rawValue : "waived"
                let severity = disposition == .waived ? t("已豁免", "waived") : disposition == .baselined ? t("基线中", "in the baseline")
                    : Markup.escape(finding.severity.label(settings.language))
                let title = report.rule(finding.rule).map { " " + Markup.escape($0.title(settings.language)) } ?? ""
                out += "<li class=\"finding \(style)\"><div><span class=\"pill sev\">\(severity)</span><span class=\"mono\">\(Markup.escape(finding.rule))</span>\(title)</div>\n"
                out += "<p class=\"message\">\(Markup.escape(finding.message))</p>\n"
                if let hint = finding.hint { out += "<p class=\"hint\">\(t("提示：", "Hint: "))\(Markup.escape(hint))</p>\n" }
                if finding.waived { out += "<p class=\"reason\">\(t("豁免理由：", "Waiver reason: "))\(Markup.escape(finding.waiverReason ?? ""))</p>\n" }
                let pointer = finding.pointer.description.isEmpty ? "\"\"" : finding.pointer.description
                out += "<p class=\"meta\"><span class=\"mono\">\(Markup.escape("\(finding.file):\(finding.line):\(finding.column)  \(pointer)"))</span>"
                if let source = finding.source { out += " · \(t("依据", "Source")) \(Markup.escape(source))" }
                out += "</p></li>\n"
            }
            return out + "</ol>\n"
        }

        func targets(_ manifest: ManifestReport) -> String {
            manifest.targets.map { "<span class=\"pill target\">\(Markup.escape($0.label(settings.language)))</span>" }.joined()
        }

        func verdict(_ counts: FindingCounts) -> String {
            counts.errors > 0 ? "<span class=\"pill error\">\(t("未通过", "fails"))</span>" : "<span class=\"pill pass\">\(t("通过", "passes"))</span>"
        }
    }

    /// How the report files a finding: to fix, accepted by a waiver, or known from the baseline.
    enum Disposition {
        case active, waived, baselined

        /// The single place that decides: a finding both waived and baselined is filed as waived.
        init(_ finding: Finding) {
            self = finding.waived ? .waived : finding.baselined ? .baselined : .active
        }
    }

    /// Every distinct image of the page, once, as a CSS class holding its data: URI.
    struct EmbeddedImages {
        private var classes: [[UInt8]: String] = [:]
        private(set) var style = ""

        init(_ sheets: [ApplicationSheet?]) {
            for sheet in sheets {
                guard let sheet else { continue }
                // In the order the page shows them, so the class names do not depend on hashing.
                for image in sheet.images {
                    guard let attachment = sheet.attachments[image.file], classes[attachment.bytes] == nil else { continue }
                    let name = "i\(classes.count + 1)"
                    classes[attachment.bytes] = name
                    style += ".\(name){background-image:url(data:\(attachment.format.mediaType);base64,\(Base64.encode(attachment.bytes)))}\n"
                }
            }
        }

        func className(of attachment: ImageAttachment) -> String? { classes[attachment.bytes] }
    }
}

