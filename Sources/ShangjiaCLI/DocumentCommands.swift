import ShangjiaCore
import ShangjiaInspect
import ShangjiaJSON
import ShangjiaReport

/// The documents for people other than the vendor's engineer: `statement` (the DOCX 情况说明
/// draft) and `form` (the portal forms pre-filled).
enum DocumentCommands {
    static let statementSpec = CommandSpec(
        name: "statement", usage: "[--to UNIT] [--output FILE.docx] [--today YYYY-MM-DD] [--lang zh|en] <manifest.json>",
        summary: "Write a draft 情况说明 (DOCX) covering the manifest's waivers.",
        options: [
            OptionSpec("to", value: "UNIT", "the addressee (default: the platform's 大数据局 or 大数据中心)"),
            OptionSpec("output", short: "o", value: "FILE.docx", "where to write it (default 情况说明.docx)"),
            OptionSpec("today", value: "YYYY-MM-DD", "the date written under it (default: today in UTC+08:00)"),
            .lang,
            .help,
        ],
        positionals: 1...1)

    /// `shangjia statement [--to UNIT] [--output FILE.docx] [--today D] [--lang zh|en] <manifest.json>`
    static func statement(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int32 {
        let output = arguments.value("output") ?? "情况说明.docx"
        let language = try arguments.language()
        let path = arguments.positionals[0]
        let (input, manifest) = try load(path)
        let date = try arguments.date("today") ?? console.todayInChina
        let report = Linter(options: LintOptions(today: date, language: language)).lint([input])
        guard let statement = Statement.gather(manifest: manifest, files: input.files, findings: report.manifests.first?.findings ?? [], today: date,
                                               language: language, addressee: arguments.value("to")) else {
            throw UsageError(zh: "\(path) 没有写明规则和理由的豁免：情况说明是为豁免写的（见 README 的 \"waivers\"）",
                             en: "\(path) has no waiver with a rule and a reason: a 情况说明 explains waivers (see \"waivers\" in the README)")
        }
        do { try FileAccess.writeAtomically(StatementDocument.docx(statement), to: output) } catch {
            throw UsageError.cannotWrite(output, error)
        }
        console.stderr("\(output): \(statement.items.count) \(language == .zh ? "项情况说明" : "waivers explained")\n")
        return 0
    }

    /// A manifest read and parsed; one that is not JSON cannot be made into a document.
    static func load(_ path: String) throws(UsageError) -> (LintInput, Manifest) {
        guard FileAccess.kind(of: path) == .file else {
            throw UsageError(zh: "没有这个文件：\(path)", en: "no such file: \(path)")
        }
        let input = try ManifestInputs.input(.file(path, discovered: false), against: nil)!
        switch JSONParser.parse(input.bytes) {
        case .success(let document):
            return (input, Manifest(file: path, document: document))
        case .failure:
            throw UsageError(zh: "\(path) 不是有效的 JSON（shangjia lint \(path) 会指出位置）", en: "\(path) is not valid JSON (shangjia lint \(path) shows where)")
        }
    }
}

extension DocumentCommands {
    static let formSpec = CommandSpec(
        name: "form", usage: "[--target irs|service|governance|shanghai]... [--format text|markdown|html] [--output FILE] [--lang zh|en] <manifest.json>",
        summary: "Print the portal forms pre-filled from the manifest (表单预填单).",
        options: [
            OptionSpec("target", value: "irs|service|governance|shanghai", "(repeatable) the forms (default: every form the manifest's sections call for)"),
            OptionSpec("format", short: "f", value: "text|markdown|html", "output format (default text)"),
            OptionSpec("output", short: "o", value: "FILE", "write to FILE (atomically) instead of stdout"),
            OptionSpec("today", value: "YYYY-MM-DD", "the date in the header (default: today in UTC+08:00)"),
            .lang,
            .help,
        ],
        positionals: 1...1)

    /// `shangjia form [--target irs|service|governance|shanghai]... [--format text|markdown|html] [--lang zh|en] <manifest.json>`
    static func form(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int32 {
        var forms: [PortalForm] = []
        for name in arguments.values("target") {
            guard let form = PortalForms.named(name) else {
                throw UsageError.unknownValue(name, of: "--target", among: PortalForms.all.map(\.name))
            }
            if !forms.contains(where: { $0.name == name }) { forms.append(form) }
        }
        let formatName = try arguments.choice("format", among: FormRenderer.Format.allCases.map(\.rawValue)) ?? FormRenderer.Format.text.rawValue
        let format = FormRenderer.Format(rawValue: formatName)!
        let language = try arguments.language()
        let path = arguments.positionals[0]
        let (input, manifest) = try load(path)
        if forms.isEmpty { forms = PortalForms.calledFor(by: manifest) }
        // The portal's order, whatever the order of --target.
        forms.sort { a, b in PortalForms.all.firstIndex { $0.name == a.name }! < PortalForms.all.firstIndex { $0.name == b.name }! }
        guard !forms.isEmpty else {
            throw UsageError(zh: "\(path) 没有 service、governance 或 shanghai 部分：没有要填的表单（可用 --target 指定）",
                             en: "\(path) has no service, governance or shanghai section: no form to fill (use --target)")
        }
        let filled = forms.map { FilledForm.fill($0, manifest: manifest, files: input.files, language: language) }
        let text = FormRenderer.render(filled, application: manifest.applicationName, format: format, language: language,
                                       today: try arguments.date("today") ?? console.todayInChina)
        if let output = arguments.value("output") {
            do { try FileAccess.writeAtomically(text, to: output) } catch { throw UsageError.cannotWrite(output, error) }
        } else {
            console.stdout(text)
        }
        return 0
    }
}
