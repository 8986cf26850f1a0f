import ShangjiaCore

/// `--format html`: one self-contained page for reviewers (业主单位, 大数据局) reading many
/// applications at once. Inline CSS, images as `data:` URIs and a Content-Security-Policy
/// that forbids every request, so the page can be mailed or archived and opened offline.
public struct HTMLReporter: Reporter {
    public init() {}

    /// What the page shows of one manifest besides its findings, taken while the manifest is
    /// parsed (`LintOptions.gather`): its name and its images with their bytes.
    public struct Gathered: Sendable {
        let name: String?
        let images: [(reference: ImageReferences.Reference, attachment: ImageAttachment?)]
    }

    /// For `LintOptions.gather`: `attachment` supplies an image the manifest names (by its
    /// path relative to the manifest's folder); reporters never read the disk themselves.
    public static func gather(_ manifest: Manifest, attachment: (_ relativePath: String) -> ImageAttachment?) -> Gathered {
        let name = ["/application/name", "/service/name", "/governance/name", "/shanghai/name"].lazy
            .compactMap { manifest.string($0) }.first { !$0.isBlank }
        return Gathered(name: name, images: ImageReferences.find(in: manifest).map { ($0, attachment($0.file)) })
    }

    public func render(_ report: LintReport, settings: ReportSettings) -> String {
        let page = Page(report: report, settings: settings)
        var out = """
            <!DOCTYPE html>
            <html lang="\(settings.language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(page.t("上架检查报告", "Listing check report")) · \(Tool.name)</title>
            <style>\(Self.style)</style>
            </head>
            <body>

            """
        out += page.header()
        for (index, manifest) in report.manifests.enumerated() { out += page.section(manifest, anchor: "m\(index + 1)") }
        out += "<footer>\(Markup.escape(Tool.name)) \(Markup.escape(settings.toolVersion))</footer>\n</body>\n</html>\n"
        return out
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
        figure{margin:0;flex:none}figure img{display:block;max-width:none;background:repeating-conic-gradient(#eaecf0 0 25%,#fff 0 50%) 0 0/16px 16px;outline:1px dashed #98a2b3}
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

    /// What one render needs: the report, the language and the attachment provider.
    private struct Page {
        let report: LintReport
        let settings: ReportSettings

        func t(_ zh: String, _ en: String) -> String { Markup.escape(Text(zh: zh, en: en)(settings.language)) }

        func header() -> String {
            let counts = report.counts
            var out = "<header>\n<h1>\(t("上架检查报告", "Listing check report"))</h1>\n"
            out += "<p class=\"muted\">\(t("检查日期", "Checked as of")) \(report.today) · \(report.manifests.count) \(t("个清单", "manifests"))</p>\n"
            out += "<div class=\"totals\">"
            for (label, value, style) in [(t("错误", "Errors"), counts.errors, "error"), (t("警告", "Warnings"), counts.warnings, "warning"),
                                          (t("提示", "Infos"), counts.infos, "info"), (t("已豁免", "Waived"), counts.waived, "waived")] {
                out += "<div class=\"total\"><span class=\"pill \(style)\">\(label)</span><b>\(value)</b></div>"
            }
            out += "</div>\n<table>\n<tr><th>\(t("应用", "Application"))</th><th>\(t("清单", "Manifest"))</th><th>\(t("发布对象", "Targets"))</th>"
            out += "<th>\(t("错误", "Errors"))</th><th>\(t("警告", "Warnings"))</th><th>\(t("提示", "Infos"))</th><th>\(t("已豁免", "Waived"))</th><th>\(t("结论", "Result"))</th></tr>\n"
            for (index, manifest) in report.manifests.enumerated() {
                let counts = manifest.counts
                out += "<tr><td><a href=\"#m\(index + 1)\">\(Markup.escape(name(of: manifest)))</a></td><td class=\"mono\">\(Markup.escape(manifest.file))</td>"
                out += "<td>\(targets(manifest))</td><td class=\"n\">\(counts.errors)</td><td class=\"n\">\(counts.warnings)</td>"
                out += "<td class=\"n\">\(counts.infos)</td><td class=\"n\">\(counts.waived)</td><td>\(verdict(counts))</td></tr>\n"
            }
            return out + "</table>\n</header>\n"
        }

        func section(_ manifest: ManifestReport, anchor: String) -> String {
            var out = "<section class=\"manifest\" id=\"\(anchor)\">\n<h2>\(Markup.escape(name(of: manifest)))</h2>\n"
            out += "<p><span class=\"mono\">\(Markup.escape(manifest.file))</span> \(targets(manifest)) \(verdict(manifest.counts))</p>\n"
            let images = (manifest.gathered as? Gathered)?.images ?? []
            if !images.isEmpty {
                out += "<h3>\(t("图标与截图（实际尺寸）", "Icons and screenshots (actual size)"))</h3>\n<div class=\"images\">\n"
                for field in ImageReferences.byField(images, { $0.reference.fieldPointer }) { out += imageRow(field, manifest: manifest) }
                out += "</div>\n"
            }
            let active = manifest.findings.filter { !$0.waived }
            if manifest.findings.isEmpty { out += "<p class=\"ok\">\(t("未发现问题。", "No findings."))</p>\n" }
            for severity in Severity.allCases {
                let group = active.filter { $0.severity == severity }
                guard !group.isEmpty else { continue }
                out += "<h3>\(Markup.escape(severity.label(settings.language)))（\(FindingCounts(group).active)）</h3>\n" + list(group)
            }
            let waived = manifest.findings.filter(\.waived)
            if !waived.isEmpty { out += "<h3>\(t("已豁免", "Waived"))（\(FindingCounts(waived).waived)）</h3>\n" + list(waived) }
            return out + "</section>\n"
        }

        /// The images of one field (an icon, or all screenshots) at their actual size, with
        /// the findings about that field beside them.
        func imageRow(_ images: [(reference: ImageReferences.Reference, attachment: ImageAttachment?)], manifest: ManifestReport) -> String {
            var out = "<div class=\"image-row\">\n<div class=\"figures\">"
            for image in images { out += figure(image.reference, attachment: image.attachment) }
            out += "</div>\n<div class=\"image-findings\">"
            let field = images[0].reference.fieldPointer
            let findings = manifest.findings.filter { $0.path.description == field || $0.path.description.hasPrefix(field + "/") }
            out += findings.isEmpty ? "<p class=\"ok\">\(t("没有关于此项的问题。", "No findings about this field."))</p>" : list(findings)
            return out + "</div>\n</div>\n"
        }

        func figure(_ image: ImageReferences.Reference, attachment: ImageAttachment?) -> String {
            var out = "<figure>"
            let caption = "\(Markup.escape(image.label(settings.language))) · <span class=\"mono\">\(Markup.escape(image.file))</span>"
            if let attachment {
                let img = "<img src=\"data:\(attachment.format.mediaType);base64,\(Base64.encode(attachment.bytes))\" width=\"\(attachment.width)\" height=\"\(attachment.height)\" alt=\"\(Markup.attribute(image.file))\">"
                out += image.inArray ? "<div class=\"scroll\">\(img)</div>" : img
                out += "<figcaption>\(caption)<br>\(attachment.width)×\(attachment.height) px · \(attachment.format.rawValue.uppercased()) · \(Self.size(attachment.bytes.count))</figcaption>"
            } else {
                out += "<div class=\"missing\">\(t("无法显示：文件缺失、不在清单目录内、不是 PNG/JPEG 或过大", "Not shown: missing, outside the manifest's folder, not PNG/JPEG, or too large"))</div>"
                out += "<figcaption>\(caption)</figcaption>"
            }
            return out + "</figure>"
        }

        func list(_ findings: [Finding]) -> String {
            var out = "<ol class=\"findings\">\n"
            for finding in findings {
                let style = finding.waived ? "waived" : finding.severity.rawValue
                let severity = finding.waived ? t("已豁免", "waived") : Markup.escape(finding.severity.label(settings.language))
                let title = report.rule(finding.rule).map { " " + Markup.escape($0.title(settings.language)) } ?? ""
                out += "<li class=\"finding \(style)\"><div><span class=\"pill sev\">\(severity)</span><span class=\"mono\">\(Markup.escape(finding.rule))</span>\(title)</div>\n"
                out += "<p class=\"message\">\(Markup.escape(finding.message))</p>\n"
                if let hint = finding.hint { out += "<p class=\"hint\">\(t("提示：", "Hint: "))\(Markup.escape(hint))</p>\n" }
                if finding.waived { out += "<p class=\"reason\">\(t("豁免理由：", "Waiver reason: "))\(Markup.escape(finding.waiverReason ?? ""))</p>\n" }
                let pointer = finding.path.description.isEmpty ? "\"\"" : finding.path.description
                out += "<p class=\"meta\"><span class=\"mono\">\(Markup.escape("\(finding.file):\(finding.line):\(finding.column)  \(pointer)"))</span>"
                if let source = finding.source { out += " · \(t("依据", "Source")) \(Markup.escape(source))" }
                out += "</p></li>\n"
            }
            return out + "</ol>\n"
        }

        /// The application's name as reviewers know it; the file when the manifest names none.
        func name(of manifest: ManifestReport) -> String {
            (manifest.gathered as? Gathered)?.name ?? manifest.file
        }

        func targets(_ manifest: ManifestReport) -> String {
            manifest.targets.map { "<span class=\"pill target\">\(Markup.escape($0.label(settings.language)))</span>" }.joined()
        }

        func verdict(_ counts: FindingCounts) -> String {
            counts.errors > 0 ? "<span class=\"pill error\">\(t("未通过", "fails"))</span>" : "<span class=\"pill pass\">\(t("通过", "passes"))</span>"
        }

        static func size(_ bytes: Int) -> String {
            bytes < 1024 ? "\(bytes) B" : "\(bytes / 1024) KB (\(bytes) B)"
        }
    }
}

/// The images a manifest names: every file field of the catalog whose value has an image
/// extension (icons, logo, screenshots), in catalog order. Whether the bytes really are an
/// image is for the attachment provider to judge.
enum ImageReferences {
    struct Reference: Sendable {
        let pointer: String
        let file: String
        let field: Field
        /// One of a list (screenshots): shown in a scroll box, grouped with its siblings.
        let inArray: Bool

        /// The pointer of the field in the catalog: the list for an item of a list.
        var fieldPointer: String { inArray ? String(pointer[..<pointer.lastIndex(of: "/")!]) : pointer }

        func label(_ language: Language) -> String { field.label(language) }
    }

    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg"]

    static func find(in manifest: Manifest) -> [Reference] {
        var found: [Reference] = []
        collect(FieldCatalog.root, at: "", in: manifest, inArray: false, into: &found)
        return found
    }

    /// Consecutive items of the same field, together.
    static func byField<Item>(_ items: [Item], _ fieldPointer: (Item) -> String) -> [[Item]] {
        var groups: [[Item]] = []
        for reference in items {
            if let last = groups.last?.last, fieldPointer(last) == fieldPointer(reference) {
                groups[groups.count - 1].append(reference)
            } else {
                groups.append([reference])
            }
        }
        return groups
    }

    private static func collect(_ field: Field, at pointer: String, in manifest: Manifest, inArray: Bool, into found: inout [Reference]) {
        switch field.kind {
        case .object(let fields):
            for child in fields { collect(child, at: pointer + "/" + child.key, in: manifest, inArray: false, into: &found) }
        case .array(let item):
            let count = manifest[pointer]?.arrayValue?.count ?? 0
            for index in 0..<count {
                collect(Field(field.key, field.label.zh, field.label.en, item), at: pointer + "/\(index)", in: manifest, inArray: true, into: &found)
            }
        case .string(.file):
            guard let file = manifest.string(pointer), let dot = file.lastIndex(of: "."),
                  imageExtensions.contains(file[file.index(after: dot)...].lowercased()) else { return }
            found.append(Reference(pointer: pointer, file: file, field: field, inArray: inArray))
        default:
            return
        }
    }
}

/// RFC 4648 base64, for `data:` URIs.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
