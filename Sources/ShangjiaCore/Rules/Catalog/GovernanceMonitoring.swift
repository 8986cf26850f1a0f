struct GovernanceMonitoring: Rule {
    static let description = RuleDescription(
        id: "governance-monitoring",
        title: Text(zh: "已完成流量分析埋点和稳定性监控接入", en: "Analytics and stability monitoring are in place"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用IRS上架流程》第三步 2、第三步 4 注意 4；《浙政钉应用开发部署》§8 稳定性平台接入",
        rationale: Text(zh: "埋点（流量分析）未完成不允许发起上架；上架到浙政钉的应用还须接入稳定性监控平台，小程序上架时自动接入，其他类型须把接入代码加入页面。",
                        en: "Listing may not start before the analytics tracking is done; every 浙政钉 application must also report to the stability monitoring platform, which a 小程序 joins automatically and other types join by adding its code to their pages."),
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "H5", "monitoring": {"stability": true, "analytics": true}}}"#),
            RuleExample(#"{"governance": {"releaseType": "小程序", "monitoring": {"stability": false, "analytics": true}}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"releaseType": "小程序+PC", "monitoring": {"stability": false, "analytics": false}}}"#,
                        at: ["/governance/monitoring/stability", "/governance/monitoring/analytics"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        if context.manifest.bool(.governanceMonitoringAnalytics) == false {
            findings.append(context.finding(at: .governanceMonitoringAnalytics,
                zh: "\(context.name(.governanceMonitoringAnalytics))为 false：埋点未完成不允许发起上架",
                en: "\(context.name(.governanceMonitoringAnalytics)) is false: listing may not start before the analytics tracking is done",
                hint: Text(zh: "每个页面加入流量分析（A+）埋点，并在浏览器网络面板确认上报成功",
                           en: "add the analytics (A+) tracking to every page and check in the browser's network panel that it reports")))
        }
        // A 小程序 joins the platform by itself; with an unknown type the exemption cannot be judged.
        if context.manifest.bool(.governanceMonitoringStability) == false,
           let type = context.manifest.string(.governanceReleaseType), ["H5", "小程序+PC", "H5改革门户"].contains(type) {
            findings.append(context.finding(at: .governanceMonitoringStability,
                zh: "\(context.name(.governanceMonitoringStability))为 false：发布类型 \(type) 的应用须接入稳定性监控平台",
                en: "\(context.name(.governanceMonitoringStability)) is false: a \(type) application must report to the stability monitoring platform",
                hint: Text(zh: "把审批后下发的接入代码加入页面（单页应用加在首页，否则每页都加）",
                           en: "add the monitoring code issued on approval to the pages (the first page of a single-page app, otherwise every page)"),
                related: [.field(.governanceReleaseType)]))
        }
        return findings
    }
}
