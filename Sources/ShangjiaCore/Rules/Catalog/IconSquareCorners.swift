import ShangjiaInspect

struct IconSquareCorners: Rule {
    static let description = RuleDescription(
        id: "icon-square-corners",
        title: Text(zh: "一网协同应用 logo 不用方角", en: "The 一网协同 logo has no square corners"),
        severity: .warning, targets: [.shanghai],
        source: "DB31DSJ/Z 003—2026 附录D 表D.1 应用图标",
        rationale: Text(zh: "一网协同的页面设计要求规定应用图标不应描边、不应用方角。四个角的像素都不透明，说明图片铺满了方形，即方角；圆角或异形图标的四角是透明的。JPEG 同样解码判断：它没有透明度，四角总是不透明，因此 JPEG logo 总是方角。",
                        en: "The 一网协同 page design requirements say the application icon should have no outline and no square corners. When all four corner pixels are opaque the picture fills the square, which is a square corner; a rounded or shaped icon has transparent corners. A JPEG logo is decoded and judged the same way: it has no transparency, so its corners are always opaque and it always has square corners."),
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"logo": "assets/logo.png"}}"#, files: ["assets/logo.png": ExampleFiles.roundedLogo]),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"logo": "assets/logo.png"}}"#, files: ["assets/logo.png": ExampleFiles.squareLogo], at: ["/shanghai/logo"]),
            RuleExample(#"{"shanghai": {"logo": "assets/logo.jpg"}}"#, files: ["assets/logo.jpg": ExampleFiles.jpegLogo], at: ["/shanghai/logo"]),
        ])

    /// Alpha from which a pixel counts as opaque: exporters may leave 254 on a solid edge.
    static let opaqueAlpha: UInt8 = 250

    func check(_ context: RuleContext) -> [Finding] {
        context.icons(of: [.shanghai]).compactMap { icon in
            guard let pixels = icon.file.image?.pixels else { return nil }
            let corners = [(0, 0), (pixels.width - 1, 0), (0, pixels.height - 1), (pixels.width - 1, pixels.height - 1)]
            guard corners.allSatisfy({ x, y in pixels.rgba[(y * pixels.width + x) * 4 + 3] >= Self.opaqueAlpha }) else { return nil }
            return context.finding(at: icon.pointer, about: icon.file,
                zh: "\(context.name(icon.pointer)) \(icon.file.path) 四个角都不透明，是方角图标",
                en: "\(context.name(icon.pointer)) \(icon.file.path) has opaque pixels in all four corners: it has square corners",
                hint: Text(zh: "导出为透明背景的圆角图标", en: "export it with rounded corners on a transparent background"))
        }
    }
}
