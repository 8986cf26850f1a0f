import ShangjiaInspect

struct IconLineStyle: Rule {
    static let maxSurvivalPercent = IntegerParameter("maxSurvivalPercent", default: LineStyleMeasurement.maxLineSurvivalPercent, in: 0...100,
        Text(zh: "线性图标墨迹腐蚀后保留比例的上限（百分比）", en: "the highest share of ink surviving erosion in a line icon, in percent"))
    static let minSolidityPercent = IntegerParameter("minSolidityPercent", default: LineStyleMeasurement.minFilledSolidityPercent, in: 0...100,
        Text(zh: "面性图标墨迹占其轮廓（含内部空洞）比例的下限（百分比）", en: "the lowest share of its silhouette (holes included) the ink of a filled icon fills, in percent"))

    static let description = RuleDescription(
        id: "icon-line-style",
        title: Text(zh: "服务图标为线性图标", en: "The service icon is a line icon"),
        severity: .warning, targets: [.service],
        source: "《IRS应用注册与上架经验》服务侧应用发布 3",
        rationale: Text(zh: "浙里办上架审核要求服务图标是线性（描线）图标，不是面性（填充）图标。判断方法：不透明且边缘为非白色的整幅图是一块色块底板，属于面性；否则取非背景像素（墨迹）的外框，按外框长边的 6.5% 腐蚀墨迹——线条几乎全部消失，填充块大多保留——保留超过 10%，且墨迹占其轮廓（墨迹连同其围住的空洞）至少 55%（实心形状，而非日历粗页眉那样的空心描边中的一条粗带），即判为面性。外框让留白大小不影响结果。校准（scripts/render-icon-calibration.py，180×180 品牌蓝，透明与白底、原始留白与 120 像素图形框、多种线宽，按图标库自身的命名标注）：调参所用的 MDI、Octicons、Lucide 与色块底板上，面性 1134/1144（99.1%）被标出、线性 0/956；未参与调参的 Heroicons、Tabler、Font Awesome、Bootstrap Icons、Phosphor、Material Icons、Ionicons、Remix、Breeze、Papirus 与色块底板上，面性 2420/2688（90.0%）被标出、线性 116/3320（3.5%）被误标；其中常用概念（首页、用户、设置、搜索、铃铛、收藏、星标、邮件、日历、消息、删除、相机、锁、文件夹、文件、电话）面性 644/672（95.8%）、线性 6/856（0.7%）。多数漏判是图标库的“填充”款本身就是描线（如 Material 的 3d-rotation、Heroicons solid 的箭头，墨迹不足线性款的 1.25 倍）：去掉这类图标后面性 2316/2384（97.1%）、线性 67/2780（2.4%），其中 41 个来自 Breeze 动作图标里的实心图形，除 Breeze 外 26/2620（1.0%）。仍会出错之处：线条本身很粗的“实心”图标判为线性，带细缝的实心图标（Font Awesome solid 的垃圾桶）也可能判为线性；线性图标中的大块实心部件（Breeze 的播放三角、柱状图块，半填充的盾牌、日历里的实心爱心）、单独一条粗线（减号）、线宽为原设计 1.5 倍的线性图标（Tabler 106 个中 22 个）可能判为面性；白底上的浅色图形会被当成背景。这是对图形的估计，确属线性的可用情况说明豁免。",
                        en: "浙里办 review wants the service icon drawn as a line (outline) icon, not a filled one. An opaque canvas whose border is not white is a tile, a filled icon by definition. Otherwise the rule takes the bounding box of the non-background (ink) pixels and erodes the ink by 6.5% of the box's longer side: strokes vanish, filled shapes mostly stay; more than 10% surviving, with the ink filling at least 55% of its silhouette (the ink and the holes it encloses: a solid shape, not a thick band in a hollow outline such as a calendar's header), is judged filled. Judging by the box makes the margin irrelevant. Calibration (scripts/render-icon-calibration.py: 180×180 in a brand blue, on transparency and white, at the family's margin and in a 120 px glyph box, at several stroke weights, labelled by each family's own naming): on the families it was tuned on (MDI, Octicons, Lucide, tiles) it flags 1134/1144 filled icons (99.1%) and 0/956 line icons; on families held out (Heroicons, Tabler, Font Awesome, Bootstrap Icons, Phosphor, Material Icons, Ionicons, Remix, Breeze, Papirus, tiles) 2420/2688 filled (90.0%) and 116/3320 line icons (3.5%); on their everyday concepts (home, user, settings, search, bell, heart, star, mail, calendar, chat, trash, camera, lock, folder, file, phone) 644/672 filled (95.8%) and 6/856 line icons (0.7%). Most misses are glyphs whose family draws the \"filled\" style with strokes (Material's 3d-rotation, Heroicons' solid arrows: less than 1.25 times the ink of the line style); without them 2316/2384 filled (97.1%) and 67/2780 line icons (2.4%), 41 of these the solid glyphs among Breeze's actions (26/2620, 1.0%, without Breeze). Where it can still be wrong: \"solid\" glyphs that are only thick strokes, or solid shapes cut by thin slits (Font Awesome's solid trash can), pass as line icons; large solid parts inside line icons (Breeze's play triangles and bar charts, a half-filled shield, a solid heart in a calendar) a lone thick bar (minus), or line icons drawn with strokes 1.5 times their family's weight (22 of 106 of Tabler's) may be flagged; light parts of a glyph on white are taken for background. It is an estimate; a line icon judged wrongly can be waived with a statement."),
        parameters: [maxSurvivalPercent, minSolidityPercent],
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
            let maxSurvival = context[Self.maxSurvivalPercent], minSolidity = context[Self.minSolidityPercent]
            guard measured.looksFilled(maxSurvivalPercent: maxSurvival, minSolidityPercent: minSolidity) else { return nil }
            let name = context.name(icon.pointer), path = icon.file.path
            let background = measured.background == "transparent" ? Text(zh: "背景透明", en: "a transparent background")
                : Text(zh: "背景 \(measured.background)", en: "a \(measured.background) background")
            let message = measured.isTile
                ? Text(zh: "\(name) \(path) 看起来是面性图标：整幅图不透明，边缘是 \(measured.background) 色块而不是白底，即一块带图形的底板（色块图标属于面性）",
                       en: "\(name) \(path) looks like a filled icon: the canvas is opaque and its border is \(measured.background), not white: a tile with the glyph on it (a tile icon is a filled icon)")
                : Text(zh: "\(name) \(path) 看起来是面性图标：\(background.zh)，墨迹外框 \(measured.inkWidth)×\(measured.inkHeight) 像素、占外框 \(percent(measured.coverage))%，按 \(measured.strokeRadius) 像素（外框长边的 \(radiusShare)%）腐蚀后保留 \(percent(measured.erosionSurvival))%（线性图标的线条腐蚀后几乎不留，一般不超过 \(maxSurvival)%），墨迹占其轮廓（含围住的空洞）\(percent(measured.solidity))%，是实心形状（空心描边低于 \(minSolidity)%）",
                       en: "\(name) \(path) looks like a filled icon: on \(background.en), the ink's bounding box is \(measured.inkWidth)×\(measured.inkHeight) px and \(percent(measured.coverage))% inked, and \(percent(measured.erosionSurvival))% of the ink survives erosion by \(measured.strokeRadius) px (\(radiusShare)% of the box's longer side); the strokes of a line icon vanish, leaving at most about \(maxSurvival)%; the ink fills \(percent(measured.solidity))% of its silhouette (holes included): a solid shape, where a hollow outline fills under \(minSolidity)%")
            return context.finding(at: icon.pointer, about: icon.file, message,
                hint: Text(zh: "改用线性（描线）风格的图标，透明或白色底；若确为线性图标，可添加豁免并附情况说明", en: "use a line-style (outline) icon on transparency or white; if it is one, add a waiver with a statement"))
        }
    }

    private func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }

    /// The erosion radius as a percentage of the ink box's longer side, as written in messages ("6.5").
    private var radiusShare: String { "\(LineStyleMeasurement.radiusPerMille / 10).\(LineStyleMeasurement.radiusPerMille % 10)" }
}
