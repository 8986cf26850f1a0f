import ShangjiaCore
import ShangjiaInspect
import ShangjiaJSON
import ShangjiaReport

/// The documents for people other than the vendor's engineer: `statement` (the DOCX 情况说明
/// draft) and `form` (the portal forms pre-filled).
enum DocumentCommands {
    /// `shangjia statement [--to UNIT] [--output FILE.docx] [--today D] [--lang zh|en] <manifest.json>`
    static func statement(_ arguments: [String], _ console: Console) throws -> Int32 {
        var addressee: String?
        var output = "情况说明.docx"
        var today: CalendarDate?
        var language = Language.zh
        var paths: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--to": addressee = try CLI.value(of: argument, from: &rest)
            case "--output": output = try CLI.value(of: argument, from: &rest)
            case "--today": today = try date(CLI.value(of: argument, from: &rest))
            case "--lang": language = try self.language(CLI.value(of: argument, from: &rest))
            default: paths.append(try operand(argument, command: "statement"))
            }
        }
        guard paths.count == 1 else { throw UsageError(message: "usage: shangjia statement [--to UNIT] [--output FILE.docx] [--today YYYY-MM-DD] [--lang zh|en] <manifest.json>") }
        let (input, manifest) = try load(paths[0])
        let date = today ?? CalendarDate.inChina(secondsSinceEpoch: console.now())
        let report = Linter(options: LintOptions(today: date, language: language)).lint([input])
        guard let statement = Statement.gather(manifest: manifest, files: input.files, findings: report.manifests.first?.findings ?? [], today: date,
                                               language: language, addressee: addressee) else {
            throw UsageError(message: "\(paths[0]) has no waiver with a rule and a reason: a 情况说明 explains waivers (see \"waivers\" in the README)")
        }
        do { try FileAccess.writeAtomically(StatementDocument.docx(statement), to: output) } catch {
            throw UsageError(message: "cannot write \(output): \(error)")
        }
        console.stderr("\(output): \(statement.items.count) \(language == .zh ? "项情况说明" : "waivers explained")\n")
        return 0
    }

    /// A manifest read and parsed; one that is not JSON cannot be made into a document.
    static func load(_ path: String) throws -> (LintInput, Manifest) {
        let input = try LintCommand.input(path)
        switch JSONParser.parse(input.bytes) {
        case .success(let document):
            return (input, Manifest(file: path, text: String(decoding: input.bytes, as: UTF8.self), document: document))
        case .failure:
            throw UsageError(message: "\(path) is not valid JSON (shangjia lint \(path) shows where)")
        }
    }

    static func date(_ text: String) throws -> CalendarDate {
        guard let date = CalendarDate(text) else { throw UsageError(message: "--today needs a real date as YYYY-MM-DD, not '\(text)'") }
        return date
    }

    static func language(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text) else { throw UsageError(message: "--lang takes zh or en, not '\(text)'") }
        return language
    }

    static func operand(_ argument: String, command: String) throws -> String {
        if argument.hasPrefix("-") && argument != "-" { throw UsageError(message: "unknown option '\(argument)' for \(command)") }
        return argument
    }
}

extension DocumentCommands {
    /// `shangjia form [--target irs|service|governance|shanghai]... [--format text|markdown|html] [--lang zh|en] <manifest.json>`
    static func form(_ arguments: [String], _ console: Console) throws -> Int32 {
        var forms: [PortalForm] = []
        var format = FormRenderer.Format.text
        var output: String?
        var today: CalendarDate?
        var language = Language.zh
        var paths: [String] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--target":
                let name = try CLI.value(of: argument, from: &rest)
                guard let form = PortalForms.named(name) else {
                    throw UsageError(message: "unknown form '\(name)' (\(PortalForms.all.map(\.name).joined(separator: ", ")))")
                }
                if !forms.contains(where: { $0.name == name }) { forms.append(form) }
            case "--format":
                let name = try CLI.value(of: argument, from: &rest)
                guard let chosen = FormRenderer.Format(rawValue: name) else {
                    throw UsageError(message: "unknown format '\(name)' for form (\(FormRenderer.Format.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                format = chosen
            case "--output": output = try CLI.value(of: argument, from: &rest)
            case "--today": today = try date(CLI.value(of: argument, from: &rest))
            case "--lang": language = try self.language(CLI.value(of: argument, from: &rest))
            default: paths.append(try operand(argument, command: "form"))
            }
        }
        guard paths.count == 1 else {
            throw UsageError(message: "usage: shangjia form [--target irs|service|governance|shanghai]... [--format text|markdown|html] <manifest.json>")
        }
        let (input, manifest) = try load(paths[0])
        if forms.isEmpty { forms = PortalForms.calledFor(by: manifest) }
        // The portal's order, whatever the order of --target.
        forms.sort { a, b in PortalForms.all.firstIndex { $0.name == a.name }! < PortalForms.all.firstIndex { $0.name == b.name }! }
        guard !forms.isEmpty else { throw UsageError(message: "\(paths[0]) has no service, governance or shanghai section: no form to fill (use --target)") }
        let filled = forms.map { FilledForm.fill($0, manifest: manifest, files: input.files, language: language) }
        let text = FormRenderer.render(filled, application: manifest.applicationName, format: format, language: language,
                                       today: today ?? CalendarDate.inChina(secondsSinceEpoch: console.now()))
        if let output {
            do { try FileAccess.writeAtomically(text, to: output) } catch { throw UsageError(message: "cannot write \(output): \(error)") }
        } else {
            console.stdout(text)
        }
        return 0
    }
}
