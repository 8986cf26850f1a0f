struct IconFileSize: Rule {
    static let maxBytes = IntegerParameter("maxBytes", default: 122_880,
        Text(zh: "服务侧和治理侧图标的字节上限", en: "the most bytes of a service or governance icon"))
    static let warningBytes = IntegerParameter("warningBytes", default: 120_000, atMost: maxBytes,
        Text(zh: "超过此字节数（但未超上限）给出警告", en: "above this many bytes (but within the limit) a warning"))
    static let logoMaxBytes = IntegerParameter("logoMaxBytes", default: 1_048_576,
        Text(zh: "一网协同应用 logo 的字节上限", en: "the most bytes of the 一网协同 logo"))

    static let description = RuleDescription(
        id: "icon-file-size",
        title: Text(zh: "图标文件不超过大小上限", en: "Icon files are within the size limit"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.1.2、§3.2.2.1 图标；DB31DSJ/Z 003—2026 附录D 表D.1 应用 logo",
        rationale: Text(zh: "服务侧和治理侧的图标不超过 120 KB（122,880 B）。120,001–122,880 B 之间给出警告：若门户把 120KB 按 120,000 B 计，这样的图标会被拒。一网协同的应用 logo 宜在 1 MB（1,048,576 B）以内（建议，故为警告）。",
                        en: "Service and governance icons are at most 120 KB (122,880 B). 120,001–122,880 B gives a warning: a portal that reads 120KB as 120,000 B would refuse such an icon. The 一网协同 logo should be within 1 MB (1,048,576 B) (a recommendation, hence a warning)."),
        parameters: [maxBytes, warningBytes, logoMaxBytes],
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}, "shanghai": {"logo": "assets/logo.jpg"}}"#,
                        files: ["assets/icon.png": ExampleFile("180×180 PNG of exactly 120,000 B", ExampleFiles.padded(ExampleFiles.ring(size: 180), to: 120_000)),
                                "assets/logo.jpg": ExampleFiles.jpegLogo]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}, "governance": {"icon": "assets/icon.png"}}"#,
                        files: ["assets/icon.png": ExampleFile("180×180 PNG of 122,881 B", ExampleFiles.padded(ExampleFiles.ring(size: 180), to: 122_881))],
                        at: ["/service/icon", "/governance/icon"]),
            RuleExample(#"{"governance": {"icon": "assets/icon.png"}}"#,
                        files: ["assets/icon.png": ExampleFile("180×180 PNG of 120,001 B", ExampleFiles.padded(ExampleFiles.ring(size: 180), to: 120_001))],
                        at: ["/governance/icon"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.icons(of: [.service, .governance, .shanghai]).compactMap { icon in
            let size = Int(icon.file.size)
            let subject = "\(context.name(icon.pointer)) \(icon.file.path)"
            if icon.field.target == .shanghai {
                let limit = context[Self.logoMaxBytes]
                guard size > limit else { return nil }
                return context.finding(at: icon.pointer, about: icon.file,
                    zh: "\(subject) 有 \(byteCount(size))，宜在 \(byteCount(limit)) 以内", en: "\(subject) has \(byteCount(size)); it should be within \(byteCount(limit))",
                    hint: compressHint, severity: .warning)
            }
            let limit = context[Self.maxBytes], warning = context[Self.warningBytes]
            if size > limit {
                return context.finding(at: icon.pointer, about: icon.file,
                    zh: "\(subject) 有 \(byteCount(size))，超过上限 \(byteCount(limit))", en: "\(subject) has \(byteCount(size)), over the limit of \(byteCount(limit))",
                    hint: compressHint)
            }
            guard size > warning else { return nil }
            return context.finding(at: icon.pointer, about: icon.file,
                zh: "\(subject) 有 \(byteCount(size))，未超过 \(byteCount(limit))，但超过 \(byteCount(warning))：若门户把 120KB 按十进制计算会被拒绝",
                en: "\(subject) has \(byteCount(size)): within \(byteCount(limit)) but over \(byteCount(warning)), which a portal reading 120KB as decimal would refuse",
                hint: compressHint, severity: .warning)
        }
    }

    private var compressHint: Text {
        Text(zh: "减少颜色数或去掉图片中的元数据后重新导出", en: "export it again with fewer colours or without metadata")
    }
}
