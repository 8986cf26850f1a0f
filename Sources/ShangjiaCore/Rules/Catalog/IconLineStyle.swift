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
            RuleParameter("maxCoveragePercent", .integer(30), Text(zh: "线性图标墨迹占比的上限（百分比）", en: "the highest ink coverage of a line icon, in percent")),
            RuleParameter("maxSurvivalPercent", .integer(40), Text(zh: "线性图标墨迹腐蚀后保留比例的上限（百分比）", en: "the highest share of ink surviving erosion in a line icon, in percent")),
        ],
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}}"#, files: ["assets/icon.png": ExampleFiles.lineIcon]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}}"#, files: ["assets/icon.png": ExampleFiles.filledIcon], at: ["/service/icon"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        // Images over 1 megapixel, 12-bit and lossless JPEGs are not decoded: nothing to measure.
        context.icons(of: [.service]).compactMap { icon in
            guard let pixels = icon.file.image?.pixels else { return nil }
            let measured = LineStyleMeasurement.measure(pixels)
            let coverage = percent(measured.coverage), survival = percent(measured.erosionSurvival)
            let maxCoverage = context.integer("maxCoveragePercent"), maxSurvival = context.integer("maxSurvivalPercent")
            guard measured.coverage * 100 > Double(maxCoverage), measured.erosionSurvival * 100 > Double(maxSurvival) else { return nil }
            let background = measured.background == "transparent" ? Text(zh: "透明", en: "transparent") : Text(zh: measured.background, en: measured.background)
            return context.finding(at: icon.pointer, about: icon.file,
                Text(zh: "\(context.name(icon.pointer)) \(icon.file.path) 看起来是面性图标：背景\(background.zh)，墨迹占 \(coverage)%（线性图标一般不超过 \(maxCoverage)%），按 \(measured.strokeRadius) 像素腐蚀后保留 \(survival)%（线性图标一般不超过 \(maxSurvival)%）",
                     en: "\(context.name(icon.pointer)) \(icon.file.path) looks like a filled icon: on a \(background.en) background, ink covers \(coverage)% (a line icon at most about \(maxCoverage)%) and \(survival)% of it survives erosion by \(measured.strokeRadius) px (a line icon at most about \(maxSurvival)%)"),
                hint: Text(zh: "改用线性（描线）风格的图标；若确为线性图标，可添加豁免并附情况说明", en: "use a line-style (outline) icon; if it is one, add a waiver with a statement"))
        }
    }

    private func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }
}
