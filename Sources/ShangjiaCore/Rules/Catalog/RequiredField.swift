import ShangjiaJSON

struct RequiredField: Rule {
    static let description = RuleDescription(
        id: "required-field",
        title: Text(zh: "必填项齐全", en: "Required fields are present"),
        severity: .error, targets: [], source: "《IRS应用发布》用户手册 §3.2（带红星的必填项）",
        rationale: Text(zh: "门户表单中带红星的项目不填无法提交。缺失或为空（空串、全空白、[]、{}）都算未填；false 和 0 是有效值。缺失的对象只报一次。",
                        en: "Portal fields marked with a red star cannot be left out: missing or empty (\"\", whitespace only, [], {}) counts as not filled; false and 0 are values. A missing object is reported once."),
        nonTriggeringExamples: [
            RuleExample(#"{"shanghai": {"name": "协同办公", "description": "市级协同办公应用", "category": "办公", "theme": "协同", "appType": "工具应用", "visibility": "全市", "logo": "assets/logo.png", "tlsVersions": ["1.2"], "reports": {"softwareTest": "r.pdf"}}, "developer": {"name": "某某公司", "creditCode": "91330106MA2H4K5L67", "contacts": [{"name": "李四", "phone": "13900000000"}]}}"#),
        ],
        triggeringExamples: [
            RuleExample(#"{"manifestVersion": 1}"#, at: [""]),
            RuleExample(#"{"shanghai": {"name": "　", "description": "市级协同办公应用", "category": "办公", "theme": "协同", "appType": "工具应用", "visibility": "全市", "logo": "assets/logo.png", "tlsVersions": [], "reports": {"softwareTest": "r.pdf"}}, "developer": {"name": "某某公司", "creditCode": "91330106MA2H4K5L67", "contacts": [{"name": "李四", "phone": "13900000000"}]}}"#,
                        at: ["/shanghai/name", "/shanghai/tlsVersions"]),
            RuleExample(#"{"service": {"channels": ["浙里办APP"]}}"#, at: ["/application", "/developer", "/service/icon", "/service/intro", "/service/materials", "/service/name", "/service/releaseType",
                             "/service/scope", "/service/userType"]),
            RuleExample(#"{"application": {"status": "建设中"}, "service": {"channels": ["浙里办APP"], "materials": {"applicationForm": "a.pdf"}}}"#,
                        at: ["/application/constructionPlan", "/application/level", "/application/name", "/application/networks", "/application/owner",
                             "/application/region", "/application/summary", "/developer", "/service/icon", "/service/intro",
                             "/service/materials/screenRecording", "/service/name", "/service/releaseType", "/service/scope", "/service/userType"]),
        ])

    func check(_ context: RuleContext) -> [Finding] {
        let manifest = context.manifest
        guard manifest.root.members != nil else { return [] }
        guard !manifest.targets.isEmpty else {
            return [context.finding(at: JSONPointer.root,
                zh: "清单没有任何发布目标：至少需要 service、governance 或 shanghai 之一",
                en: "the manifest has no target: it needs at least one of service, governance or shanghai")]
        }
        var findings: [Finding] = []
        var required: [JSONPointer] = [.developer]
        for target in manifest.targets { required.append(target.pointer) }
        for section in required {
            guard let field = FieldCatalog.field(at: section) else { continue }
            findings += checkPresence(of: field, manifest[section], at: section, in: context)
        }
        if manifest.applies(.application), manifest[.application]?.members != nil, manifest.string(.applicationStatus) != FieldCatalog.Status.planning {
            findings += missing(.applicationConstructionPlan, in: context)
        }
        if manifest.applies(.service), manifest.strings(.serviceChannels).contains(FieldCatalog.Channel.zheliban), manifest[.serviceMaterials]?.members != nil {
            findings += missing(.serviceMaterialsScreenRecording, in: context)
        }
        return findings
    }

    /// A required value: missing or empty is one finding; a present object is checked for its own
    /// required keys. `value` is the one at `pointer`, nil when missing or null.
    private func checkPresence(of field: Field, _ value: JSONValue?, at pointer: JSONPointer, in context: RuleContext) -> [Finding] {
        let found = missing(value, at: pointer, in: context)
        guard found.isEmpty, case .object(let children) = field.kind, let value, value.members != nil else { return found }
        return children.filter(\.required).flatMap { child in
            checkPresence(of: child, value[child.key].flatMap { $0.isNull ? nil : $0 }, at: pointer.appending(child.key), in: context)
        }
    }

    private func missing(_ pointer: JSONPointer, in context: RuleContext) -> [Finding] {
        missing(context.manifest[pointer], at: pointer, in: context)
    }

    private func missing(_ value: JSONValue?, at pointer: JSONPointer, in context: RuleContext) -> [Finding] {
        guard let value else {
            return [context.finding(at: pointer, zh: "缺少必填项 \(FieldCatalog.name(of: pointer, .zh))", en: "required field \(FieldCatalog.name(of: pointer, .en)) is missing")]
        }
        guard value.isEmptyValue else { return [] }
        return [context.finding(at: pointer, zh: "必填项 \(FieldCatalog.name(of: pointer, .zh)) 为空", en: "required field \(FieldCatalog.name(of: pointer, .en)) is empty")]
    }
}
