import ShangjiaJSON

struct ShanghaiReports: Rule {
    static let description = RuleDescription(
        id: "shanghai-reports",
        title: Text(zh: "一网协同接入所需的测评报告齐全", en: "The 一网协同 onboarding reports are all there"),
        severity: .error, targets: [.shanghai],
        source: "DB31DSJ/Z 003—2026 §6.2.3 接入审核、§6.2.7 a) 上线申请",
        rationale: Text(zh: "接入审核时，业务应用要提供软件测试报告，以及等保测评报告或安全测试报告；办公应用另加密码应用测评报告；工具应用不要求报告；处理工作秘密的应用要提供软件测试报告、等保三级测评报告和密码应用安全性评估报告。上线申请时还要提供联调确认单、功能测试报告和安全测试报告。每份报告为 pdf、doc 或 docx（按内容判断）。",
                        en: "At the onboarding review a business application (业务应用) provides a software test report and an MLPS (等保) or a security test report; an office application (办公应用) adds a cryptography assessment report; a tool application (工具应用) needs none; an application handling work secrets provides a software test report, an MLPS level 3 report and a cryptography security assessment. The go-live request (stage 上线) adds the integration confirmation, a functional test report and a security test report. Each report is a pdf, doc or docx by content."),
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"appType": "业务应用", "reports": {"softwareTest": "r/软件测试报告.pdf", "securityTest": "r/安全测试报告.docx"}}}"#,
                        files: ["r/软件测试报告.pdf": ExampleFiles.pdf, "r/安全测试报告.docx": ExampleFiles.docx]),
            RuleExample(#"{"shanghai": {"appType": "工具应用", "reports": {"functionalTest": "r/功能测试报告.pdf"}}}"#, files: ["r/功能测试报告.pdf": ExampleFiles.pdf]),
            RuleExample(#"{"shanghai": {"appType": "业务应用", "handlesWorkSecrets": true, "reports": {"softwareTest": "r/s.pdf", "mlps": {"file": "r/m.pdf", "level": 3}, "crypto": "r/c.doc"}}}"#,
                        files: ["r/s.pdf": ExampleFiles.pdf, "r/m.pdf": ExampleFiles.pdf, "r/c.doc": ExampleFiles.doc]),
        ],
        triggeringExamples: [
            RuleExample(#"{"shanghai": {"appType": "办公应用", "reports": {"softwareTest": "r/软件测试报告.pdf"}}}"#, files: ["r/软件测试报告.pdf": ExampleFiles.pdf],
                        at: ["/shanghai/reports/mlps", "/shanghai/reports/crypto"]),
            RuleExample(#"{"shanghai": {"appType": "业务应用", "handlesWorkSecrets": true, "reports": {"softwareTest": "r/s.pdf", "mlps": {"file": "r/m.pdf", "level": 2}}}}"#,
                        files: ["r/s.pdf": ExampleFiles.lineIcon, "r/m.pdf": ExampleFiles.pdf],
                        at: ["/shanghai/reports/softwareTest", "/shanghai/reports/mlps/level", "/shanghai/reports/crypto"]),
            RuleExample(#"{"shanghai": {"appType": "工具应用", "stage": "上线", "reports": {"securityTest": "r/t.pdf"}}}"#, files: ["r/t.pdf": ExampleFiles.pdf],
                        at: ["/shanghai/reports/integrationConfirmation", "/shanghai/reports/functionalTest"]),
        ])

    /// The reports in the order findings name them.
    static let reports: [JSONPointer] = [.shanghaiReportsSoftwareTest, .shanghaiReportsMlps, .shanghaiReportsSecurityTest, .shanghaiReportsCrypto,
                                         .shanghaiReportsIntegrationConfirmation, .shanghaiReportsFunctionalTest]

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        guard manifest[.shanghaiReports]?.members != nil else { return [] }
        let appType = manifest.string(.shanghaiAppType)
        let secrets = manifest.bool(.shanghaiHandlesWorkSecrets) == true
        // Each report required outright, with the reasons.
        var required: [JSONPointer: [Text]] = [:]
        let business = Text(zh: "业务应用", en: "a business application (业务应用)"), office = Text(zh: "办公应用", en: "an office application (办公应用)")
        let secret = Text(zh: "处理工作秘密的应用", en: "an application handling work secrets"), live = Text(zh: "上线申请", en: "the go-live request (上线)")
        if appType == "业务应用" { required[.shanghaiReportsSoftwareTest, default: []].append(business) }
        if appType == "办公应用" { required[.shanghaiReportsSoftwareTest, default: []].append(office); required[.shanghaiReportsCrypto, default: []].append(office) }
        if secrets {
            for report in [JSONPointer.shanghaiReportsSoftwareTest, .shanghaiReportsMlps, .shanghaiReportsCrypto] { required[report, default: []].append(secret) }
        }
        if manifest.string(.shanghaiStage) == "上线" {
            for report in [JSONPointer.shanghaiReportsIntegrationConfirmation, .shanghaiReportsFunctionalTest, .shanghaiReportsSecurityTest] {
                required[report, default: []].append(live)
            }
        }
        func present(_ report: JSONPointer) -> Bool { manifest[report].map { !$0.isEmptyValue } ?? false }

        var findings: [Finding] = []
        for pointer in Self.reports {
            guard let reasons = required[pointer], !present(pointer) else { continue }
            let who = Text(zh: reasons.map(\.zh).joined(separator: "、"), en: reasons.map(\.en).joined(separator: ", "))
            findings.append(context.finding(at: pointer,
                zh: "缺少\(context.name(pointer))：\(who.zh)须提供", en: "\(context.name(pointer)) is missing: \(who.en) must provide it",
                hint: Text(zh: "取得报告后在 \(pointer) 填写其文件路径", en: "give the report's file path at \(pointer)")))
        }
        // 业务应用 and 办公应用: an MLPS or a security test report, unless one of them is required outright.
        if appType == "业务应用" || appType == "办公应用", required[.shanghaiReportsMlps] == nil, required[.shanghaiReportsSecurityTest] == nil,
           !present(.shanghaiReportsMlps), !present(.shanghaiReportsSecurityTest) {
            let mlps = JSONPointer.shanghaiReportsMlps, security = JSONPointer.shanghaiReportsSecurityTest
            findings.append(context.finding(at: mlps,
                zh: "\(appType!)须提供\(context.name(mlps))或\(context.name(security))", en: "\(appType == "业务应用" ? business.en : office.en) must provide \(context.name(mlps)) or \(context.name(security))",
                hint: Text(zh: "提供等保测评报告或安全测试报告之一", en: "provide either the MLPS report or a security test report"), related: [.field(security)]))
        }
        if secrets, let level = manifest[.shanghaiReportsMlpsLevel]?.numberValue?.integer, level < 3 {
            findings.append(context.finding(at: .shanghaiReportsMlpsLevel,
                zh: "\(context.name(.shanghaiReportsMlpsLevel)) 为 \(level)：处理工作秘密的应用须提供等保三级测评报告", en: "\(context.name(.shanghaiReportsMlpsLevel)) is \(level): an application handling work secrets needs an MLPS level 3 assessment",
                hint: Text(zh: "按等保三级完成测评", en: "have the application assessed at MLPS level 3"), related: [.field(.shanghaiHandlesWorkSecrets)]))
        }
        let documentHint = Text(zh: "上传测评机构出具的 pdf 或 Word 报告", en: "upload the assessor's report as a pdf or Word document")
        for report in Self.reports {
            // The MLPS report is an object with its file at mlps/file.
            let pointer = report == .shanghaiReportsMlps ? .shanghaiReportsMlpsFile : report
            if let finding = context.documentFinding(at: pointer, allowed: [.pdf, .doc, .docx], hint: documentHint) { findings.append(finding) }
        }
        return findings
    }
}
