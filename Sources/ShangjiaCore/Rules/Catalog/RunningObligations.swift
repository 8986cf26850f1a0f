struct RunningObligations: Rule {
    static let description = RuleDescription(
        id: "running-obligations",
        title: Text(zh: "运行中的应用使用强制类组件、数据已编目", en: "A running application uses the mandatory components and has its data catalogued"),
        severity: .warning, targets: [.application], source: "《IRS应用注册与上架经验》应用注册后（运行中）",
        rationale: Text(zh: "应用进入运行中后，要接入平台规定的强制类组件，应用产生的数据要在数据目录系统中编目。清单写明 false 时报告；未填写不判断。",
                        en: "Once an application is running (运行中) it uses the platform's mandatory components, and the data it produces is catalogued in the data catalogue system. A manifest that says false is reported; an absent value is not judged."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"status": "运行中", "mandatoryComponents": true, "dataCatalogued": true}, "service": {}}"#),
            RuleExample(#"{"application": {"status": "建设中", "mandatoryComponents": false}, "service": {}}"#),
            RuleExample(#"{"application": {"status": "运行中"}, "governance": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"status": "运行中", "mandatoryComponents": false, "dataCatalogued": false}, "service": {}}"#,
                        at: ["/application/mandatoryComponents", "/application/dataCatalogued"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        guard manifest.string(.applicationStatus) == FieldCatalog.Status.running else { return [] }
        var findings: [Finding] = []
        if manifest.bool(.applicationMandatoryComponents) == false {
            findings.append(context.finding(at: .applicationMandatoryComponents,
                zh: "应用已运行中，但\(context.name(.applicationMandatoryComponents)) 为 false", en: "the application is running (运行中), but \(context.name(.applicationMandatoryComponents)) is false",
                hint: Text(zh: "接入平台规定的强制类组件", en: "integrate the platform's mandatory components"), related: [.field(.applicationStatus)]))
        }
        if manifest.bool(.applicationDataCatalogued) == false {
            findings.append(context.finding(at: .applicationDataCatalogued,
                zh: "应用已运行中，但\(context.name(.applicationDataCatalogued)) 为 false", en: "the application is running (运行中), but \(context.name(.applicationDataCatalogued)) is false",
                hint: Text(zh: "在数据目录系统中为应用产生的数据编目", en: "catalogue the data the application produces in the data catalogue system"),
                related: [.field(.applicationStatus)]))
        }
        return findings
    }
}
