import ShangjiaCore

/// `shangjia init` and `shangjia schema`: print what editors and new manifests start from.
enum TemplateCommands {
    /// `init [--target service|governance|shanghai]...`: a template manifest (strict JSON).
    static func initManifest(_ arguments: [String], _ console: Console) throws -> Int32 {
        let choosable: [Target] = [.service, .governance, .shanghai]
        var targets: [Target] = []
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            guard argument == "--target" else { throw UsageError(message: "unknown option '\(argument)' for init") }
            let name = try CLI.value(of: argument, from: &rest)
            guard let target = Target(rawValue: name), choosable.contains(target) else {
                throw UsageError(message: "--target takes \(choosable.map(\.rawValue).joined(separator: ", ")), not '\(name)'")
            }
            if !targets.contains(target) { targets.append(target) }
        }
        console.stdout(ManifestTemplate.manifest(for: targets).rendered())
        return 0
    }

    /// `schema`: the manifest's JSON Schema (draft 2020-12).
    static func schema(_ arguments: [String], _ console: Console) throws -> Int32 {
        guard arguments.isEmpty else { throw UsageError(message: "schema takes no arguments") }
        console.stdout(ManifestSchema.document().rendered())
        return 0
    }
}
