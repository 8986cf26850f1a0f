struct ConstructionPlan: Rule {
    static let maxBytes = IntegerParameter("maxBytes", default: 104_857_600,
        Text(zh: "建设方案的字节上限", en: "the most bytes of the construction plan"))

    static let description = RuleDescription(
        id: "construction-plan",
        title: Text(zh: "建设方案为 doc、docx 或 pdf 且不超过 100 MB", en: "The construction plan is a doc, docx or pdf of at most 100 MB"),
        severity: .error, targets: [.application],
        source: "《IRS应用注册与上架经验》应用注册（编目）5 建设方案；《浙政钉应用IRS上架流程》第二步 1 应用注册表单",
        rationale: Text(zh: "IRS 应用注册的建设方案只能上传 doc、docx 或 pdf 文件，且不超过 100 MB。没有建设方案时可用建设合同、可研报告或操作手册代替，格式要求相同。是否必须提供由 required-field 判断（谋划中的应用不需要）。",
                        en: "The IRS registration form takes the construction plan only as a doc, docx or pdf file of at most 100 MB. Without a plan, the contract, feasibility study or user manual may stand in, in the same formats. Whether one is needed is required-field's (not for 谋划中)."),
        parameters: [maxBytes],
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"constructionPlan": "materials/建设方案.docx"}, "service": {}}"#, files: ["materials/建设方案.docx": ExampleFiles.docx]),
            RuleExample(#"{"application": {"constructionPlan": "materials/建设方案.doc"}, "governance": {}}"#, files: ["materials/建设方案.doc": ExampleFiles.doc]),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"constructionPlan": "materials/建设方案.pdf"}, "service": {}}"#,
                        files: ["materials/建设方案.pdf": ExampleFiles.lineIcon], at: ["/application/constructionPlan"]),
            RuleExample(#"{"application": {"constructionPlan": "materials/建设方案.xlsx"}, "service": {}}"#,
                        files: ["materials/建设方案.xlsx": ExampleFiles.xlsx], at: ["/application/constructionPlan"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        if let finding = context.documentFinding(at: .applicationConstructionPlan, allowed: [.doc, .docx, .pdf],
                                                 hint: Text(zh: "把建设方案另存为 pdf 或 Word 文档", en: "save the construction plan as a pdf or Word document")) {
            return [finding]
        }
        let limit = context[Self.maxBytes]
        guard let file = context.usableFile(at: .applicationConstructionPlan), Int(file.size) > limit else { return [] }
        return [context.finding(at: .applicationConstructionPlan, about: file,
            zh: "\(context.name(.applicationConstructionPlan)) \(file.path) 有 \(byteCount(file.size))，超过上限 \(byteCount(limit))",
            en: "\(context.name(.applicationConstructionPlan)) \(file.path) has \(byteCount(file.size)), over the limit of \(byteCount(limit))",
            hint: Text(zh: "压缩其中的图片，或另存为体积更小的 pdf", en: "compress its images or save it as a smaller pdf"))]
    }
}
