import ShangjiaInspect

struct LoadTest: Rule {
    static let minConcurrency = IntegerParameter("minConcurrency", default: 50,
        Text(zh: "最低压测并发数", en: "the lowest load-test concurrency"))

    static let description = RuleDescription(
        id: "load-test",
        title: Text(zh: "压测报告、并发数和压测地址符合要求", en: "The load test has a report, enough concurrency and the application's host"),
        severity: .error, targets: [.governance],
        source: "《浙政钉应用开发部署》§9",
        rationale: Text(zh: "浙政钉上架须附压测报告（pdf、doc、docx、xls 或 xlsx）。压测的并发量原则上不低于 50；压测的 URL 须与应用的域名一致，所以压测地址的主机应等于治理侧某个地址（移动端、PC端或健康地址）的主机。",
                        en: "A 浙政钉 listing needs a load-test report (pdf, doc, docx, xls or xlsx). The load test runs at a concurrency of at least 50 as a rule, and its URL must be on the application's domain, so its host equals the host of one of the governance addresses (mobile, PC or health)."),
        parameters: [minConcurrency],
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5", "loadTest": {"report": "materials/压测报告.pdf", "concurrency": 50, "url": "https://YBFW.hangzhou.gov.cn:8443/api/query"}}}"#,
                        files: ["materials/压测报告.pdf": ExampleFile("PDF", SyntheticFiles.pdf())]),
            RuleExample(#"{"governance": {"loadTest": {"report": "materials/压测报告.xlsx", "concurrency": 200, "url": "https://ybfw.hangzhou.gov.cn/api"}}}"#,
                        files: ["materials/压测报告.xlsx": ExampleFile("XLSX", SyntheticFiles.xlsx())]),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"mobileUrl": "https://ybfw.hangzhou.gov.cn/h5", "loadTest": {"report": "materials/压测报告.pdf", "concurrency": 49, "url": "https://pts.example.com/api"}}}"#,
                        files: ["materials/压测报告.pdf": ExampleFile("PDF", SyntheticFiles.pdf())], at: ["/governance/loadTest/concurrency", "/governance/loadTest/url"]),
            RuleExample(#"{"governance": {"loadTest": {"report": "materials/压测报告.pdf", "concurrency": 50}}}"#,
                        files: ["materials/压测报告.pdf": ExampleFile("PNG 180×180", SyntheticFiles.png(width: 180, height: 180) { _, _ in (0, 0, 0, 255) })],
                        at: ["/governance/loadTest/report"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let manifest = context.manifest
        let minimum = context[Self.minConcurrency]
        if let concurrency = manifest[.governanceLoadTestConcurrency]?.numberValue?.integer, concurrency < minimum {
            findings.append(context.finding(at: .governanceLoadTestConcurrency,
                zh: "\(context.name(.governanceLoadTestConcurrency)) 为 \(concurrency)，不得低于 \(minimum)", en: "\(context.name(.governanceLoadTestConcurrency)) is \(concurrency); it must be at least \(minimum)",
                hint: Text(zh: "按实际用户数重新压测，并发不低于 \(minimum)", en: "rerun the test at a concurrency of at least \(minimum), sized to the real number of users")))
        }
        findings += checkHost(context)
        // An unreadable file is material-file's to report.
        if let finding = context.documentFinding(at: .governanceLoadTestReport, allowed: [.pdf, .doc, .docx, .xls, .xlsx],
                                                 hint: Text(zh: "上传压测工具导出的报告文档", en: "upload the report document the load-test tool exported")) {
            findings.append(finding)
        }
        return findings
    }

    /// The load-test URL's host must be the host of a governance address; with no such address to compare, nothing is judged.
    private func checkHost(_ context: RuleContext) -> [Finding] {
                let addresses = context.addresses.valid.filter { $0.field.target == .governance }
        guard let tested = addresses.first(where: { $0.field.pointer == .governanceLoadTestUrl })?.url else { return [] }
        let application = addresses.filter { $0.field.pointer != .governanceLoadTestUrl }
        guard !application.isEmpty, !application.contains(where: { $0.url.host == tested.host }) else { return [] }
        var seen = Set<String>()
        let hosts = application.map(\.url.writtenHost).filter { seen.insert($0).inserted }
        return [context.finding(at: .governanceLoadTestUrl,
            zh: "\(context.name(.governanceLoadTestUrl)) 的主机 “\(tested.writtenHost)” 与应用地址的主机（\(hosts.joined(separator: "、"))）都不一致",
            en: "\(context.name(.governanceLoadTestUrl)) has the host '\(tested.writtenHost)', which matches none of the application's hosts (\(hosts.joined(separator: ", ")))",
            hint: Text(zh: "压测应用自己域名下的数据接口", en: "load-test the data interfaces on the application's own domain"),
            related: application.map { .field($0.field.pointer) })]
    }
}
