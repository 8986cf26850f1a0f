import ShangjiaInspect
import ShangjiaJSON

struct WaiverValid: Rule {
    static let description = RuleDescription(
        id: "waiver-valid",
        title: Text(zh: "情况说明（豁免）有效", en: "Waivers are valid"),
        severity: .error, targets: [], source: "《浙政钉应用开发部署》情况说明模板",
        rationale: Text(zh: "确有理由不满足某条要求时，须附情况说明。豁免必须指向存在的规则、写明理由并附上说明文件；不匹配任何问题的豁免是过期的，应删除。",
                        en: "An accepted exception needs a written statement: a waiver names an existing rule, gives a reason and attaches the statement file; one that matches no finding is stale and should go."),
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
        ])

    static let unwaivable: Set<String> = ["manifest-syntax", "waiver-valid"]

    static func isWaivable(_ rule: String) -> Bool {
        !unwaivable.contains(rule) && RuleRegistry.all.contains { $0.description.id == rule }
    }

    func check(_ context: RuleContext) -> [Finding] {
        guard let waivers = context.manifest["/waivers"]?.arrayValue else { return [] }
        var findings: [Finding] = []
        for (index, waiver) in waivers.enumerated() where waiver.members != nil {
            let base = JSONPointer(["waivers", String(index)])
            if let rule = waiver["rule"]?.stringValue, !rule.isBlank {
                if Self.unwaivable.contains(rule) {
                    findings.append(context.finding(at: base.appending("rule"),
                        Text(zh: "规则 \(rule) 不能豁免", en: "rule \(rule) cannot be waived")))
                } else if !Self.isWaivable(rule) {
                    findings.append(context.finding(at: base.appending("rule"),
                        Text(zh: "豁免指向不存在的规则 “\(rule)”", en: "the waiver names an unknown rule '\(rule)'"),
                        hint: Text(zh: "shangjia rules 列出全部规则", en: "shangjia rules lists every rule")))
                }
            } else {
                findings.append(context.finding(at: base.appending("rule"), Text(zh: "豁免缺少规则 id", en: "the waiver names no rule")))
            }
            if waiver["reason"]?.stringValue.map({ !$0.isBlank }) != true {
                findings.append(context.finding(at: base.appending("reason"),
                    Text(zh: "豁免缺少理由", en: "the waiver gives no reason")))
            }
            if let statement = waiver["statement"]?.stringValue, !statement.isBlank {
                if context.files.inspect(statement).problem != nil {
                    findings.append(context.finding(at: base.appending("statement"),
                        Text(zh: "情况说明文件 \(statement) 无法使用（见 material-file）", en: "the statement file \(statement) is not usable (see material-file)"),
                        related: [.file(statement)]))
                }
            } else {
                findings.append(context.finding(at: base.appending("statement"),
                    Text(zh: "豁免缺少情况说明文件", en: "the waiver attaches no statement file")))
            }
        }
        return findings
    }

    /// A well-formed waiver whose rule produced nothing at its path.
    static func unmatched(at pointer: JSONPointer, rule: String, context: RuleContext) -> Finding {
        context.finding(at: pointer, Text(zh: "豁免没有匹配到 \(rule) 的任何问题，可以删除", en: "the waiver matches no finding of \(rule); remove it"),
                        severity: .warning)
    }
}
