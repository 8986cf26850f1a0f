import ShangjiaInspect
import ShangjiaJSON

struct GovernanceTemplates: Rule {
    static let count = IntegerParameter("count", default: 9,
        Text(zh: "模板文件的份数", en: "the number of template files"))

    static let description = RuleDescription(
        id: "governance-templates",
        title: Text(zh: "浙政钉上架的 9 份模板文件齐全", en: "The nine 浙政钉 listing template files are all there"),
        severity: .error, targets: [.governance],
        source: "《IRS应用注册与上架经验》治理侧应用发布（浙政钉）",
        rationale: Text(zh: "浙政钉上架申请要按模板填写 9 份文件并上传：须正好 9 份不同的文件（./a.docx、a.docx 和 x/../a.docx 是同一份），每份为 doc、docx、pdf、xls 或 xlsx（按内容判断）。",
                        en: "The 浙政钉 listing request uploads nine files filled in from the templates: exactly nine distinct files (./a.docx, a.docx and x/../a.docx are one), each a doc, docx, pdf, xls or xlsx by content."),
        parameters: [count],
        nonTriggeringExamples: [
            RuleExample(#"{"governance": {"materials": {"templates": ["t/1.docx", "t/2.pdf", "t/3.xlsx", "t/4.doc", "t/5.pdf", "t/6.pdf", "t/7.pdf", "t/8.pdf", "t/9.pdf"]}}}"#,
                        files: templateFiles(["t/1.docx": ExampleFiles.docx, "t/3.xlsx": ExampleFiles.xlsx, "t/4.doc": ExampleFiles.doc])),
        ],
        triggeringExamples: [
            RuleExample(#"{"governance": {"materials": {"templates": ["t/1.docx", "t/2.pdf", "t/3.xlsx", "t/4.doc", "t/5.pdf", "t/6.pdf", "t/7.pdf", "t/8.pdf", "t/2.pdf"]}}}"#,
                        files: templateFiles(["t/1.docx": ExampleFiles.lineIcon, "t/3.xlsx": ExampleFiles.xlsx, "t/4.doc": ExampleFiles.doc]),
                        at: ["/governance/materials/templates", "/governance/materials/templates/8", "/governance/materials/templates/0"]),
        ])

    /// t/1.pdf … t/9.pdf as PDFs, with `others` in place.
    private static func templateFiles(_ others: [String: ExampleFile]) -> [String: ExampleFile] {
        var files: [String: ExampleFile] = [:]
        for index in 1...9 { files["t/\(index).pdf"] = ExampleFiles.pdf }
        return files.merging(others) { $1 }
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let items = context.manifest[.governanceMaterialsTemplates]?.arrayValue, !items.isEmpty else { return [] }
        var findings: [Finding] = []
        var firstIndex: [String: Int] = [:]
        firstIndex.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard let file = item.stringValue, !file.isBlank else { continue }
            let pointer = JSONPointer.governanceMaterialsTemplates.appending(index)
            // Distinct as files: ./a.docx, a.docx and x/../a.docx are one.
            let key = RelativePath.normalized(file) ?? file
            if let first = firstIndex[key] {
                findings.append(context.finding(at: pointer,
                    zh: "\(context.name(pointer)) \(file) 与第 \(first + 1) 项重复", en: "\(context.name(pointer)) \(file) repeats item \(first + 1)",
                    hint: Text(zh: "换成尚未上传的那份模板文件", en: "put the template file still missing here"), related: [.field(JSONPointer.governanceMaterialsTemplates.appending(first)), .file(file)]))
            } else {
                firstIndex[key] = index
            }
            if let finding = context.documentFinding(at: pointer, allowed: [.doc, .docx, .pdf, .xls, .xlsx],
                                                     hint: Text(zh: "按模板填写后另存为 Word、Excel 或 pdf 文件", en: "fill in the template and save it as a Word, Excel or pdf file")) {
                findings.append(finding)
            }
        }
        let required = context[Self.count]
        if firstIndex.count != required {
            findings.append(context.finding(at: .governanceMaterialsTemplates,
                zh: "\(context.name(.governanceMaterialsTemplates)) 有 \(firstIndex.count) 份不同的文件，须为 \(required) 份", en: "\(context.name(.governanceMaterialsTemplates)) has \(English.count(firstIndex.count, "distinct file")); it must have \(required)",
                hint: Text(zh: "按模板逐一填写全部 \(required) 份文件", en: "fill in all \(required) templates, one file each")))
        }
        return findings
    }
}
