struct ScreenRecording: Rule {
    static let description = RuleDescription(
        id: "screen-recording",
        title: Text(zh: "服务侧录屏演示安卓、苹果和各移动上架端", en: "The service recording shows Android, iOS and every mobile listing end"),
        severity: .error, targets: [.service],
        source: "《IRS应用注册与上架经验》服务侧应用发布 3",
        rationale: Text(zh: "发布到浙里办APP的服务，上架审核要看录屏：录屏须是视频（mp4 或 mov），包含安卓和苹果系统的演示，并演示上架端中的每个移动端（浙里办APP、支付宝、微信）。录屏是否提供由 required-field 判断。",
                        en: "A service on 浙里办APP is reviewed from a screen recording: a video (mp4 or mov) that demonstrates both Android and iOS, and each mobile listing end named (浙里办APP, 支付宝, 微信). Whether a recording is given is required-field's."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"channels": ["浙里办APP"], "listingEnds": ["浙里办APP", "支付宝", "微信", "政务服务网"], "materials": {"screenRecording": {"file": "materials/录屏.mp4", "platforms": ["iOS", "Android"], "ends": ["浙里办APP", "支付宝", "微信"]}}}}"#,
                        files: ["materials/录屏.mp4": ExampleFiles.mp4]),
            RuleExample(#"{"service": {"channels": ["政务服务网"], "materials": {"screenRecording": {"file": "materials/录屏.mp4", "platforms": ["Android"], "ends": ["浙里办APP"]}}}}"#,
                        files: ["materials/录屏.mp4": ExampleFiles.pdf]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"channels": ["浙里办APP"], "listingEnds": ["浙里办APP", "支付宝", "微信"], "materials": {"screenRecording": {"file": "materials/录屏.mp4", "platforms": ["Android"], "ends": ["浙里办APP"]}}}}"#,
                        files: ["materials/录屏.mp4": ExampleFiles.pdf],
                        at: ["/service/materials/screenRecording/file", "/service/materials/screenRecording/platforms", "/service/materials/screenRecording/ends"]),
        ])

    static let platforms = ["Android", "iOS"]
    static let mobileEnds = ["浙里办APP", "支付宝", "微信"]

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        guard manifest.strings(.serviceChannels).contains(FieldCatalog.Channel.zheliban), manifest[.serviceMaterialsScreenRecording]?.members != nil else { return [] }
        var findings: [Finding] = []
        if let file = context.usableFile(at: .serviceMaterialsScreenRecordingFile), file.content != .mp4 {
            findings.append(context.finding(at: .serviceMaterialsScreenRecordingFile, about: file,
                zh: "\(context.name(.serviceMaterialsScreenRecordingFile)) \(file.path) 实际是 \(file.contentName.zh)，不是 mp4 或 mov 视频",
                en: "\(context.name(.serviceMaterialsScreenRecordingFile)) \(file.path) is \(file.contentName.en), not an mp4 or mov video",
                hint: Text(zh: "上传录屏导出的 mp4 视频", en: "upload the recording as an mp4 video")))
        }
        // Empty lists are required-field's.
        let shown = manifest.strings(.serviceMaterialsScreenRecordingPlatforms)
        let missingPlatforms = Self.platforms.filter { !shown.contains($0) }
        if !shown.isEmpty, !missingPlatforms.isEmpty {
            findings.append(context.finding(at: .serviceMaterialsScreenRecordingPlatforms,
                zh: "\(context.name(.serviceMaterialsScreenRecordingPlatforms)) 缺少 \(missingPlatforms.joined(separator: "、"))：录屏须演示安卓和苹果系统",
                en: "\(context.name(.serviceMaterialsScreenRecordingPlatforms)) lacks \(missingPlatforms.joined(separator: ", ")): the recording must show both Android and iOS",
                hint: Text(zh: "在安卓和苹果手机上各录一段演示", en: "record the demonstration on an Android and on an iOS phone")))
        }
        let demonstrated = manifest.strings(.serviceMaterialsScreenRecordingEnds)
        let missingEnds = Self.mobileEnds.filter { manifest.strings(.serviceListingEnds).contains($0) && !demonstrated.contains($0) }
        if !demonstrated.isEmpty, !missingEnds.isEmpty {
            findings.append(context.finding(at: .serviceMaterialsScreenRecordingEnds,
                zh: "\(context.name(.serviceMaterialsScreenRecordingEnds)) 缺少 \(missingEnds.joined(separator: "、"))：\(context.name(.serviceListingEnds)) 中的每个移动端都要在录屏中演示",
                en: "\(context.name(.serviceMaterialsScreenRecordingEnds)) lacks \(missingEnds.joined(separator: ", ")): every mobile end in \(context.name(.serviceListingEnds)) must be shown in the recording",
                hint: Text(zh: "在录屏中补充 \(missingEnds.joined(separator: "、")) 端的演示", en: "add the demonstration in \(missingEnds.joined(separator: ", ")) to the recording"),
                related: [.field(.serviceListingEnds)]))
        }
        return findings
    }
}
