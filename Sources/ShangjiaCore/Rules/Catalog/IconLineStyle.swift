import ShangjiaInspect

struct IconLineStyle: Rule {
    static let description = RuleDescription(
        id: "icon-line-style",
        title: Text(zh: "服务图标为线性图标", en: "The service icon is a line icon"),
        severity: .warning, targets: [.service],
        source: "《IRS应用注册与上架经验》服务侧应用发布 3",
        rationale: Text(zh: "浙里办上架审核要求服务图标是线性（描线）图标，不是面性（填充）图标。判断依据：非背景像素（墨迹）占比，以及墨迹按笔画半径腐蚀后的保留比例——细线腐蚀后几乎不留，填充块大多保留。两者都超过阈值时判为面性。这是对图形的估计，确属线性的可用情况说明豁免。",
                        en: "浙里办 review wants the service icon drawn as a line (outline) icon, not a filled one. The rule measures the share of non-background (ink) pixels and the share of ink left after eroding it by a stroke radius: thin strokes vanish, filled shapes mostly stay. When both exceed their thresholds the icon is judged filled. It is an estimate; a line icon judged wrongly can be waived with a statement."),
        parameters: [
            RuleParameter("maxSurvivalPercent", .integer(LineStyleMeasurement.maxLineSurvivalPercent),
                          Text(zh: "线性图标墨迹腐蚀后保留比例的上限（百分比）", en: "the highest share of ink surviving erosion in a line icon, in percent")),
        ],
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}}"#, files: ["assets/icon.png": ExampleFiles.lineIcon]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}}"#, files: ["assets/icon.png": ExampleFiles.filledIcon], at: ["/service/icon"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        // JPEGs and images over 1 megapixel are not decoded: nothing to measure.
        context.icons(of: [.service]).compactMap { icon in
            guard let pixels = icon.file.image?.pixels else { return nil }
            let measured = LineStyleMeasurement.measure(pixels)
            let maxSurvival = context.integer("maxSurvivalPercent")
            guard measured.looksFilled(maxSurvivalPercent: maxSurvival) else { return nil }
            let name = context.name(icon.pointer), path = icon.file.path
            let background = measured.background == "transparent" ? Text(zh: "背景透明", en: "a transparent background")
                : Text(zh: "背景 \(measured.background)", en: "a \(measured.background) background")
            let message = measured.isTile
                ? Text(zh: "\(name) \(path) 看起来是面性图标：整幅图不透明，边缘是 \(measured.background) 色块而不是白底，即一块带图形的底板（色块图标属于面性）",
                       en: "\(name) \(path) looks like a filled icon: the canvas is opaque and its border is \(measured.background), not white: a tile with the glyph on it (a tile icon is a filled icon)")
                : Text(zh: "\(name) \(path) 看起来是面性图标：\(background.zh)，墨迹外框 \(measured.inkWidth)×\(measured.inkHeight) 像素、占外框 \(percent(measured.coverage))%，按 \(measured.strokeRadius) 像素（外框长边的 \(radiusShare)%）腐蚀后保留 \(percent(measured.erosionSurvival))%（线性图标的线条腐蚀后几乎不留，一般不超过 \(maxSurvival)%）",
                       en: "\(name) \(path) looks like a filled icon: on \(background.en), the ink's bounding box is \(measured.inkWidth)×\(measured.inkHeight) px and \(percent(measured.coverage))% inked, and \(percent(measured.erosionSurvival))% of the ink survives erosion by \(measured.strokeRadius) px (\(radiusShare)% of the box's longer side); the strokes of a line icon vanish, leaving at most about \(maxSurvival)%")
            return context.finding(at: icon.pointer, about: icon.file, message,
                hint: Text(zh: "改用线性（描线）风格的图标，透明或白色底；若确为线性图标，可添加豁免并附情况说明", en: "use a line-style (outline) icon on transparency or white; if it is one, add a waiver with a statement"))
        }
    }

    private func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }

    /// The erosion radius as a percentage of the ink box's longer side, as written in messages ("6.5").
    private var radiusShare: String { "\(LineStyleMeasurement.radiusPerMille / 10).\(LineStyleMeasurement.radiusPerMille % 10)" }
}
