import ShangjiaCore

/// `shangjia init` and `shangjia schema`: print what editors and new manifests start from.
enum TemplateCommands {
    static let choosableTargets: [Target] = [.service, .governance, .shanghai]

    static let initSpec = CommandSpec(
        name: "init", usage: "[--target service|governance|shanghai]...",
        summary: "Print a complete template manifest (strict JSON); default: all three targets.",
        options: [OptionSpec("target", value: "service|governance|shanghai", "(repeatable) the sections to include"), .help],
        positionals: 0...0)

    static let schemaSpec = CommandSpec(
        name: "schema", usage: "",
        summary: "Print the manifest's JSON Schema (draft 2020-12), for editors.",
        options: [.help],
        positionals: 0...0)

    /// `init [--target service|governance|shanghai]...`: a template manifest (strict JSON).
    static func initManifest(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int32 {
        let names = choosableTargets.map(\.rawValue)
        var targets: [Target] = []
        for name in arguments.values("target") {
            guard let target = Target(rawValue: name), choosableTargets.contains(target) else {
                throw UsageError.unknownValue(name, of: "--target", among: names)
            }
            if !targets.contains(target) { targets.append(target) }
        }
        console.stdout(ManifestTemplate.manifest(for: targets).rendered())
        return 0
    }

    /// `schema`: the manifest's JSON Schema (draft 2020-12).
    static func schema(_ arguments: ParsedArguments, _ console: Console) throws(UsageError) -> Int32 {
        console.stdout(ManifestSchema.document().rendered())
        return 0
    }
}
