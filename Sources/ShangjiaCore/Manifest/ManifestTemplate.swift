/// `shangjia init`: a manifest with every field of the chosen sections, filled with the
/// catalog's example values or neutral placeholders of the right type, so that the
/// template parses and raises no manifest-syntax or manifest-field-type finding.
public enum ManifestTemplate {
    /// The sections `service`, `governance` and `shanghai` that are among `targets` (all three
    /// when it is empty), `developer` always, and `application` when `service` or
    /// `governance` is chosen (the IRS catalog record is only checked for those).
    public static func manifest(for targets: [Target]) -> JSONOutput {
        let chosen = Set(targets.isEmpty ? [.service, .governance, .shanghai] : targets)
        guard case .object(let fields) = FieldCatalog.root.kind else { preconditionFailure("the catalog's root is an object") }
        var members: [(String, JSONOutput)] = []
        for field in fields {
            switch field.key {
            case "manifestVersion", "developer": break
            case "application": guard chosen.contains(.service) || chosen.contains(.governance) else { continue }
            case Target.service.rawValue, Target.governance.rawValue, Target.shanghai.rawValue:
                guard let target = Target(rawValue: field.key), chosen.contains(target) else { continue }
            default: continue  // `$schema` and `waivers` have no meaningful default
            }
            members.append((field.key, value(of: field)))
        }
        return .object(members)
    }

    /// The field's example (or placeholder) as JSON; objects with all their fields, arrays
    /// with one item.
    public static func value(of field: Field) -> JSONOutput {
        value(of: field.kind, example: field.example)
    }

    static func value(of kind: FieldKind, example: String?) -> JSONOutput {
        switch kind {
        case .object(let fields): return .object(fields.map { ($0.key, value(of: $0)) })
        case .array(let item): return .array([value(of: item, example: example)])
        case .enumeration(let options): return .string(example ?? options[0])
        case .boolean: return .bool(example == "true")
        case .integer: return .int(example.flatMap { Int($0) } ?? 0)
        // A date cannot be guessed (status rules compare it with today): null reads as absent.
        case .string(.date): return example.map { .string($0) } ?? .null
        case .string: return .string(example ?? "")
        case .any: return example.map { .string($0) } ?? .null
        }
    }
}
