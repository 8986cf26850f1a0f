import ShangjiaInspect

struct IconFormat: Rule {
    static let description = RuleDescription(
        id: "icon-format",
        title: Text(zh: "图标格式正确", en: "Icons are in an accepted image format"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.1.2、§3.2.2.1 图标；DB31DSJ/Z 003—2026 附录D 表D.1 应用 logo",
        rationale: Text(zh: "服务侧和治理侧的图标只收 PNG；关联存量应用的服务侧图标也可用 JPG；一网协同的应用 logo 宜为 jpg 或 png（附录D 用“宜”，所以只是警告）。格式按文件内容判断，扩展名也要与内容一致，否则上传时会被识别错。",
                        en: "Service and governance icons must be PNG; a service linked as a legacy application may also use JPG; the 一网协同 logo should be jpg or png (附录D says 宜, so this is a warning). The format is judged by the bytes, and the extension must agree with them, or the upload is misread."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}, "governance": {"icon": "assets/icon.png"}}"#,
                        files: ["assets/icon.png": ExampleFiles.lineIcon]),
            RuleExample(#"{"service": {"legacyLink": true, "icon": "assets/icon.jpg"}, "shanghai": {"logo": "assets/logo.jpeg"}}"#,
                        files: ["assets/icon.jpg": ExampleFiles.jpegIcon, "assets/logo.jpeg": ExampleFiles.jpegLogo]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}, "governance": {"icon": "assets/icon.png"}}"#,
                        files: ["assets/icon.png": ExampleFiles.jpegIcon], at: ["/service/icon", "/governance/icon"]),
            RuleExample(#"{"shanghai": {"logo": "assets/logo.jpg"}}"#, files: ["assets/logo.jpg": ExampleFiles.roundedLogo], at: ["/shanghai/logo"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.icons(of: [.service, .governance, .shanghai]).compactMap { icon in
            let accepted = acceptedFormats(icon.field, context)
            let acceptedNames = Text(zh: accepted.map(\.name).joined(separator: " 或 "), en: accepted.map(\.name).joined(separator: " or "))
            guard let format = icon.file.image?.format, accepted.contains(format) else {
                let legacyHint = icon.field.target == .service && icon.file.content == .jpeg
                return context.finding(at: icon.pointer, about: icon.file,
                    zh: "\(context.name(icon.pointer)) \(icon.file.path) 实际是 \(icon.file.contentName.zh)，须为 \(acceptedNames.zh)",
                    en: "\(context.name(icon.pointer)) \(icon.file.path) is \(icon.file.contentName.en); it must be \(acceptedNames.en)",
                    hint: legacyHint
                        ? Text(zh: "只有关联存量应用（legacyLink 为 true）的服务图标可用 JPG；请导出为 PNG", en: "only a service linked as a legacy application (legacyLink true) may use JPG; export it as PNG")
                        : Text(zh: "用图片工具导出为 \(acceptedNames.zh)", en: "export it as \(acceptedNames.en) from an image editor"),
                    severity: Self.severity(of: icon.field))
            }
            guard FileInspection.expectedContent(forExtension: icon.file.fileExtension) != icon.file.content else { return nil }
            let written = icon.file.fileExtension.isEmpty ? Text(zh: "没有扩展名", en: "has no extension")
                : Text(zh: "扩展名 .\(icon.file.fileExtension) 与内容不符", en: "has the extension .\(icon.file.fileExtension), which does not match")
            return context.finding(at: icon.pointer, about: icon.file,
                zh: "\(context.name(icon.pointer)) \(icon.file.path) 是 \(icon.file.contentName.zh)，但\(written.zh)",
                en: "\(context.name(icon.pointer)) \(icon.file.path) is \(icon.file.contentName.en) but \(written.en)",
                hint: Text(zh: "把文件改名为 .\(format.fileExtension)", en: "rename the file to .\(format.fileExtension)"), severity: Self.severity(of: icon.field))
        }
    }

    /// 附录D's logo format is a 宜 (should): a warning for 一网协同, an error elsewhere.
    private static func severity(of field: IconField) -> Severity? { field.target == .shanghai ? .warning : nil }

    /// S: PNG, or PNG and JPG for a linked legacy service (§3.2.1.2); G: PNG; H: jpg or png.
    private func acceptedFormats(_ field: IconField, _ context: RuleContext) -> [ImageInfo.Format] {
        switch field.target {
        case .service: context.manifest.bool(.serviceLegacyLink) == true ? [.png, .jpeg] : [.png]
        case .shanghai: [.png, .jpeg]
        case .governance, .application: [.png]
        }
    }
}

private extension ImageInfo.Format {
    var name: String { self == .png ? "PNG" : "JPG" }
    var fileExtension: String { self == .png ? "png" : "jpg" }
}
