import ShangjiaInspect

struct IconIntegrity: Rule {
    static let description = RuleDescription(
        id: "icon-integrity",
        title: Text(zh: "图标文件完整", en: "Icon files are whole"),
        severity: .error, targets: [.service, .governance, .shanghai], source: nil,
        rationale: Text(zh: "截断或损坏的图片在门户上传或在客户端显示时会失败。PNG 要有签名、正确的块长度和 CRC、IHDR、完整的压缩数据流和 IEND；JPEG 要有 SOI、SOF、SOS、EOI，且各段不越界；不超过一百万像素的 8 位 JPEG 还要能被 libjpeg 解码，压缩数据没有损坏。",
                        en: "A truncated or damaged image fails on upload or on the phone. A PNG needs its signature, right chunk lengths and CRCs, IHDR, a complete zlib stream and IEND; a JPEG needs SOI, SOF, SOS and EOI with every segment in bounds, and an 8-bit JPEG of up to a megapixel must decode with libjpeg without corrupt data."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"legacyLink": true, "icon": "assets/icon.jpg"}, "governance": {"icon": "assets/icon.png"}}"#,
                        files: ["assets/icon.jpg": ExampleFiles.jpegIcon, "assets/icon.png": ExampleFiles.lineIcon]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png"}, "governance": {"icon": "assets/icon.png"}}"#,
                        files: ["assets/icon.png": ExampleFile("a 180×180 PNG cut off before IEND", Array(ExampleFiles.lineIcon.bytes.dropLast(12)))],
                        at: ["/service/icon", "/governance/icon"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        context.icons(of: [.service, .governance, .shanghai]).compactMap { icon in
            guard let image = icon.file.image, let problem = image.integrityProblem else { return nil }
            let format = image.format == .png ? "PNG" : "JPEG"
            if icon.file.recognized == .appleCgBI {
                return context.finding(at: icon.pointer, about: icon.file,
                    zh: "\(context.name(icon.pointer)) \(icon.file.path) 是\(icon.file.contentName.zh)，浏览器和门户无法显示：\(problem.zh)",
                    en: "\(context.name(icon.pointer)) \(icon.file.path) is \(icon.file.contentName.en), which browsers and the portals cannot show: \(problem.en)",
                    hint: Text(zh: "从设计原图导出标准 PNG（不要取 iOS 应用包里的图片）", en: "export a standard PNG from the design file (not the image inside an iOS app bundle)"))
            }
            return context.finding(at: icon.pointer, about: icon.file,
                zh: "\(context.name(icon.pointer)) \(icon.file.path) 是损坏的 \(format) 文件：\(problem.zh)",
                en: "\(context.name(icon.pointer)) \(icon.file.path) is a damaged \(format) file: \(problem.en)",
                hint: Text(zh: "从原图重新导出，并检查上传或拷贝是否完整", en: "export it again from the original and check that the copy is complete"))
        }
    }
}
