struct AppSummaryContent: Rule {
    /// The four things a summary says, each recognised by words that usually express it.
    static let aspects: [(label: Text, keywords: [String])] = [
        (Text(zh: "给谁用", en: "who uses it"),
         ["面向", "用户", "群众", "市民", "居民", "公众", "企业", "个人", "法人", "公务人员", "工作人员", "干部", "使用者", "服务对象"]),
        (Text(zh: "要解决的问题", en: "what problem it solves"),
         ["解决", "问题", "痛点", "难题", "难点", "提升", "提高", "改善", "降低", "减少", "实现", "便于", "便捷", "效率"]),
        (Text(zh: "系统架构", en: "its system architecture"),
         ["架构", "微服务", "b/s", "c/s", "前后端", "前端", "后端", "分层", "中台", "政务云", "云平台", "云原生", "部署", "数据库", "服务器", "框架", "技术栈", "容器"]),
        (Text(zh: "功能模块", en: "which functional modules it has"),
         ["模块", "功能", "子系统", "板块", "栏目", "组成", "包括", "包含", "涵盖"]),
    ]

    static let description = RuleDescription(
        id: "app-summary-content",
        title: Text(zh: "应用简介讲清用户、问题、架构和模块", en: "The summary states users, problem, architecture and modules"),
        severity: .info, targets: [.application], source: "《IRS应用注册与上架经验》应用注册（编目）2 应用简介",
        rationale: Text(zh: "编目的应用简介要讲清四件事：给谁用，要解决的问题，系统怎样架构，由哪些功能模块组成。本规则只按常见用词粗略判断，结果仅供参考。",
                        en: "The catalog summary says who the application serves, what problem it solves, what system architecture it uses and which functional modules it has. This rule looks for typical words of each, so it only gives a hint."),
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"summary": "面向参保群众，解决医保业务线下跑腿多的问题；采用微服务架构，部署在政务云；包含参保查询、费用报销、异地备案等功能模块。"}, "service": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"summary": "医保服务应用，面向参保群众。"}, "service": {}}"#, at: ["/application/summary"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let summary = context.manifest.string(.applicationSummary), !summary.isBlank else { return [] }
        // The keywords are Chinese or lower-case ASCII, so only an ASCII capital calls for lowercasing.
        let text = summary.utf8.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) ? summary.lowercased() : summary
        let missing = Self.aspects.filter { aspect in !aspect.keywords.contains(where: text.containsBytes) }.map(\.label)
        guard !missing.isEmpty else { return [] }
        return [context.finding(at: .applicationSummary,
            zh: "\(context.name(.applicationSummary)) 似乎没有说明：\(missing.map(\.zh).joined(separator: "、"))",
            en: "\(context.name(.applicationSummary)) does not seem to say \(missing.map(\.en).joined(separator: ", "))",
            hint: Text(zh: "补写缺少的方面：给谁用、要解决的问题、系统架构、功能模块",
                       en: "complete the summary: who uses it, what problem it solves, its architecture, its modules"))]
    }
}
