import ShangjiaJSON

/// `--config FILE`: per-rule severity, `off`, and parameters.
public struct Configuration: Sendable {
    public var rules: [String: RuleSettings] = [:]

    public init(rules: [String: RuleSettings] = [:]) { self.rules = rules }

    public func settings(for id: String) -> RuleSettings { rules[id] ?? RuleSettings() }

    public struct Problem: Error, Sendable, Equatable {
        public let message: Text
    }

    /// Reads a config; any unknown rule, parameter or value is a `Problem` (exit 2).
    public static func parse(_ bytes: [UInt8], knownRules: [RuleDescription]) throws(Problem) -> Configuration {
        let document: JSONDocument
        switch JSONParser.parse(bytes) {
        case .success(let parsed): document = parsed
        case .failure(let error):
            throw Problem(message: Text(zh: "配置文件不是有效的 JSON（第 \(error.position.line) 行第 \(error.position.column) 列）",
                                        en: "the config is not valid JSON (line \(error.position.line), column \(error.position.column))"))
        }
        guard let members = document.root.members else {
            throw Problem(message: Text(zh: "配置文件的顶层应为对象", en: "the config's top level must be an object"))
        }
        var configuration = Configuration()
        for member in members {
            guard member.key == "rules" else {
                throw Problem(message: Text(zh: "配置文件中未知的键 “\(member.key)”（只认 rules）", en: "unknown config key '\(member.key)' (only 'rules' is known)"))
            }
            guard let ruleMembers = member.value.members else {
                throw Problem(message: Text(zh: "配置项 rules 应为对象", en: "'rules' must be an object"))
            }
            for entry in ruleMembers {
                guard let rule = knownRules.first(where: { $0.id == entry.key }) else {
                    let suggestion = Suggestion.closest(to: entry.key, among: knownRules.map(\.id))
                    throw Problem(message: Text(zh: "配置中有未知规则 “\(entry.key)”" + (suggestion.map { "，是否想写 \($0)？" } ?? "（shangjia rules 列出全部规则）"),
                                                en: "unknown rule '\(entry.key)' in the config" + (suggestion.map { "; did you mean '\($0)'?" } ?? " (shangjia rules lists them)")))
                }
                configuration.rules[rule.id] = try settings(entry.value, for: rule)
            }
        }
        return configuration
    }

    private static func settings(_ value: JSONValue, for rule: RuleDescription) throws(Problem) -> RuleSettings {
        if let word = value.stringValue { return try level(word, for: rule) }
        guard let members = value.members else {
            throw Problem(message: Text(zh: "规则 \(rule.id) 的配置应为 \"off\"、\"error\"、\"warning\"、\"info\" 或对象",
                                        en: "the setting of \(rule.id) must be \"off\", \"error\", \"warning\", \"info\" or an object"))
        }
        var settings = RuleSettings()
        for member in members {
            if member.key == "severity" {
                let chosen = try level(member.value.stringValue ?? "", for: rule)
                settings.enabled = chosen.enabled
                settings.severity = chosen.severity
                continue
            }
            guard let parameter = rule.parameters.first(where: { $0.name == member.key }) else {
                let names = rule.parameters.map(\.name)
                let known = names.joined(separator: ", ")
                let suggestion = Suggestion.closest(to: member.key, among: names)
                throw Problem(message: Text(zh: "规则 \(rule.id) 没有参数 “\(member.key)”" + (suggestion.map { "，是否想写 \($0)？" } ?? "（可用：\(known.isEmpty ? "无" : known)）"),
                                            en: "rule \(rule.id) has no parameter '\(member.key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? " (known: \(known.isEmpty ? "none" : known))")))
            }
            switch parameter.decode(member.value) {
            case .success(let value): settings.parameters[parameter.name] = value
            case .failure(let problem):
                throw Problem(message: Text(zh: "\(rule.id).\(parameter.name) \(problem.message.zh)", en: "\(rule.id).\(parameter.name) \(problem.message.en)"))
            }
        }
        try checkBounds(settings, for: rule)
        return settings
    }

    /// A parameter bounded by another (`atMost`) is compared with it, set or default, when the config sets it.
    /// Lowering only the bound is allowed: `maxBytes` below the default `warningBytes` just leaves no room for warnings.
    private static func checkBounds(_ settings: RuleSettings, for rule: RuleDescription) throws(Problem) {
        let integers = rule.parameters.compactMap { $0 as? IntegerParameter }
        for parameter in integers {
            guard let value = settings[parameter], let boundName = parameter.atMost,
                  let bound = integers.first(where: { $0.name == boundName }) else { continue }
            let limit = settings[bound] ?? bound.defaultInteger
            guard value > limit else { continue }
            throw Problem(message: Text(zh: "\(rule.id).\(parameter.name)（\(value)）不应大于 \(bound.name)（\(limit)）",
                                        en: "\(rule.id).\(parameter.name) (\(value)) must not exceed \(bound.name) (\(limit))"))
        }
    }

    private static func level(_ word: String, for rule: RuleDescription) throws(Problem) -> RuleSettings {
        if word == "off" { return RuleSettings(enabled: false) }
        guard let severity = Severity(rawValue: word) else {
            throw Problem(message: Text(zh: "规则 \(rule.id) 的级别 “\(word)” 无效（off、error、warning、info）",
                                        en: "invalid level '\(word)' for \(rule.id) (off, error, warning, info)"))
        }
        return RuleSettings(severity: severity)
    }
}
