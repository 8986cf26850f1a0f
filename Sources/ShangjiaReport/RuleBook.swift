import ShangjiaCore
import ShangjiaOnline

/// The rule book: one Markdown page per rule and an index, generated from the rule
/// definitions (`rules/` in the repository, `shangjia explain`).
public enum RuleBook {
    public static func page(for rule: RuleDescription) -> String {
        var out = "# \(rule.id)\n\n"
        out += "**\(rule.title.zh)** · \(rule.title.en)\n\n"
        out += "| | |\n|---|---|\n"
        out += "| 默认级别 · default severity | `\(rule.severity.rawValue)` |\n"
        out += "| 适用 · targets | \(targets(rule)) |\n"
        out += "| 依据 · source | \(rule.source ?? "—（格式要求 · format requirement）") |\n"
        if rule.online { out += "| 联网 · online | 仅在 `--online` 时运行 · runs only with `--online` |\n" }
        for parameter in rule.parameters {
            out += "| 参数 · parameter `\(parameter.name)` | \(show(parameter.defaultValue)) — \(parameter.description.zh) · \(parameter.description.en) |\n"
        }
        out += "\n## 检查什么 · What it checks\n\n\(rule.rationale.zh)\n\n\(rule.rationale.en)\n"
        out += examples(rule.triggeringExamples, heading: "不通过的示例 · Failing examples")
        out += examples(rule.nonTriggeringExamples, heading: "通过的示例 · Passing examples")
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

    static func targets(_ rule: RuleDescription) -> String {
        rule.targets.isEmpty ? "* （全部 · any）" : rule.targets.map { "\($0.letter) \($0.label.zh)" }.joined(separator: "; ")
    }

    static func show(_ value: RuleParameter.Value) -> String {
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

    static func examples(_ examples: [RuleExample], heading: String) -> String {
        guard !examples.isEmpty else { return "" }
        var out = "\n## \(heading)\n"
        for example in examples {
            out += "\n```json\n\(example.manifest)\n```\n"
            for (path, file) in example.files.sorted(by: { $0.key < $1.key }) { out += "- `\(path)`: \(file.summary)\n" }
            if example.today != RuleExample("{}").today { out += "- today: \(example.today)\n" }
            if let probes = example.probes { out += serverAnswers(probes) }
            if let previous = example.previous { out += "- previous version (`--against`):\n\n  ```json\n  \(previous)\n  ```\n" }
            for other in example.alongside { out += "- linted together with:\n\n  ```json\n  \(other)\n  ```\n" }
            if !example.expectedPaths.isEmpty { out += "- → " + example.expectedPaths.map { "`\($0.isEmpty ? "\"\"" : $0)`" }.joined(separator: ", ") + "\n" }
        }
        return out
    }
}
