struct ShanghaiH5Only: Rule {
    static let description = RuleDescription(
        id: "shanghai-h5-only",
        title: Text(zh: "一网协同只接入 H5 应用", en: "一网协同 onboards H5 applications only"),
        severity: .error, targets: [.shanghai], source: "DB31DSJ/Z 003—2026 §6.3.1 a)",
        rationale: Text(zh: "平台只支持以 H5 形式接入应用（移动端和 PC 端都以 H5 开发，由平台的 WebView 加载）。接入形式填写时须为 H5；原生 APP、小程序等形式须先改造为 H5。",
                        en: "The platform onboards applications as H5 only (mobile and PC alike are H5 pages loaded in the platform's WebView). When the access form is given it must be H5; a native app or a mini-program is first rebuilt as H5."),
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"releaseType": "H5"}}"#),
            RuleExample(#"{"shanghai": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"releaseType": "小程序"}}"#, at: ["/shanghai/releaseType"]),
            RuleExample(#"{"shanghai": {"releaseType": "h5"}}"#, at: ["/shanghai/releaseType"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let type = context.manifest.string(.shanghaiReleaseType), !type.isBlank, type != "H5" else { return [] }
        let respelled = Regions.trimmed(type).uppercased() == "H5"
        return [context.finding(at: .shanghaiReleaseType,
            zh: "\(context.name(.shanghaiReleaseType)) 为“\(type)”，平台只接入 H5 形式的应用", en: "\(context.name(.shanghaiReleaseType)) is '\(type)', but the platform onboards H5 applications only",
            hint: respelled ? Text(zh: "写作 H5", en: "write H5")
                : Text(zh: "先把应用改造为 H5 页面再接入", en: "rebuild the application as H5 pages before onboarding it"))]
    }
}
