import ShangjiaJSON

struct ManifestFieldType: Rule {
    static let description = RuleDescription(
        id: "manifest-field-type",
        title: Text(zh: "字段类型与取值正确", en: "Fields have the right type and value"),
        severity: .error, targets: [], source: nil,
        rationale: Text(zh: "每个字段须是规定的 JSON 类型；枚举取门户上的中文选项；日期为真实存在的 YYYY-MM-DD；同一对象中不得有重复的键；顶层是对象；manifestVersion 为 1。",
                        en: "Each field has its JSON type; enums take the portal's own Chinese labels; dates are real days as YYYY-MM-DD; no key repeats within an object; the top level is an object; manifestVersion is 1."),
        nonTriggeringExamples: [
            RuleExample(#"{"manifestVersion": 1, "application": {"status": "运行中", "launchDate": "2024-02-29", "networks": ["互联网"]}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"[1, 2]"#, at: [""]),
            RuleExample(#"{"manifestVersion": 2, "application": {"status": "上线", "launchDate": "2025-02-29", "networks": "互联网"}}"#,
                        at: ["/manifestVersion", "/application/status", "/application/launchDate", "/application/networks"]),
            RuleExample(#"{"service": {"name": "医保", "name": "医保服务", "legacyLink": "否"}}"#, at: ["/service/name", "/service/legacyLink"]),
            RuleExample(#"{"governance": {"loadTest": {"concurrency": 50.5}}}"#, at: ["/governance/loadTest/concurrency"]),
            RuleExample(#"{"application": {"level": "县（市、区）", "plannedLaunchDate": "2027/03/01"}}"#, at: ["/application/level", "/application/plannedLaunchDate"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let root = context.manifest.root
        guard root.members != nil else {
            return [context.finding(at: JSONPointer.root, zh: "清单顶层应为对象，实际是 \(root.typeName)", en: "the manifest's top level must be an object, not \(root.typeName)")]
        }
        var findings = context.manifest.document.duplicateKeys.map { duplicate in
            context.finding(at: duplicate.objectPointer.appending(duplicate.key),
                zh: "键 “\(duplicate.key)” 在同一对象中重复出现，以最后一个为准", en: "the key '\(duplicate.key)' appears twice in one object; the last one wins",
                hint: Text(zh: "删去重复的键", en: "remove the duplicate"))
        }
        if let version = context.manifest[.manifestVersion], version.numberValue?.integer != 1 {
            findings.append(context.finding(at: .manifestVersion, zh: "manifestVersion 应为 1，实际是 \(Self.show(version))", en: "manifestVersion must be 1, not \(Self.show(version))"))
        }
        var path: [String] = []
        findings += check(root, against: FieldCatalog.root.kind, at: &path, keysRepeat: !context.manifest.document.duplicateKeys.isEmpty, in: context)
        return findings
    }

    /// `path` holds the tokens down to `value`; a pointer is made only for a finding. Only when
    /// `keysRepeat` (the document has a duplicate key) is each object's last occurrence sought.
    private func check(_ value: JSONValue, against kind: FieldKind, at path: inout [String], keysRepeat: Bool, in context: RuleContext) -> [Finding] {
        if value.isNull { return [] }
        switch kind {
        case .any:
            return []
        case .object(let fields):
            guard let members = value.members else { return [mismatch(value, expected: Text(zh: "对象", en: "an object"), at: JSONPointer(path), in: context)] }
            var findings: [Finding] = []
            var seen = Set<String>(minimumCapacity: keysRepeat ? members.count : 0)
            for member in members.reversed() where !keysRepeat || seen.insert(member.key).inserted {
                guard let field = fields.first(where: { $0.key == member.key }) else { continue }
                path.append(member.key)
                findings += check(member.value, against: field.kind, at: &path, keysRepeat: keysRepeat, in: context)
                path.removeLast()
            }
            return findings
        case .array(let item):
            guard let items = value.arrayValue else { return [mismatch(value, expected: Text(zh: "数组", en: "an array"), at: JSONPointer(path), in: context)] }
            var findings: [Finding] = []
            forEachItem(of: items, at: &path) { findings += check($0, against: item, at: &$1, keysRepeat: keysRepeat, in: context) }
            return findings
        case .boolean:
            return value.boolValue == nil ? [mismatch(value, expected: Text(zh: "true 或 false", en: "true or false"), at: JSONPointer(path), in: context)] : []
        case .integer:
            return value.numberValue?.integer == nil ? [mismatch(value, expected: Text(zh: "整数", en: "an integer"), at: JSONPointer(path), in: context)] : []
        case .string(let format):
            guard let text = value.stringValue else { return [mismatch(value, expected: Text(zh: "字符串", en: "a string"), at: JSONPointer(path), in: context)] }
            // An empty date is absent (spec Semantics, "Empty dates").
            if format == .date, !text.isEmpty, CalendarDate(text) == nil {
                let pointer = JSONPointer(path)
                // A real day written another way is a format error, not an impossible date.
                if let iso = Self.isoDate(text) {
                    return [context.finding(at: pointer,
                        zh: "\(context.name(pointer)) 的值 “\(text)” 格式不对：日期须写作 YYYY-MM-DD", en: "\(context.name(pointer)) '\(text)' is not written as YYYY-MM-DD",
                        hint: Text(zh: "写作 “\(iso)”", en: "write “\(iso)”"))]
                }
                return [context.finding(at: pointer,
                    zh: "\(context.name(pointer)) 的值 “\(text)” 不是真实存在的日期（YYYY-MM-DD）", en: "\(context.name(pointer)) '\(text)' is not a real date (YYYY-MM-DD)")]
            }
            return []
        case .enumeration(let options):
            guard let text = value.stringValue, options.contains(text) else {
                let pointer = JSONPointer(path), list = options.joined(separator: "、")
                return [context.finding(at: pointer,
                    zh: "\(context.name(pointer)) 的值 \(Self.show(value)) 不是可选项之一：\(list)", en: "\(context.name(pointer)) \(Self.show(value)) is not one of: \(options.joined(separator: ", "))",
                    hint: value.stringValue.flatMap { Self.enumerationHint($0, options: options) })]
            }
            return []
        }
    }

    private func mismatch(_ value: JSONValue, expected: Text, at pointer: JSONPointer, in context: RuleContext) -> Finding {
        context.finding(at: pointer, zh: "\(context.name(pointer)) 应为\(expected.zh)，实际是 \(value.typeName)", en: "\(context.name(pointer)) must be \(expected.en), not \(value.typeName)")
    }

    /// The option a value was meant to be: the same after folding full-width characters (typed
    /// with a Chinese input method, identical on screen), or close to it.
    static func enumerationHint(_ text: String, options: [String]) -> Text? {
        let folded = Folding.halfWidth(text) ?? text
        if let match = options.first(where: { (Folding.halfWidth($0) ?? $0) == folded }) {
            return Text(zh: "“\(text)” 含全角字符，看起来与 “\(match)” 相同但并不相等：请原样复制粘贴 \(match)",
                        en: "'\(text)' has full-width characters: it looks like '\(match)' but is not; paste exactly \(match)")
        }
        return Suggestion.closest(to: folded, among: options).map { Text(zh: "是否想写 “\($0)”？", en: "did you mean '\($0)'?") }
    }

    /// `2027/03/01`, `2027.3.1`, `2027年3月1日`, `2027-3-1` as `2027-03-01`, when that is a real day.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { "/.-年月日".contains($0) }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let iso = parts[0] + "-" + (parts[1].count == 1 ? "0" : "") + parts[1] + "-" + (parts[2].count == 1 ? "0" : "") + parts[2]
        return CalendarDate(iso) == nil ? nil : iso
    }

    /// A short rendering of a value for messages.
    static func show(_ value: JSONValue) -> String {
        switch value.kind {
        case .string(let text): return "“" + String(text.prefix(40)) + "”"
        case .number(let number): return number.text
        case .bool(let flag): return String(flag)
        default: return value.typeName
        }
    }
}
