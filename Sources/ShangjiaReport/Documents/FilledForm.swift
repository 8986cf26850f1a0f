import ShangjiaCore
import ShangjiaInspect
import ShangjiaJSON

/// A portal form with the manifest's values, as the owner's staff will type or choose them.
public struct FilledForm: Sendable {
    public struct Row: Sendable {
        public let label: String
        /// nil when the manifest has nothing for this field (shown as 「未填」).
        public let value: String?
    }

    public struct Section: Sendable {
        public let title: String
        public let rows: [Row]
        public var missing: Int { rows.filter { $0.value == nil }.count }
    }

    public let name: String
    public let title: String
    public let source: String
    public let sections: [Section]

    public static func fill(_ form: PortalForm, manifest: Manifest, files: FileInspecting, language: Language) -> FilledForm {
        let sections = form.sections.map { section in
            Section(title: section.title(language), rows: section.entries.compactMap { entry in
                guard let field = entry.field, let label = entry.label(language) else { return nil }
                if let sameAs = entry.sameAs, manifest.bool(sameAs.pointer) == true {
                    return Row(label: label, value: language == .zh ? sameAs.choice : "same as the mobile address")
                }
                return Row(label: label, value: manifest[entry.pointer].flatMap { value(of: $0, kind: field.kind, files: files, language) })
            })
        }
        return FilledForm(name: form.name, title: form.title(language), source: form.source, sections: sections)
    }

    /// The value as the portal takes it; nil when empty. A value of the wrong type is shown as written.
    static func value(of json: JSONValue, kind: FieldKind, files: FileInspecting, _ language: Language) -> String? {
        guard !json.isEmptyValue else { return nil }
        switch (kind, json.kind) {
        case (.boolean, .bool(let flag)):
            return Text(zh: flag ? "是" : "否", en: flag ? "yes" : "no")(language)
        case (.string(.file), .string(let path)):
            return path + " · " + FileDescription.typeAndSize(files.inspect(path), language)
        case (.array(.enumeration(let options)), .array(let items)):
            // Every option as the portal's checkbox, ticked or not; a value the portal does not offer last.
            let chosen = items.compactMap(\.stringValue)
            let boxes = options.map { (chosen.contains($0) ? "☑ " : "☐ ") + $0 } + chosen.filter { !options.contains($0) }.map { "☑ " + $0 }
            return boxes.joined(separator: "  ")
        case (.array(let item), .array(let items)):
            let values = items.compactMap { value(of: $0, kind: item, files: files, language) }
            return values.isEmpty ? nil : values.joined(separator: language == .zh ? "；" : "; ")
        case (.object(let fields), .object):
            // A contact: its fields' values in catalog order.
            let values = fields.compactMap { field in json[field.key].flatMap { value(of: $0, kind: field.kind, files: files, language) } }
            return values.isEmpty ? nil : values.joined(separator: " ")
        case (_, .string(let text)):
            return text
        case (_, .number(let number)):
            return number.text
        case (_, .bool(let flag)):
            return Text(zh: flag ? "是" : "否", en: flag ? "yes" : "no")(language)
        default:
            // An array or object where the portal takes a single value: manifest-field-type reports it.
            return Text(zh: "（\(json.typeName)，类型不符）", en: "(\(json.typeName), wrong type)")(language)
        }
    }
}
