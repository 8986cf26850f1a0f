import ShangjiaJSON

/// A string value the field catalog describes, met while walking a manifest.
public struct CatalogString: Sendable {
    /// The tokens down to the value (`["service", "screenshots", "2"]`).
    public let tokens: [String]
    public let format: StringFormat
    /// An item of a list (screenshots, materials), not a field of its own.
    public let inList: Bool
    public let text: String

    public var pointer: JSONPointer { JSONPointer(tokens) }
}

extension Manifest {
    /// Calls `visit` with every string the field catalog describes and its field (an item of a list is
    /// described by the list's field: label, example), in catalog order, within the sections whose
    /// target applies and the sections of no target (waivers). The one walk over the catalog: file
    /// references, placeholder values and the HTML report's images all read it. The field is an
    /// argument of its own, not a member of `CatalogString`, so that the walk never copies one.
    public func forEachCatalogString(_ visit: (CatalogString, _ field: Field) -> Void) {
        var tokens: [String] = []
        func walk(_ value: JSONValue, _ field: Field, _ kind: FieldKind, inList: Bool) {
            switch (kind, value.kind) {
            case (.string(let format), .string(let text)):
                visit(CatalogString(tokens: tokens, format: format, inList: inList, text: text), field)
            case (.object(let fields), .object):
                for child in fields {
                    guard let childValue = value[child.key] else { continue }
                    tokens.append(child.key)
                    walk(childValue, child, child.kind, inList: false)
                    tokens.removeLast()
                }
            case (.array(let item), .array(let items)):
                for (index, childValue) in items.enumerated() {
                    tokens.append(String(index))
                    walk(childValue, field, item, inList: true)
                    tokens.removeLast()
                }
            default:
                break
            }
        }
        guard case .object(let sections) = FieldCatalog.root.kind else { return }
        for section in sections where Target(rawValue: section.key).map(applies) ?? true {
            guard let value = root[section.key] else { continue }
            tokens = [section.key]
            walk(value, section, section.kind, inList: false)
        }
    }
}
