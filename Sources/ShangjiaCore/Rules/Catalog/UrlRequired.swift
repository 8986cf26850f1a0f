import ShangjiaJSON

struct UrlRequired: Rule {
    static let description = RuleDescription(
        id: "url-required",
        title: Text(zh: "按发布端填写地址", en: "The addresses the channels need are given"),
        severity: .error, targets: [.service, .governance, .shanghai],
        source: "《IRS应用发布》用户手册 §3.2.1.1.1、§3.2.2.1 移动端地址；DB31DSJ/Z 003—2026 §6.2.4 d、§8.3 b",
        rationale: Text(zh: "服务侧：发布端含浙里办APP 时填移动端地址，含政务服务网时填 PC端地址（两个发布端都选时可改选“PC端地址与移动端相同”）；没有对应发布端的地址不应填写。治理侧：除 H5 且托管代码外都要填移动端地址。一网协同：须提供应用首页地址和健康状态监测地址。",
                        en: "Service side: 浙里办APP as a channel needs the mobile address and 政务服务网 needs the PC address (with both channels, “PC address same as mobile” may stand in for it); an address without its channel should not be given. Governance side: the mobile address is needed unless the release is H5 with hosted code. 一网协同: the home address and the health-monitoring address are needed."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"channels": ["浙里办APP", "政务服务网"], "pcSameAsMobile": true, "mobileUrl": "https://ybfw.hangzhou.gov.cn/h5"}}"#),
            RuleExample(#"{"service": {"channels": ["政务服务网"], "pcUrl": "https://ybfw.hangzhou.gov.cn/pc"}}"#),
            RuleExample(#"{"governance": {"releaseType": "H5"}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"channels": ["浙里办APP", "政务服务网"], "mobileUrl": " "}}"#, at: ["/service/mobileUrl", "/service/pcUrl"]),
            RuleExample(#"{"service": {"channels": ["政务服务网"], "pcSameAsMobile": true, "mobileUrl": "https://ybfw.hangzhou.gov.cn/h5"}}"#,
                        at: ["/service/mobileUrl", "/service/pcUrl"]),
            RuleExample(#"{"governance": {"releaseType": "H5", "codeHosted": false}}"#, at: ["/governance/mobileUrl"]),
            RuleExample(#"{"governance": {"releaseType": "小程序"}, "shanghai": {"healthUrl": "https://xt.sh.gov.cn/health"}}"#,
                        at: ["/governance/mobileUrl", "/shanghai/homeUrl"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        var findings: [Finding] = []
        if manifest.applies(.service) { findings += checkService(context) }
        // A release type outside the portal's list is manifest-field-type's; nothing to judge by.
        if manifest.applies(.governance), let type = manifest.string(.governanceReleaseType),
           case .enumeration(let types)? = FieldCatalog.field(at: .governanceReleaseType)?.kind, types.contains(type) {
            // 001 §3.2.2.1: only an H5 with hosted code may leave the mobile address out.
            let hosted = manifest.bool(.governanceCodeHosted) ?? CodeHosting.defaultHosting[type] ?? false
            if !(type == "H5" && hosted), !manifest.isFilled(.governanceMobileUrl) {
                let how = type == "H5" ? Text(zh: "H5 且不托管代码", en: "an H5 release without hosted code") : Text(zh: type, en: "a \(type) release")
                findings.append(missing(.governanceMobileUrl, because: Text(zh: "发布类型为\(how.zh)时必填", en: "\(how.en) needs it"), in: context,
                                        related: type == "H5" ? [.governanceReleaseType, .governanceCodeHosted] : [.governanceReleaseType]))
            }
        }
        if manifest.applies(.shanghai) {
            for pointer in [JSONPointer.shanghaiHomeUrl, .shanghaiHealthUrl] where !manifest.isFilled(pointer) {
                findings.append(missing(pointer, because: Text(zh: "一网协同接入必填", en: "一网协同 onboarding needs it"), in: context))
            }
        }
        return findings
    }

    /// 服务侧: each address iff its channel; without a channel list there is nothing to judge (required-field reports it).
    private func checkService(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        guard manifest[.serviceChannels]?.arrayValue?.isEmpty == false else { return [] }
        let channels = manifest.strings(.serviceChannels)
        let app = channels.contains(FieldCatalog.Channel.zheliban), web = channels.contains(FieldCatalog.Channel.serviceWeb)
        let sameAsMobile = manifest.bool(.servicePcSameAsMobile) ?? false
        var findings: [Finding] = []
        let mobile = JSONPointer.serviceMobileUrl, pc = JSONPointer.servicePcUrl
        switch (app, manifest.isFilled(mobile)) {
        case (true, false):
            findings.append(missing(mobile, because: Text(zh: "发布端含浙里办APP 时必填", en: "the 浙里办APP channel needs it"), in: context, related: [.serviceChannels]))
        case (false, true):
            findings.append(context.finding(at: mobile,
                zh: "填写了\(context.name(mobile))，但发布端不含浙里办APP", en: "\(context.name(mobile)) is given, but 浙里办APP is not a channel",
                hint: Text(zh: "删去该地址，或在发布端加上浙里办APP", en: "remove the address, or add 浙里办APP to the channels"), related: [.field(.serviceChannels)]))
        default: break
        }
        let pcFromMobile = sameAsMobile && app
        switch (web && !pcFromMobile, manifest.isFilled(pc)) {
        case (true, false):
            let because = sameAsMobile
                ? Text(zh: "发布端含政务服务网时必填；“PC端地址与移动端相同”只在发布端也含浙里办APP 时适用",
                       en: "the 政务服务网 channel needs it; “PC address same as mobile” applies only when 浙里办APP is a channel too")
                : Text(zh: "发布端含政务服务网时必填", en: "the 政务服务网 channel needs it")
            findings.append(missing(pc, because: because, in: context, related: [.serviceChannels, .servicePcSameAsMobile]))
        case (false, true):
            let message = web
                ? Text(zh: "已选择“PC端地址与移动端相同”，不应再填写\(context.name(pc))", en: "“PC address same as mobile” is chosen, so \(context.name(pc)) should not be given")
                : Text(zh: "填写了\(context.name(pc))，但发布端不含政务服务网", en: "\(context.name(pc)) is given, but 政务服务网 is not a channel")
            let hint = web
                ? Text(zh: "删去 PC端地址，或把 pcSameAsMobile 改为 false", en: "remove the PC address, or set pcSameAsMobile to false")
                : Text(zh: "删去该地址，或在发布端加上政务服务网", en: "remove the address, or add 政务服务网 to the channels")
            findings.append(context.finding(at: pc, message, hint: hint, related: web ? [.field(.serviceChannels), .field(.servicePcSameAsMobile)] : [.field(.serviceChannels)]))
        default: break
        }
        return findings
    }

    private func missing(_ pointer: JSONPointer, because reason: Text, in context: RuleContext, related: [JSONPointer] = []) -> Finding {
        context.finding(at: pointer, zh: "缺少\(context.name(pointer))：\(reason.zh)", en: "\(context.name(pointer)) is missing: \(reason.en)",
                        related: related.map { .field($0) })
    }
}
