import ShangjiaCore
import ShangjiaInspect
import ShangjiaReport

/// `shangjia` subcommands. Exit codes: 0 no failing finding, 1 failing findings,
/// 2 the tool could not do what was asked.
public enum CLI {
    public static func run(_ arguments: [String], console: Console) -> Int32 {
        var arguments = arguments[...]
        guard let command = arguments.popFirst() else {
            console.stderr(usage)
            return 2
        }
        do {
            switch command {
            case "lint": return try LintCommand(arguments: Array(arguments)).run(console)
            case "rules": return try rules(Array(arguments), console)
            case "explain": return try explain(Array(arguments), console)
            case "init": return try TemplateCommands.initManifest(Array(arguments), console)
            case "schema": return try TemplateCommands.schema(Array(arguments), console)
            case "statement": return try DocumentCommands.statement(Array(arguments), console)
            case "form": return try DocumentCommands.form(Array(arguments), console)
            case "--version", "version":
                console.stdout("\(Tool.name) \(Tool.version)\n")
                return 0
            case "--help", "-h", "help":
                console.stdout(usage)
                return 0
            default:
                throw UsageError(message: "unknown command '\(command)'")
            }
        } catch let error as UsageError {
            console.stderr("shangjia: \(error.message)\n")
            return 2
        } catch {
            console.stderr("shangjia: \(error)\n")
            return 2
        }
    }

    static let usage = """
        shangjia — 上架前检查政务应用清单 · pre-submission linter for government app manifests

        usage:
          shangjia lint [options] <manifest.json | directory>...
          shangjia rules [--format text|json] [--book DIR]
          shangjia explain <rule-id>
          shangjia init [--target service|governance|shanghai]...   a template manifest (default: all three)
          shangjia schema      the manifest's JSON Schema (draft 2020-12) for editors
          shangjia form [--target irs|service|governance|shanghai]... [--format text|markdown|html] [--output FILE] <manifest.json>
                               the portal forms pre-filled from the manifest (表单预填单)
          shangjia statement [--to UNIT] [--output FILE.docx] [--today YYYY-MM-DD] [--lang zh|en] <manifest.json>
                               a draft 情况说明 (DOCX) for the manifest's waivers
          shangjia --version | --help

        lint options:
          --format text|json|sarif|junit|github|gitlab|html   report format (default text)
          --output FILE        write the report to FILE (atomically)
          --today YYYY-MM-DD   the date status rules compare against (default: today in UTC+08:00)
          --lang zh|en         message language (default zh)
          --config FILE        rule severities, parameters, "off" (JSON)
          --strict             warnings count as failures
          --max-warnings N     fail when there are more than N warnings
          --online             also check the live servers: reachability, certificate, TLS protocol,
                               monitoring SDKs, page time (nothing touches the network without it)
          --resolve HOST:PORT:ADDRESS   connect to ADDRESS for HOST:PORT instead of asking DNS (repeatable)
          --ca-file FILE       trust these PEM roots instead of the system store (--online)
          --timeout SECONDS    the most one address's probe may take (default 10)
          --jobs N             manifests linted in parallel (default: number of cores)

        exit codes: 0 no failing finding · 1 failing findings (or a manifest that is not JSON) · 2 usage or I/O error

        """

    static func rules(_ arguments: [String], _ console: Console) throws -> Int32 {
        var format = "text"
        var book: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--format": format = try value(of: argument, from: &rest)
            case "--book": book = try value(of: argument, from: &rest)
            default: throw UsageError(message: "unknown option '\(argument)' for rules")
            }
        }
        let descriptions = RuleRegistry.all.map { $0.description }.sorted { $0.id < $1.id }
        if let book {
            for file in RuleBook.files(descriptions) {
                do { try FileAccess.writeAtomically(file.text, to: book + "/" + file.name) } catch {
                    throw UsageError(message: "cannot write \(book)/\(file.name)")
                }
            }
            return 0
        }
        switch format {
        case "text":
            let width = descriptions.map(\.id.count).max() ?? 0
            for rule in descriptions {
                let id = rule.id + String(repeating: " ", count: width - rule.id.count)
                let severity = rule.severity.rawValue + String(repeating: " ", count: 7 - rule.severity.rawValue.count)
                let targets = rule.targetLetters + String(repeating: " ", count: max(0, 7 - rule.targetLetters.count))
                console.stdout("\(id)  \(severity)  \(targets)  \(rule.title.zh) · \(rule.title.en)\n")
            }
        case "json":
            console.stdout(JSONOutput.array(descriptions.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("severity", .string(rule.severity.rawValue)),
                    ("targets", .array(rule.targets.map { .string($0.rawValue) })),
                    ("title", .object([("zh", .string(rule.title.zh)), ("en", .string(rule.title.en))])),
                    ("source", rule.source.map { .string($0) } ?? .null),
                    ("online", .bool(rule.online)),
                ])
            }).rendered())
        default:
            throw UsageError(message: "unknown format '\(format)' for rules (text, json)")
        }
        return 0
    }

    static func explain(_ arguments: [String], _ console: Console) throws -> Int32 {
        guard arguments.count == 1, let id = arguments.first else { throw UsageError(message: "usage: shangjia explain <rule-id>") }
        guard let rule = RuleRegistry.description(of: id) else {
            throw UsageError(message: "unknown rule '\(id)' (shangjia rules lists them)")
        }
        console.stdout(RuleBook.page(for: rule))
        return 0
    }

    static func value(of option: String, from rest: inout ArraySlice<String>) throws -> String {
        guard let value = rest.popFirst() else { throw UsageError(message: "\(option) needs a value") }
        return value
    }
}
