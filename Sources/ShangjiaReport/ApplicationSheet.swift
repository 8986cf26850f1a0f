import ShangjiaCore
import ShangjiaInspect
import ShangjiaJSON

/// Everything the HTML report shows about one application besides its findings: its facts, the
/// materials each target requires with their type and size, and its images' bytes (each file
/// read once). Gathered from the parsed manifest while it is alive, so that the renderer needs
/// only these values and the engine can drop the manifest as soon as its rules are done.
public struct ApplicationSheet: Sendable {
    public struct Fact: Sendable {
        public let label: String
        public let value: String
    }

    /// One material the documents require, or one file of a list (screenshots, templates).
    public struct Material: Sendable {
        public let label: String
        /// Findings at or below this pointer judge the row (`exactly`: only at it, for a list's own count).
        public let pointer: JSONPointer
        public let exactly: Bool
        /// The file named, if any, and its type by content and size (or why it cannot be read).
        public let file: String?
        public let typeAndSize: String?
        /// Platforms and ends of a recording, concurrency of a load test, level of an MLPS report.
        public let detail: String?
        /// Absent, it is missing (a template short of nine) rather than not required.
        public let requiredWhenAbsent: Bool
        /// The rules that judge this material when none of them has a finding.
        public let rules: [String]
    }

    public struct Checklist: Sendable {
        public let title: String
        /// What decides which materials are required (上海: app type and stage).
        public let basis: String?
        public let materials: [Material]
    }

    /// An image named by a field, with its file's bytes once (nil when it cannot be shown).
    public struct Image: Sendable {
        public let pointer: String
        public let fieldPointer: String
        public let file: String
        public let label: String
        public let inList: Bool

        /// Whether the bytes really are an image is for the attachment provider to judge.
        static func hasImageExtension(_ file: String) -> Bool {
            guard let dot = file.lastIndex(of: ".") else { return false }
            return ["png", "jpg", "jpeg"].contains(file[file.index(after: dot)...].lowercased())
        }
    }

    public let name: String
    public let facts: [Fact]
    public let checklists: [Checklist]
    public let images: [Image]
    /// By the file's path as the manifest writes it: an icon 服务侧 and 治理侧 share is here once.
    public let attachments: [String: ImageAttachment]

    /// Reads what the report needs from one manifest. `files` inspects the manifest's folder
    /// (nil: types and sizes are not shown); `attachment` reads an image, once a path.
    public static func gather(manifest: Manifest, files: FileInspecting?, language: Language,
                              attachment: (_ relativePath: String) -> ImageAttachment?) -> ApplicationSheet {
        let gatherer = Gatherer(manifest: manifest, files: files, language: language)
        var images: [Image] = []
        manifest.forEachCatalogString { string in
            guard string.format == .file, Image.hasImageExtension(string.text) else { return }
            let pointer = string.pointer
            images.append(Image(pointer: pointer.description, fieldPointer: (string.inList ? pointer.parent! : pointer).description,
                                file: string.text, label: string.field.label(language), inList: string.inList))
        }
        var attachments: [String: ImageAttachment] = [:]
        var read = Set<String>()
        for image in images where read.insert(image.file).inserted { attachments[image.file] = attachment(image.file) }
        return ApplicationSheet(name: manifest.applicationName, facts: gatherer.facts(),
                                checklists: gatherer.checklists(), images: images, attachments: attachments)
    }

    private struct Gatherer {
        let manifest: Manifest
        let files: FileInspecting?
        let language: Language

        func t(_ zh: String, _ en: String) -> String { Text(zh: zh, en: en)(language) }

        func label(_ pointer: String) -> String {
            JSONPointer(string: pointer).flatMap(FieldCatalog.field(at:))?.label(language) ?? pointer
        }

        /// A field's value as text: lists joined, booleans 是/否; nil when empty.
        func text(_ pointer: String) -> String? {
            guard let value = manifest[pointer], !value.isEmptyValue else { return nil }
            switch value.kind {
            case .string(let text): return text
            case .number(let number): return number.text
            case .bool(let flag): return flag ? t("是", "yes") : t("否", "no")
            case .array(let items):
                let texts = items.compactMap { $0.stringValue ?? $0.numberValue?.text }
                return texts.isEmpty ? nil : texts.joined(separator: language == .zh ? "、" : ", ")
            case .object, .null: return nil
            }
        }

        /// The present values of `pointers`, joined with " · ".
        func joined(_ pointers: [String]) -> String? {
            let parts = pointers.compactMap(text)
            return parts.isEmpty ? nil : parts.joined(separator: " · ")
        }

        func facts() -> [Fact] {
            var facts: [Fact] = []
            func add(_ label: String, _ value: String?) { if let value { facts.append(Fact(label: label, value: value)) } }
            add(label("/application/name"), text("/application/name"))
            add(label("/application/owner/unit"), text("/application/owner/unit"))
            add(label("/application/level") + " · " + label("/application/region"), joined(["/application/level", "/application/region"]))
            let dates = ["/application/plannedLaunchDate", "/application/launchDate", "/application/retiredDate"].compactMap { pointer in
                text(pointer).map { label(pointer) + " " + $0 }
            }
            add(label("/application/status"), text("/application/status").map { dates.isEmpty ? $0 : $0 + "（" + dates.joined(separator: "，") + "）" })
            add(label("/developer/name"), joined(["/developer/name", "/developer/creditCode"]))
            let contacts = manifest["/developer/contacts"]?.arrayValue?.compactMap { contact -> String? in
                let parts = ["name", "phone"].compactMap { contact[$0]?.stringValue }
                return parts.isEmpty ? nil : parts.joined(separator: " ")
            } ?? []
            add(label("/developer/contacts"), contacts.isEmpty ? nil : contacts.joined(separator: language == .zh ? "；" : "; "))
            for target in [Target.service, .governance] where manifest.applies(target) {
                let base = "/" + target.rawValue
                add(target.label(language) + " " + label(base + "/channels") + " · " + label(base + "/releaseType"),
                    joined([base + "/channels", base + "/releaseType"]))
                for key in ["mobileUrl", "pcUrl", "healthUrl", "testUrl"] { add(target.label(language) + " " + label(base + "/" + key), text(base + "/" + key)) }
            }
            add(label("/governance/appId"), text("/governance/appId"))
            add(label("/governance/egressIps"), text("/governance/egressIps"))
            if manifest.applies(.shanghai) {
                add(label("/shanghai/appType") + " · " + label("/shanghai/stage"), joined(["/shanghai/appType", "/shanghai/stage"]))
                for key in ["homeUrl", "healthUrl"] { add(Target.shanghai.label(language) + " " + label("/shanghai/" + key), text("/shanghai/" + key)) }
            }
            return facts
        }

        /// The file at `pointer`, judged by the findings at or below `judgedAt` (default: the file's own pointer).
        func material(_ label: String, at pointer: String, judgedAt: String? = nil, detail: String? = nil, rules: [String],
                      requiredWhenAbsent: Bool = false) -> Material {
            let file = manifest.string(pointer).flatMap { $0.isBlank ? nil : $0 }
            let typeAndSize = file.flatMap { file in files.map { FileDescription.typeAndSize($0.inspect(file), language) } }
            return Material(label: label, pointer: JSONPointer(string: judgedAt ?? pointer) ?? .root, exactly: false, file: file,
                            typeAndSize: typeAndSize, detail: detail, requiredWhenAbsent: requiredWhenAbsent, rules: rules)
        }

        func checklists() -> [Checklist] {
            var lists: [Checklist] = []
            if manifest.applies(.application) {
                lists.append(Checklist(title: Target.application.label(language), basis: nil, materials: [
                    material(label("/application/constructionPlan"), at: "/application/constructionPlan",
                             rules: ["required-field", "construction-plan", "material-file"]),
                ]))
            }
            if manifest.applies(.service) {
                let recording = "/service/materials/screenRecording"
                let recordingDetail = [recording + "/platforms", recording + "/ends"].compactMap { pointer in text(pointer).map { label(pointer) + " " + $0 } }
                var materials = [
                    material(label("/service/materials/applicationForm"), at: "/service/materials/applicationForm",
                             rules: ["required-field", "service-materials", "material-file"]),
                    material(label(recording), at: recording + "/file", judgedAt: recording, detail: recordingDetail.isEmpty ? nil : recordingDetail.joined(separator: " · "),
                             rules: ["screen-recording", "material-file"]),
                ]
                let shots = manifest["/service/materials/screenshots"]?.arrayValue?.count ?? 0
                for index in 0..<shots {
                    materials.append(material(label("/service/materials/screenshots") + " \(index + 1)", at: "/service/materials/screenshots/\(index)", rules: ["material-file"]))
                }
                lists.append(Checklist(title: Target.service.label(language), basis: nil, materials: materials))
            }
            if manifest.applies(.governance) {
                let templates = "/governance/materials/templates"
                let given = manifest[templates]?.arrayValue?.count ?? 0
                // The nine templates a row each (a missing one shows as such), then the list's own count.
                var materials = (0..<max(9, given)).map { index in
                    material(label(templates) + " \(index + 1)", at: templates + "/\(index)", rules: ["governance-templates", "material-file"],
                             requiredWhenAbsent: true)
                }
                materials.append(Material(label: t("模板文件份数", "Number of template files"), pointer: JSONPointer(string: templates)!, exactly: true,
                                          file: nil, typeAndSize: nil, detail: t("已列 \(given) 份，须 9 份不同的文件", "\(given) listed; nine distinct files are required"),
                                          requiredWhenAbsent: false, rules: ["required-field", "governance-templates"]))
                let concurrency = text("/governance/loadTest/concurrency").map { label("/governance/loadTest/concurrency") + " " + $0 }
                materials.append(material(label("/governance/loadTest/report"), at: "/governance/loadTest/report", judgedAt: "/governance/loadTest", detail: concurrency,
                                          rules: ["required-field", "load-test", "material-file"]))
                lists.append(Checklist(title: Target.governance.label(language), basis: nil, materials: materials))
            }
            if manifest.applies(.shanghai) {
                let reports = "/shanghai/reports"
                var materials: [Material] = []
                for key in ["softwareTest", "mlps", "securityTest", "crypto", "integrationConfirmation", "functionalTest"] {
                    let pointer = reports + "/" + key
                    if key == "mlps" {
                        let level = text(pointer + "/level").map { label(pointer + "/level") + " " + $0 }
                        materials.append(material(label(pointer), at: pointer + "/file", judgedAt: pointer, detail: level, rules: ["shanghai-reports", "material-file"]))
                    } else {
                        materials.append(material(label(pointer), at: pointer, rules: ["shanghai-reports", "material-file"]))
                    }
                }
                let basis = ["/shanghai/appType", "/shanghai/stage", "/shanghai/handlesWorkSecrets"].compactMap { pointer in text(pointer).map { label(pointer) + " " + $0 } }
                lists.append(Checklist(title: Target.shanghai.label(language), basis: basis.isEmpty ? nil : basis.joined(separator: " · "), materials: materials))
            }
            let statements = manifest["/waivers"]?.arrayValue?.indices.filter { manifest.string("/waivers/\($0)/statement") != nil } ?? []
            if !statements.isEmpty {
                lists.append(Checklist(title: label("/waivers/0/statement"), basis: nil, materials: statements.map { index in
                    material(label("/waivers/0/statement") + " \(index + 1)", at: "/waivers/\(index)/statement",
                             detail: text("/waivers/\(index)/rule"), rules: ["material-file"])
                }))
            }
            return lists
        }
    }
}
