import ShangjiaCore
import ShangjiaOnline

/// The rule book: one Markdown page per rule and an index, generated from the rule
/// definitions (`rules/` in the repository, `shangjia explain`).
public enum RuleBook {
    /// A rule's page: both languages for the book, or one (`shangjia explain --lang`).
    public static func page(for rule: RuleDescription, language: Language? = nil) -> String {
        func say(_ zh: String, _ en: String) -> String {
            switch language {
            case .zh?: return zh
            case .en?: return en
            case nil: return zh + " · " + en
            }
        }
        func both(_ text: Text, separator: String) -> String { language.map { text($0) } ?? text.zh + separator + text.en }
        var out = "# \(rule.id)\n\n"
        out += language.map { "**\(rule.title($0))**\n\n" } ?? "**\(rule.title.zh)** · \(rule.title.en)\n\n"
        out += "| | |\n|---|---|\n"
        out += "| \(say("默认级别", "default severity")) | `\(rule.severity.rawValue)` |\n"
        out += "| \(say("适用", "targets")) | \(targets(rule, language: language)) |\n"
        out += "| \(say("依据", "source")) | \(rule.source ?? "—（" + say("格式要求", "format requirement") + "）") |\n"
        if rule.online { out += "| \(say("联网", "online")) | \(say("仅在 `--online` 时运行", "runs only with `--online`")) |\n" }
        for parameter in rule.parameters {
            out += "| \(say("参数", "parameter")) `\(parameter.name)` | \(show(parameter.defaultValue)) — \(both(parameter.description, separator: " · ")) |\n"
        }
        out += "\n## \(say("检查什么", "What it checks"))\n\n\(both(rule.rationale, separator: "\n\n"))\n"
        out += examples(rule.triggeringExamples, heading: say("不通过的示例", "Failing examples"), language: language)
        out += examples(rule.nonTriggeringExamples, heading: say("通过的示例", "Passing examples"), language: language)
        return out
    }

    public static func index(_ rules: [RuleDescription]) -> String {
        var out = "# shangjia 规则手册 · Rule book\n\n"
        out += "由规则定义生成，请勿手改（`swift run shangjia rules --book rules`）。\n"
        out += "Generated from the rule definitions; do not edit by hand.\n\n"
        out += "Targets: A = IRS 应用注册（编目）, S = 服务侧, G = 治理侧（浙政钉）, H = 上海一网协同, * = any.\n\n"
        out += "| id | targets | severity | 规则 | rule |\n|---|---|---|---|---|\n"
        for rule in rules.sorted(by: { $0.id < $1.id }) {
            out += "| [\(rule.id)](\(rule.id).md) | \(rule.targetLetters) | \(rule.severity.rawValue) | \(rule.title.zh) | \(rule.title.en) |\n"
        }
        return out
    }

    /// Every file of the book, by name.
    public static func files(_ rules: [RuleDescription]) -> [(name: String, text: String)] {
        [("README.md", index(rules))] + rules.sorted { $0.id < $1.id }.map { ("\($0.id).md", page(for: $0)) }
    }

    static func targets(_ rule: RuleDescription, language: Language? = nil) -> String {
        rule.targets.isEmpty ? "* （" + (language.map { $0 == .zh ? "全部" : "any" } ?? "全部 · any") + "）"
            : rule.targets.map { "\($0.letter) \($0.label(language ?? .zh))" }.joined(separator: "; ")
    }

    static func show(_ value: ParameterValue) -> String {
        switch value {
        case .integer(let number): return "`\(number)`"
        case .strings(let items): return items.map { "`\($0)`" }.joined(separator: ", ")
        }
    }

    /// What the example's servers answered, one line an address (the online rules' examples).
    static func serverAnswers(_ probes: RecordedProber) -> String {
        var out = ""
        for (url, fetch) in probes.fetches.sorted(by: { $0.key < $1.key }) {
            var steps = fetch.responses.map { response in
                "HTTP \(response.status)" + (response.header("location").map { " → \($0)" } ?? "")
            }
            if let failure = fetch.failure { steps.append(failure.described.en) }
            if let tls = fetch.tls {
                steps.insert(([tls.protocolVersion] + tls.verifyErrors.map(\.text)).joined(separator: ", "), at: 0)
            }
            if let seconds = fetch.seconds, seconds >= 1 { steps.append("\(seconds) s") }
            out += "- server `\(url)`: " + steps.joined(separator: "; ") + "\n"
        }
        for (server, legacy) in probes.legacy.sorted(by: { $0.key < $1.key }) {
            out += "- server `\(server)` with TLS 1.0–1.1 only: \(legacy)\n"
        }
        return out
    }

    /// Each example's manifest and the files it names (the content they really have: a `.docx`
    /// that holds a PNG is said to), the date and companions when they matter, and the pointers.
    static func examples(_ examples: [RuleExample], heading: String, language: Language?) -> String {
        guard !examples.isEmpty else { return "" }
        let content = language.map { $0 == .zh ? "内容" : "content" } ?? "内容 · content"
        var out = "\n## \(heading)\n"
        for example in examples {
            out += "\n```json\n\(example.manifest)\n```\n"
            let named = example.files.filter { path, _ in Self.names(example, path) }
            for (path, file) in named.sorted(by: { $0.key < $1.key }) { out += "- `\(path)` — \(content): \(file.summary)\n" }
            if example.today != RuleExample("{}").today { out += "- today: \(example.today)\n" }
            if let probes = example.probes { out += serverAnswers(probes) }
            if let previous = example.previous { out += "- previous version (`--against`):\n\n  ```json\n  \(previous)\n  ```\n" }
            for other in example.alongside { out += "- linted together with:\n\n  ```json\n  \(other)\n  ```\n" }
            if !example.expectedPaths.isEmpty { out += "- → " + example.expectedPaths.map { "`\($0.isEmpty ? "\"\"" : $0)`" }.joined(separator: ", ") + "\n" }
        }
        return out
    }

    /// Whether an example's manifests name the file (by its last component: a manifest may reach
    /// it through `./` or `..`); files only present in the folder are not listed.
    static func names(_ example: RuleExample, _ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return ([example.manifest] + example.alongside).contains { $0.contains(name) }
    }
}
