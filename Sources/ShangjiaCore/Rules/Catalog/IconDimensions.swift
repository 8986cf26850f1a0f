struct IconDimensions: Rule {
    static let description = RuleDescription(
        id: "icon-dimensions",
        title: Text(zh: "图标尺寸正确", en: "Icons have the required size"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.1.2、§3.2.2.1 图标；DB31DSJ/Z 003—2026 附录D 表D.1 应用 logo",
        rationale: Text(zh: "服务侧和治理侧的图标须为 180×180 像素，否则门户不收（错误）；一网协同的应用 logo 宜为 750×750 像素（建议，故为警告）。",
                        en: "Service and governance icons must be 180×180 pixels or the portal refuses them (error); the 一网协同 logo should be 750×750 pixels (a recommendation, hence a warning)."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}, "governance": {"icon": "assets/icon.png"}, "shanghai": {"logo": "assets/logo.jpg"}}"#,
                        files: ["assets/icon.png": ExampleFiles.lineIcon, "assets/logo.jpg": ExampleFiles.jpegLogo]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}, "governance": {"icon": "assets/icon.png"}}"#,
                        files: ["assets/icon.png": ExampleFile("181×181 PNG", ExampleFiles.ring(size: 181))], at: ["/service/icon", "/governance/icon"]),
            RuleExample(#"{"shanghai": {"logo": "assets/logo.png"}}"#, files: ["assets/logo.png": ExampleFiles.roundedLogo], at: ["/shanghai/logo"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.icons(of: [.service, .governance, .shanghai]).compactMap { icon in
            // A header too broken to give a size is icon-integrity's.
            guard let image = icon.file.image, image.width > 0, image.height > 0 else { return nil }
            let isLogo = icon.field.target == .shanghai
            let side = isLogo ? 750 : 180
            guard image.width != side || image.height != side else { return nil }
            return context.finding(at: icon.pointer, about: icon.file,
                zh: "\(context.name(icon.pointer)) \(icon.file.path) 为 \(image.width)×\(image.height) 像素，\(isLogo ? "宜" : "须")为 \(side)×\(side)",
                en: "\(context.name(icon.pointer)) \(icon.file.path) is \(image.width)×\(image.height) pixels; it \(isLogo ? "should" : "must") be \(side)×\(side)",
                hint: Text(zh: "按 \(side)×\(side) 像素重新导出图标", en: "export the icon again at \(side)×\(side) pixels"),
                severity: isLogo ? .warning : nil)
        }
    }
}
