import ShangjiaInspect
import ShangjiaJSON

struct WaiverValid: Rule {
    static let description = RuleDescription(
        id: "waiver-valid",
        title: Text(zh: "情况说明（豁免）有效", en: "Waivers are valid"),
        severity: .error, targets: [], source: "《浙政钉应用开发部署》情况说明模板",
        rationale: Text(zh: "确有理由不满足某条要求时，须附情况说明。豁免必须指向存在的规则、写明理由并附上说明文件（pdf、doc 或 docx）；位置（path）须是 JSON Pointer（\"\" 或以 / 开头）。有任何一处不对的豁免不豁免任何问题。不匹配任何问题的豁免是过期的，应删除。",
                        en: "An accepted exception needs a written statement: a waiver names an existing rule, gives a reason and attaches the statement file (pdf, doc or docx); its path is a JSON Pointer (\"\" or starting with /). A waiver wrong in any of these waives nothing. One that matches no finding is stale and should go."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"name": "这是一个名字非常非常长的浙里办医保服务平台入口"}, "waivers": [{"rule": "service-name-length", "path": "/service/name", "reason": "已获批准", "statement": "materials/情况说明.pdf"}]}"#,
                        files: ["materials/情况说明.pdf": ExampleFiles.pdf]),
        ],
        triggeringExamples: [
            RuleExample(#"{"waivers": [{"rule": "no-such-rule", "reason": "x", "statement": "materials/情况说明.pdf"}]}"#,
                        files: ["materials/情况说明.pdf": ExampleFiles.pdf], at: ["/waivers/0/rule"]),
            RuleExample(#"{"waivers": [{"rule": "icon-line-style", "reason": " "}]}"#, at: ["/waivers/0/reason", "/waivers/0/statement"]),
            RuleExample(#"{"service": {"name": "医保服务"}, "waivers": [{"rule": "service-name-length", "reason": "已获批准", "statement": "materials/情况说明.pdf"}]}"#,
                        files: ["materials/情况说明.pdf": ExampleFiles.pdf], at: ["/waivers/0"]),
            RuleExample(#"{"service": {"name": "这是一个名字非常非常长的浙里办医保服务平台入口"}, "waivers": [{"rule": "service-name-length", "path": "service/name", "reason": "已获批准", "statement": "materials/情况说明.png"}]}"#,
                        files: ["materials/情况说明.png": ExampleFiles.lineIcon], at: ["/waivers/0/path", "/waivers/0/statement"]),
        ])

    static let unwaivable: Set<String> = ["manifest-syntax", "waiver-valid"]

    /// The statement is a document, as the office signs and scans it.
    static let statementKinds: [DocumentKind] = [.pdf, .doc, .docx]

    /// Any registered rule, online ones included even in a run that does not execute them.
    static func isWaivable(_ rule: String) -> Bool {
        !unwaivable.contains(rule) && RuleRegistry.all.contains { $0.description.id == rule }
    }

    /// What is wrong with the waiver at `index` of `/waivers`; a waiver with any problem waives nothing.
    struct Problem {
        let pointer: JSONPointer
        let message: Text
        var hint: Text?
        var related: [RelatedLocation] = []
    }

    static func problems(of waiver: JSONValue, index: Int, files: FileInspecting) -> [Problem] {
        var problems: [Problem] = []
        if let rule = waiver["rule"]?.stringValue, !rule.isBlank {
            if unwaivable.contains(rule) {
                problems.append(Problem(pointer: .waiversRule(index), message: Text(zh: "规则 \(rule) 不能豁免", en: "rule \(rule) cannot be waived")))
            } else if !isWaivable(rule) {
                problems.append(Problem(pointer: .waiversRule(index),
                    message: Text(zh: "豁免指向不存在的规则 “\(rule)”", en: "the waiver names an unknown rule '\(rule)'"),
                    hint: Text(zh: "shangjia rules 列出全部规则", en: "shangjia rules lists every rule")))
            }
        } else {
            problems.append(Problem(pointer: .waiversRule(index), message: Text(zh: "豁免缺少规则 id", en: "the waiver names no rule")))
        }
        if let path = waiver["path"], !path.isNull, path.stringValue.flatMap(JSONPointer.init(string:)) == nil {
            let written = path.stringValue.map { "“\($0)”" } ?? path.typeName
            problems.append(Problem(pointer: .waiversPath(index),
                message: Text(zh: "豁免的位置 \(written) 不是 JSON Pointer，此豁免不豁免任何问题",
                              en: "the waiver's path \(written) is not a JSON Pointer, so the waiver waives nothing"),
                hint: Text(zh: "写成 \"\" 或以 / 开头，如 /service/name；省略 path 则豁免该规则的全部问题",
                           en: "write \"\" or a path starting with /, such as /service/name; leave path out to waive every finding of the rule")))
        }
        if waiver["reason"]?.stringValue.map({ !$0.isBlank }) != true {
            problems.append(Problem(pointer: .waiversReason(index), message: Text(zh: "豁免缺少理由", en: "the waiver gives no reason")))
        }
        if let statement = waiver["statement"]?.stringValue, !statement.isBlank {
            let file = files.inspect(statement)
            if file.problem != nil {
                problems.append(Problem(pointer: .waiversStatement(index),
                    message: Text(zh: "情况说明文件 \(statement) 无法使用（见 material-file），此豁免不豁免任何问题",
                                  en: "the statement file \(statement) is not usable (see material-file), so the waiver waives nothing"),
                    related: [.file(statement)]))
            } else if !file.isDocument(of: statementKinds) {
                problems.append(Problem(pointer: .waiversStatement(index),
                    message: Text(zh: "情况说明文件 \(statement) 不是 \(DocumentKind.list(statementKinds).zh) 文档（实际是 \(file.contentName.zh)），此豁免不豁免任何问题",
                                  en: "the statement file \(statement) is not a \(DocumentKind.list(statementKinds).en) document (it is \(file.contentName.en)), so the waiver waives nothing"),
                    hint: Text(zh: "上传盖章签字后的情况说明（pdf 或 Word 文档）", en: "attach the signed statement as a pdf or Word document"),
                    related: [.file(statement)]))
            }
        } else {
            problems.append(Problem(pointer: .waiversStatement(index),
                message: Text(zh: "豁免缺少情况说明文件", en: "the waiver attaches no statement file")))
        }
        return problems
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let waivers = context.manifest[.waivers]?.arrayValue else { return [] }
        var findings: [Finding] = []
        for (index, waiver) in waivers.enumerated() where waiver.members != nil {
            for problem in Self.problems(of: waiver, index: index, files: context.files) {
                findings.append(context.finding(at: problem.pointer, problem.message, hint: problem.hint, related: problem.related))
            }
        }
        return findings
    }

    /// A valid waiver whose rule produced nothing at its path.
    static func unmatched(at pointer: JSONPointer, rule: String, context: RuleContext) -> Finding {
        context.finding(at: pointer, zh: "豁免没有匹配到 \(rule) 的任何问题，可以删除", en: "the waiver matches no finding of \(rule); remove it",
                        severity: .warning)
    }
}
