struct ServiceMaterials: Rule {
    static let description = RuleDescription(
        id: "service-materials",
        title: Text(zh: "浙里办上架申请材料为 pdf、doc 或 docx", en: "The 浙里办 listing application form is a pdf, doc or docx"),
        severity: .error, targets: [.service],
        source: "《IRS应用注册与上架经验》服务侧应用发布 3",
        rationale: Text(zh: "提交服务侧上架审批时要附浙里办上架申请材料，按模板填写的文档，应为 pdf、doc 或 docx 文件（按内容判断）。",
                        en: "The service-side listing request attaches the 浙里办 listing application form, a document filled in from the template: a pdf, doc or docx file by content."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"materials": {"applicationForm": "materials/上架申请材料.pdf"}}}"#, files: ["materials/上架申请材料.pdf": ExampleFiles.pdf]),
            RuleExample(#"{"service": {"materials": {"applicationForm": "materials/上架申请材料.docx"}}}"#, files: ["materials/上架申请材料.docx": ExampleFiles.docx]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"materials": {"applicationForm": "materials/上架申请材料.docx"}}}"#,
                        files: ["materials/上架申请材料.docx": ExampleFiles.lineIcon], at: ["/service/materials/applicationForm"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        [context.documentFinding(at: .serviceMaterialsApplicationForm, allowed: [.pdf, .doc, .docx],
                                 hint: Text(zh: "按模板填写后另存为 pdf 或 Word 文档", en: "fill in the template and save it as a pdf or Word document"))]
            .compactMap { $0 }
    }
}
