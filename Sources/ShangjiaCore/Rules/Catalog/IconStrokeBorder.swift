import ShangjiaInspect

struct IconStrokeBorder: Rule {
    static let description = RuleDescription(
        id: "icon-stroke-border",
        title: Text(zh: "一网协同应用 logo 不描边", en: "The 一网协同 logo is not framed by a stroke"),
        severity: .warning, targets: [.shanghai],
        source: "DB31DSJ/Z 003—2026 附录D 表D.1 应用图标",
        rationale: Text(zh: "一网协同的页面设计要求规定应用图标不应描边。规则把 logo 的不透明部分（没有透明度时是整幅图，JPEG 总是如此）从轮廓向内逐圈剥开：若外侧几圈几乎全是同一种颜色，宽度不超过短边的 3%（750 像素时 22 像素），且其内侧的像素大多是别的颜色，就是一圈描边；纯色底一直同色到图案处，远比描边宽，渐变和照片的最外一圈就不是一种颜色，都不算。PNG 与 JPEG 同样解码判断。在 Tests/ShangjiaInspectTests/Fixtures/stroke/make.py 画出的 56 个 logo 上校准（方形与圆角，PNG 与 JPEG，2–8 像素描边；无描边的有纯色、圆角、渐变、照片、白底、整幅铺满的图块）：29 个有描边的全部检出，27 个无描边的无一误报。可能判错的情形：短边 3% 以内的一圈白边（或其他颜色的留边）包着另一种颜色的画面，会被当作描边；与画面边缘同色的描边看不出来（这两种情形各有一例，见同一文件夹的 hard-*）；与内侧颜色每个通道相差不到 40 的淡色描边、颜色渐变的描边、经低质量 JPEG 压缩的 1–2 像素细线可能漏检。在 Debian 自带的 96 个 512 像素 Adwaita 与 LibreOffice 图标上，只有带深色轮廓线的 network-workgroup 被判为描边；LibreOffice 图标页面四周的渐变色边框不是一种颜色，不算。",
                        en: "The 一网协同 page design requirements say the application icon should not be outlined. The rule peels the logo's opaque part (the whole picture when it has no transparency, as a JPEG never has) in rings from its outline inwards: when the outer rings are nearly all one colour, that band is at most 3 % of the shorter side wide (22 px at 750), and most pixels just inside it are of other colours, it is a stroke. A flat background stays one colour all the way to the artwork, far wider than a stroke, and a gradient or photo is not one colour even in its outermost ring, so neither counts. PNG and JPEG logos are decoded and judged alike. Calibrated on 56 logos drawn by Tests/ShangjiaInspectTests/Fixtures/stroke/make.py (square and rounded, PNG and JPEG, 2–8 px strokes; unframed flat, rounded, gradient, photo, white-background and full-bleed tiles): all 29 framed found, none of the 27 unframed flagged. Where it can be wrong: a white (or other) margin within 3 % of the side around a picture of another colour is taken for a stroke; a stroke of the colour of the picture's own edge is not seen (one example of each is in the same folder, hard-*); a faint stroke within about 40 levels a channel of what lies inside, a stroke whose colour changes along it, and a 1–2 px line under low-quality JPEG compression may be missed. Of the 96 512-px Adwaita and LibreOffice icons Debian ships, it flags only network-workgroup, which has a dark outline; LibreOffice's gradient-coloured page borders are not one colour and do not count."),
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"logo": "assets/logo.png"}}"#, files: ["assets/logo.png": ExampleFiles.roundedLogo]),
            RuleExample(#"{"shanghai": {"logo": "assets/logo.jpg"}}"#, files: ["assets/logo.jpg": ExampleFiles.jpegLogo]),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"logo": "assets/logo.png"}}"#, files: ["assets/logo.png": ExampleFiles.framedLogo], at: ["/shanghai/logo"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.icons(of: [.shanghai]).compactMap { icon in
            guard let pixels = icon.file.image?.pixels else { return nil }
            let measured = StrokeBorderMeasurement.measure(pixels)
            guard measured.isFramed else { return nil }
            let around = measured.outline == .imageEdge
                ? Text(zh: "沿图像边缘", en: "the image's edge") : Text(zh: "沿不透明图形的轮廓", en: "the outline of its opaque shape")
            return context.finding(at: icon.pointer, about: icon.file,
                zh: "\(context.name(icon.pointer)) \(icon.file.path) 有描边：\(around.zh)一圈 \(measured.bandWidth) 像素宽的 \(measured.bandColour) 色带（每圈至少 \(percent(measured.bandUniformity))% 的像素是这个颜色；描边至多宽 \(measured.maxBandWidth) 像素），其内侧 \(percent(measured.insideContrast))% 的像素是别的颜色",
                en: "\(context.name(icon.pointer)) \(icon.file.path) is framed by a stroke: a \(measured.bandWidth) px band of \(measured.bandColour) runs around \(around.en) (at least \(percent(measured.bandUniformity))% of each ring is that colour; a stroke is at most \(measured.maxBandWidth) px wide) and \(percent(measured.insideContrast))% of the pixels just inside it are of other colours",
                hint: Text(zh: "去掉描边后重新导出 logo；若判断有误，可添加豁免并附情况说明", en: "export the logo again without the stroke; if this is wrong, add a waiver with a statement"))
        }
    }

    private func percent(_ share: Double) -> Int { Int((share * 100).rounded(.down)) }
}
