import ShangjiaCore
import ShangjiaInspect
import ShangjiaReport

/// `shangjia` subcommands. Exit codes: 0 no failing finding, 1 failing findings,
/// 2 the tool could not do what was asked.
public enum CLI {
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        // Diagnostics follow --lang even when they are about another argument.
        let language = Language.chosen(in: arguments)
        do {
            return try dispatch(arguments, console: console)
        } catch {
            console.stderr("shangjia: \(error.message(language))\n")
            return 2
        }
    }

    static func dispatch(_ arguments: [String], console: Console) throws(UsageError) -> Int32 {
        guard let first = arguments.first else {
            console.stderr(usage)
            return 2
        }
        switch first {
        case "--version", "-V", "version":
            console.stdout("\(Tool.name) \(Tool.version)\n")
            return 0
        case "--help", "-h", "help":
            // `shangjia help lint` is `shangjia lint --help`.
            if let name = arguments.dropFirst().first {
                console.stdout(try command(named: name).helpText)
            } else {
                console.stdout(usage)
            }
            return 0
        default:
            let spec = try command(named: first)
            let parsed = try spec.parse(Array(arguments.dropFirst()))
            if parsed.has("help") {
                console.stdout(spec.helpText)
                return 0
            }
            switch spec.name {
            case "lint": return try LintCommand(parsed).run(console)
            case "rules": return try rules(parsed, console)
            case "explain": return try explain(parsed, console)
            case "init": return try TemplateCommands.initManifest(parsed, console)
            case "schema": return try TemplateCommands.schema(parsed, console)
            case "form": return try DocumentCommands.form(parsed, console)
            default: return try DocumentCommands.statement(parsed, console)
            }
        }
    }

    static let commands = [LintCommand.spec, rulesSpec, explainSpec, TemplateCommands.initSpec, TemplateCommands.schemaSpec,
                           DocumentCommands.formSpec, DocumentCommands.statementSpec]

    static func command(named name: String) throws(UsageError) -> CommandSpec {
        if let spec = commands.first(where: { $0.name == name }) { return spec }
        let suggestion = Suggestion.closest(to: name.hasPrefix("-") ? String(name.drop { $0 == "-" }) : name, among: commands.map(\.name))
        if name.hasPrefix("-") {
            throw UsageError(zh: "未知选项 “\(name)”：先写命令（shangjia --help）", en: "unknown option '\(name)': a command comes first (see shangjia --help)")
        }
        throw UsageError(zh: "未知命令 “\(name)”" + (suggestion.map { "，是否想写 shangjia \($0)？" } ?? "（shangjia --help 列出全部命令）"),
                         en: "unknown command '\(name)'" + (suggestion.map { "; did you mean 'shangjia \($0)'?" } ?? " (see shangjia --help)"))
    }

    static var usage: String {
        var out = "shangjia — 上架前检查政务应用清单 · pre-submission linter for government app manifests\n\nusage:\n"
        for spec in commands { out += "  shangjia \(spec.name)" + (spec.usage.isEmpty ? "" : " " + spec.usage) + "\n" }
        out += "  shangjia --version | --help | <command> --help\n\n"
        out += "commands:\n"
        let width = commands.map(\.name.count).max() ?? 0
        for spec in commands {
            // The summary's first sentence: the command's page has the rest.
            let brief = spec.summary.firstIndex(of: ".").map { String(spec.summary[...$0]) } ?? spec.summary
            out += "  \(spec.name)" + String(repeating: " ", count: width - spec.name.count + 2) + brief + "\n"
        }
        out += "\nexit codes: 0 no failing finding · 1 failing findings (or a manifest that is not JSON) · 2 usage or I/O error\n"
        return out
    }

    static let rulesSpec = CommandSpec(
        name: "rules", usage: "[--format text|json] [--lang zh|en] [--book DIR]",
        summary: "List every rule: id, default severity, targets, title.",
        options: [
            OptionSpec("format", short: "f", value: "text|json", "output format (default text)"),
            .lang,
            OptionSpec("book", value: "DIR", "write the rule book (one Markdown page per rule and an index) into DIR"),
            .help,
        ],
        positionals: 0...0)

    static func rules(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("format", among: ["text", "json"]) ?? "text"
        let language = try arguments.language()
        let descriptions = RuleRegistry.all.map { $0.description }.sorted { $0.id < $1.id }
        if let book = arguments.value("book") {
            for file in RuleBook.files(descriptions) {
                do { try FileAccess.writeAtomically(file.text, to: book + "/" + file.name) } catch {
                    throw UsageError.cannotWrite(book + "/" + file.name, error)
                }
            }
            return 0
        }
        if format == "json" {
            console.stdout(JSONOutput.array(descriptions.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("severity", .string(rule.severity.rawValue)),
                    ("targets", .array(rule.targets.map { .string($0.rawValue) })),
                    ("title", Self.json(rule.title)),
                    ("source", rule.source.map { .string($0) } ?? .null),
                    ("online", .bool(rule.online)),
                    ("parameters", .array(rule.parameters.map { parameter in
                        .object([
                            ("name", .string(parameter.name)),
                            ("default", Self.json(parameter.defaultValue)),
                            ("allowed", Self.json(parameter.allowed)),
                            ("description", Self.json(parameter.description)),
                        ])
                    })),
                ])
            }).rendered())
            return 0
        }
        console.stdout(RuleList.text(descriptions, language: language))
        return 0
    }

    private static func json(_ text: Text) -> JSONOutput { .object([("zh", .string(text.zh)), ("en", .string(text.en))]) }

    private static func json(_ value: ParameterValue) -> JSONOutput {
        switch value {
        case .integer(let number): .int(number)
        case .strings(let items): .array(items.map { .string($0) })
        }
    }

    static let explainSpec = CommandSpec(
        name: "explain", usage: "<rule-id> [--lang zh|en]",
        summary: "Print a rule's page: what it checks, why, its source, failing and passing examples (both languages unless --lang).",
        options: [.lang, .help],
        positionals: 1...1)

    static func explain(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int32 {
        let language: Language? = arguments.has("lang") ? try arguments.language() : nil
        let id = arguments.positionals[0]
        guard let rule = RuleRegistry.description(of: id) else {
            let suggestion = Suggestion.closest(to: id, among: RuleRegistry.all.map { $0.description.id })
            throw UsageError(zh: "未知规则 “\(id)”" + (suggestion.map { "，是否想写 \($0)？" } ?? "（shangjia rules 列出全部规则）"),
                             en: "unknown rule '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? " (shangjia rules lists them)"))
        }
        console.stdout(RuleBook.page(for: rule, language: language))
        return 0
    }
}

extension ParsedArguments {
    /// `--lang`, with a suggestion for what people type instead (`cn`, `english`).
    func language() throws(UsageError) -> Language {
        guard let text = value("lang") else { return .zh }
        guard let language = Language(rawValue: text) else {
            throw UsageError.unknownValue(text, of: "--lang", among: ["zh", "en"], suggestion: Language.suggestion(for: text))
        }
        return language
    }
}
