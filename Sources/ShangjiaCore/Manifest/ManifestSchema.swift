/// `shangjia schema`: a JSON Schema (draft 2020-12) of the manifest for editors, generated
/// from the field catalog. Titles are the portal's Chinese labels, descriptions English.
/// It describes shape only: unknown keys are allowed (the linter warns about them with a
/// suggestion), every value may be `null` (the same as absent), and `required` lists the
/// fields that are required whenever their object is present; the target-dependent rules
/// are the linter's.
public enum ManifestSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    public static func document() -> JSONOutput {
        guard case .object(let fields) = FieldCatalog.root.kind else { preconditionFailure("the catalog's root is an object") }
        return .object([
            ("$schema", .string(dialect)),
            ("title", .string("shangjia 上架清单")),
            ("description", .string("A shangjia listing manifest: the facts of one government application for IRS, 浙里办, 浙政钉 and 一网协同 listing. `shangjia explain <rule-id>` tells what each rule requires.")),
            ("type", .string("object")),
            ("properties", .object(fields.map { ($0.key, schema(of: $0)) })),
        ])
    }

    static func schema(of field: Field) -> JSONOutput {
        let description = field.label.en + (field.guidance.map { ": \($0.en) · \($0.zh)" } ?? "")
        var members: [(String, JSONOutput)] = [("title", .string(field.label.zh)), ("description", .string(description))]
        members += shape(of: field.kind)
        if field.example != nil, !isContainer(field.kind) { members.append(("examples", .array([ManifestTemplate.value(of: field)]))) }
        return .object(members)
    }

    /// The keywords that constrain a value of `kind`.
    static func shape(of kind: FieldKind) -> [(String, JSONOutput)] {
        switch kind {
        case .object(let fields):
            var members: [(String, JSONOutput)] = [
                ("type", nullable("object")),
                ("properties", .object(fields.map { ($0.key, schema(of: $0)) })),
            ]
            let required = fields.filter(\.required).map { JSONOutput.string($0.key) }
            if !required.isEmpty { members.append(("required", .array(required))) }
            return members
        case .array(let item):
            return [("type", nullable("array")), ("items", .object(shape(of: item)))]
        case .enumeration(let options):
            return [("enum", .array(options.map { .string($0) } + [.null]))]
        case .boolean:
            return [("type", nullable("boolean"))]
        case .integer:
            return [("type", nullable("integer"))]
        case .string(let format):
            return [("type", nullable("string"))] + keywords(for: format)
        case .any:
            return []
        }
    }

    static func keywords(for format: StringFormat) -> [(String, JSONOutput)] {
        switch format {
        case .plain: return []
        case .url: return [("format", .string("uri"))]
        case .date: return [("format", .string("date"))]
        case .file: return [("$comment", .string("a path relative to the manifest's folder"))]
        case .phone: return [("pattern", .string(#"^1[3-9][0-9]{9}$"#))]
        // GB 32100: 18 characters of digits and capitals without I, O, S, V, Z (check character: the linter).
        case .creditCode: return [("pattern", .string("^[0-9A-HJ-NP-RTUWXY]{18}$"))]
        case .ipAddress: return [("anyOf", .array([.object([("format", .string("ipv4"))]), .object([("format", .string("ipv6"))])]))]
        }
    }

    static func nullable(_ type: String) -> JSONOutput { .array([.string(type), .string("null")]) }

    static func isContainer(_ kind: FieldKind) -> Bool {
        switch kind {
        case .object, .array: return true
        default: return false
        }
    }
}
