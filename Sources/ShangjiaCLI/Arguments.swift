import ShangjiaCore

/// One option a command takes: `--name` (and `-s`), with a value (`--name VALUE`,
/// `--name=VALUE`, `-s VALUE`) or as a flag.
struct OptionSpec {
    let name: String
    let short: Character?
    /// The value's placeholder in the help (`FILE`); nil for a flag.
    let value: String?
    /// Made only for `--help`: every run builds its command's options, most never show their help.
    private let makeHelp: @Sendable () -> String
    var help: String { makeHelp() }

    init(_ name: String, short: Character? = nil, value: String? = nil, _ help: @autoclosure @escaping @Sendable () -> String) {
        self.name = name
        self.short = short
        self.value = value
        makeHelp = help
    }

    static let help = OptionSpec("help", short: "h", "show this help")
    static let lang = OptionSpec("lang", value: "zh|en", "language of messages and diagnostics (default zh)")
}

/// A command's arguments, its help page, and the parsing every command shares.
struct CommandSpec {
    let name: String
    let usage: String
    let summary: String
    let options: [OptionSpec]
    /// How many positional arguments the command takes.
    let positionals: ClosedRange<Int>

    var helpText: String {
        var out = "usage: shangjia \(name)\(usage.isEmpty ? "" : " " + usage)\n\n\(summary)\n"
        if !options.isEmpty {
            out += "\noptions:\n"
            let labels = options.map { option in
                (option.short.map { "-\($0), " } ?? "    ") + "--" + option.name + (option.value.map { " " + $0 } ?? "")
            }
            let width = labels.map(\.count).max() ?? 0
            for (label, option) in zip(labels, options) {
                out += "  " + label + String(repeating: " ", count: width - label.count + 2) + option.help + "\n"
            }
        }
        return out
    }

    /// Splits `arguments` into options (in order, flags with an empty value) and positionals.
    /// `-` is a positional (standard input); `--` ends the options.
    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--" {
                parsed.positionals += rest
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                parsed.positionals.append(argument)
                continue
            }
            var inlineValue: String?
            let option: OptionSpec
            if argument.hasPrefix("--") {
                var name = argument.dropFirst(2)
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = name[..<equals]
                }
                guard let known = options.first(where: { $0.name == name }) else { throw unknownOption("--" + name) }
                option = known
            } else {
                let letter = argument.dropFirst()
                guard letter.count == 1, let known = options.first(where: { $0.short == letter.first }) else {
                    // A long option typed with one dash (`-format`) is still suggested.
                    throw unknownOption(argument)
                }
                option = known
            }
            if let placeholder = option.value {
                guard let value = inlineValue ?? rest.popFirst() else {
                    throw UsageError(zh: "--\(option.name) 需要一个值（\(placeholder)）", en: "--\(option.name) needs a value (\(placeholder))")
                }
                parsed.options.append((option.name, value))
            } else {
                if inlineValue != nil { throw UsageError(zh: "--\(option.name) 不带值", en: "--\(option.name) takes no value") }
                parsed.options.append((option.name, ""))
            }
        }
        guard positionals.contains(parsed.positionals.count) || parsed.has("help") else {
            throw UsageError(zh: "用法：shangjia \(name) \(usage)（shangjia \(name) --help）",
                             en: "usage: shangjia \(name) \(usage) (see shangjia \(name) --help)")
        }
        return parsed
    }

    private func unknownOption(_ typed: String) -> UsageError {
        let bare = String(typed.drop { $0 == "-" })
        let suggestion = Suggestion.closest(to: bare, among: options.map(\.name)).map { "--" + $0 }
        return UsageError(zh: "\(name) 没有选项 “\(typed)”" + (suggestion.map { "，是否想写 \($0)？" } ?? "（shangjia \(name) --help 列出全部选项）"),
                          en: "unknown option '\(typed)' for \(name)" + (suggestion.map { "; did you mean '\($0)'?" } ?? " (see shangjia \(name) --help)"))
    }
}

struct ParsedArguments {
    var options: [(name: String, value: String)] = []
    var positionals: [String] = []

    func has(_ name: String) -> Bool { options.contains { $0.name == name } }

    /// The last value given (a later option overrides an earlier one).
    func value(_ name: String) -> String? { options.last { $0.name == name }?.value }

    /// Every value of a repeatable option, in order.
    func values(_ name: String) -> [String] { options.filter { $0.name == name }.map(\.value) }

    /// A whole number ≥ `minimum`, if the option was given.
    func number(_ name: String, minimum: Int = 0) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), number >= minimum else {
            throw UsageError(zh: "--\(name) 需要一个不小于 \(minimum) 的整数，而不是 “\(text)”",
                             en: "--\(name) needs a whole number of at least \(minimum), not '\(text)'")
        }
        return number
    }

    /// One of `choices`, with a suggestion when the value is close to one.
    /// `--today` (or another date option) as YYYY-MM-DD naming a real day.
    func date(_ name: String) throws(UsageError) -> CalendarDate? {
        guard let text = value(name) else { return nil }
        guard let date = CalendarDate(text) else {
            throw UsageError(zh: "--\(name) 需要 YYYY-MM-DD 格式的真实日期，而不是 “\(text)”", en: "--\(name) needs a real date as YYYY-MM-DD, not '\(text)'")
        }
        return date
    }

    func choice(_ name: String, among choices: [String]) throws(UsageError) -> String? {
        guard let text = value(name) else { return nil }
        guard choices.contains(text) else { throw UsageError.unknownValue(text, of: "--" + name, among: choices) }
        return text
    }
}

extension UsageError {
    /// A value that is not one of `choices`: the choices, and the nearest one when it is close.
    static func unknownValue(_ value: String, of option: String, among choices: [String], suggestion: String? = nil) -> UsageError {
        let nearest = suggestion ?? Suggestion.closest(to: value, among: choices)
        return UsageError(zh: "\(option) 不认识 “\(value)”" + (nearest.map { "，是否想写 \($0)？" } ?? "") + "（可选：\(choices.joined(separator: "、"))）",
                          en: "\(option) does not take '\(value)'" + (nearest.map { "; did you mean '\($0)'?" } ?? "") + " (choices: \(choices.joined(separator: ", ")))")
    }
}

extension Language {
    /// What people type for a language besides `zh` and `en`, for the suggestion.
    static func suggestion(for typed: String) -> String? {
        switch typed.lowercased() {
        case "cn", "zh-cn", "zh_cn", "zh-hans", "chinese", "中文", "zho", "chs": return "zh"
        case "en-us", "en_us", "en-gb", "english", "英文", "eng": return "en"
        default: return Suggestion.closest(to: typed, among: ["zh", "en"])
        }
    }

    /// The `--lang` of `arguments` (either form), so even a diagnostic about another option is
    /// in the chosen language; zh when absent or not a language.
    static func chosen(in arguments: [String]) -> Language {
        var chosen = Language.zh
        var rest = arguments[...]
        while let argument = rest.popFirst(), argument != "--" {
            if argument == "--lang", let value = rest.first, let language = Language(rawValue: value) { chosen = language }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) { chosen = language }
        }
        return chosen
    }
}
