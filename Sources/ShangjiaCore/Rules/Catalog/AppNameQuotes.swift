struct AppNameQuotes: Rule {
    static let properNames = StringListParameter("properNames", default: ["浙里办", "浙政钉", "政务服务网"],
        Text(zh: "须加引号的专有名称", en: "the proper names that must be quoted"))

    static let description = RuleDescription(
        id: "app-name-quotes",
        title: Text(zh: "应用名称中的专有名称加引号", en: "Proper names in the application name are quoted"),
        severity: .warning, targets: [.application], source: "《IRS应用注册与上架经验》应用注册（编目）1 应用名称",
        rationale: Text(zh: "编目时应用名称里的专有名称（如浙里办、浙政钉、政务服务网）要加引号，写作“浙里办”。专有名称清单可在配置中调整。",
                        en: "Proper names within a catalog name (such as 浙里办, 浙政钉, 政务服务网) are put in quotes, as “浙里办”. The list of proper names is configurable."),
        parameters: [properNames],
        nonTriggeringExamples: [
            RuleExample(#"{"application": {"name": "杭州市“浙里办”医保服务"}, "service": {}}"#),
            RuleExample(#"{"application": {"name": "宁波市“浙政钉”“政务服务网”协同应用"}, "governance": {}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"application": {"name": "杭州市浙里办医保服务"}, "service": {}}"#, at: ["/application/name"]),
            RuleExample(#"{"application": {"name": "温州市“浙政钉”政务服务网协同"}, "governance": {}}"#, at: ["/application/name"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        guard let name = context.manifest.string(.applicationName) else { return [] }
        let unquoted = context[Self.properNames].filter { !$0.isEmpty && Self.hasUnquotedOccurrence(of: $0, in: Array(name)) }
        guard !unquoted.isEmpty else { return [] }
        return [context.finding(at: .applicationName,
            zh: "\(context.name(.applicationName)) 中的专有名称 \(unquoted.joined(separator: "、")) 没有加引号“…”",
            en: "\(context.name(.applicationName)) has the proper name \(unquoted.joined(separator: ", ")) outside quotes “…”",
            hint: Text(zh: "写作 " + unquoted.map { "“\($0)”" }.joined(separator: "、"), en: "write " + unquoted.map { "“\($0)”" }.joined(separator: ", ")))]
    }

    /// Whether some occurrence of `word` is not enclosed by an open “ before it and its ” after it.
    static func hasUnquotedOccurrence(of word: String, in name: [Character]) -> Bool {
        let word = Array(word)
        guard word.count <= name.count else { return false }
        for start in 0...(name.count - word.count) where Array(name[start..<start + word.count]) == word {
            let before = name[..<start], after = name[(start + word.count)...]
            let opened = before.lastIndex(of: "“").map { open in before.lastIndex(of: "”").map { $0 < open } ?? true } ?? false
            let closed = after.firstIndex(of: "”").map { close in after.firstIndex(of: "“").map { $0 > close } ?? true } ?? false
            if !(opened && closed) { return true }
        }
        return false
    }
}
