struct StatusPublishable: Rule {
    static let publishable = [FieldCatalog.Status.building, FieldCatalog.Status.running, FieldCatalog.Status.changing]

    static let description = RuleDescription(
        id: "status-publishable",
        title: Text(zh: "发布中的应用状态可发布", en: "An application being published has a publishable status"),
        severity: .warning, targets: [.application, .service, .governance], source: "《IRS应用注册与上架经验》应用注册（编目）3、4",
        rationale: Text(zh: "做服务侧或治理侧发布的应用，编目状态应为建设中、运行中或功能变更中；谋划中的应用尚未建设，停用的应用不再提供服务，二者都不应发布。",
                        en: "An application published on the service or governance side is 建设中, 运行中 or 功能变更中 in the catalog: one that is only planned (谋划中) is not built yet, and a retired one (停用) no longer serves anyone."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"status": "运行中"}, "service": {}}"#),
            RuleExample(#"{"application": {"status": "功能变更中"}, "governance": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"status": "谋划中"}, "service": {}}"#, at: ["/application/status"]),
            RuleExample(#"{"application": {"status": "停用"}, "service": {}, "governance": {}}"#, at: ["/application/status"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let status = context.manifest.string(.applicationStatus), FieldCatalog.statuses.contains(status),
              !Self.publishable.contains(status) else { return [] }
        let sections = [Target.service, .governance].filter(context.manifest.applies)
        return [context.finding(at: .applicationStatus,
            zh: "\(context.name(.applicationStatus)) 为“\(status)”，但清单要做\(sections.map { $0.label.zh }.joined(separator: "和"))发布；可发布的状态是建设中、运行中或功能变更中",
            en: "\(context.name(.applicationStatus)) is \(status), yet the manifest publishes on the \(sections.map { $0.label.en }.joined(separator: " and ")); a published application is 建设中, 运行中 or 功能变更中",
            hint: Text(zh: "更新编目中的应用状态后再发布", en: "update the catalog status before publishing"),
            related: sections.map { .field($0.pointer) })]
    }
}
