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
        manifest.forEachCatalogString { string, field in
            guard string.format == .file, Image.hasImageExtension(string.text) else { return }
            let pointer = string.pointer
            images.append(Image(pointer: pointer.description, fieldPointer: (string.inList ? pointer.parent! : pointer).description,
                                file: string.text, label: field.label(language), inList: string.inList))
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

        func label(_ pointer: JSONPointer) -> String {
            FieldCatalog.field(at: pointer)?.label(language) ?? pointer.description
        }

        /// A field's value as text: lists joined, booleans 是/否; nil when empty.
        func text(_ pointer: JSONPointer) -> String? {
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
        func joined(_ pointers: [JSONPointer]) -> String? {
            let parts = pointers.compactMap(text)
            return parts.isEmpty ? nil : parts.joined(separator: " · ")
        }

        func facts() -> [Fact] {
            var facts: [Fact] = []
            func add(_ label: String, _ value: String?) { if let value { facts.append(Fact(label: label, value: value)) } }
            add(label(.applicationName), text(.applicationName))
            add(label(.applicationOwnerUnit), text(.applicationOwnerUnit))
            add(label(.applicationLevel) + " · " + label(.applicationRegion), joined([.applicationLevel, .applicationRegion]))
            let dates = [.applicationPlannedLaunchDate, .applicationLaunchDate, .applicationRetiredDate].compactMap { pointer in
                text(pointer).map { label(pointer) + " " + $0 }
            }
            add(label(.applicationStatus), text(.applicationStatus).map { dates.isEmpty ? $0 : $0 + "（" + dates.joined(separator: "，") + "）" })
            add(label(.developerName), joined([.developerName, .developerCreditCode]))
            let contacts = manifest[.developerContacts]?.arrayValue?.compactMap { contact -> String? in
                let parts = ["name", "phone"].compactMap { contact[$0]?.stringValue }
                return parts.isEmpty ? nil : parts.joined(separator: " ")
            } ?? []
            add(label(.developerContacts), contacts.isEmpty ? nil : contacts.joined(separator: language == .zh ? "；" : "; "))
            for target in [Target.service, .governance] where manifest.applies(target) {
                let service = target == .service
                let (channels, releaseType) = service ? (JSONPointer.serviceChannels, JSONPointer.serviceReleaseType) : (.governanceChannels, .governanceReleaseType)
                add(target.label(language) + " " + label(channels) + " · " + label(releaseType), joined([channels, releaseType]))
                let addresses: [JSONPointer] = service ? [.serviceMobileUrl, .servicePcUrl, .serviceHealthUrl, .serviceTestUrl]
                    : [.governanceMobileUrl, .governancePcUrl, .governanceHealthUrl]
                for address in addresses { add(target.label(language) + " " + label(address), text(address)) }
            }
            add(label(.governanceAppId), text(.governanceAppId))
            add(label(.governanceEgressIps), text(.governanceEgressIps))
            if manifest.applies(.shanghai) {
                add(label(.shanghaiAppType) + " · " + label(.shanghaiStage), joined([.shanghaiAppType, .shanghaiStage]))
                for address in [JSONPointer.shanghaiHomeUrl, .shanghaiHealthUrl] { add(Target.shanghai.label(language) + " " + label(address), text(address)) }
            }
            return facts
        }

        /// The file at `pointer`, judged by the findings at or below `judgedAt` (default: the file's own pointer).
        func material(_ label: String, at pointer: JSONPointer, judgedAt: JSONPointer? = nil, detail: String? = nil, rules: [String],
                      requiredWhenAbsent: Bool = false) -> Material {
            let file = manifest.string(pointer).flatMap { $0.isBlank ? nil : $0 }
            let typeAndSize = file.flatMap { file in files.map { FileDescription.typeAndSize($0.inspect(file), language) } }
            return Material(label: label, pointer: judgedAt ?? pointer, exactly: false, file: file,
                            typeAndSize: typeAndSize, detail: detail, requiredWhenAbsent: requiredWhenAbsent, rules: rules)
        }

        func checklists() -> [Checklist] {
            var lists: [Checklist] = []
            if manifest.applies(.application) {
                lists.append(Checklist(title: Target.application.label(language), basis: nil, materials: [
                    material(label(.applicationConstructionPlan), at: .applicationConstructionPlan,
                             rules: ["required-field", "construction-plan", "material-file"]),
                ]))
            }
            if manifest.applies(.service) {
                let recording = JSONPointer.serviceMaterialsScreenRecording
                let recordingDetail = [JSONPointer.serviceMaterialsScreenRecordingPlatforms, .serviceMaterialsScreenRecordingEnds].compactMap { pointer in text(pointer).map { label(pointer) + " " + $0 } }
                var materials = [
                    material(label(.serviceMaterialsApplicationForm), at: .serviceMaterialsApplicationForm,
                             rules: ["required-field", "service-materials", "material-file"]),
                    material(label(recording), at: .serviceMaterialsScreenRecordingFile, judgedAt: recording, detail: recordingDetail.isEmpty ? nil : recordingDetail.joined(separator: " · "),
                             rules: ["screen-recording", "material-file"]),
                ]
                let shots = manifest[.serviceMaterialsScreenshots]?.arrayValue?.count ?? 0
                for index in 0..<shots {
                    materials.append(material(label(.serviceMaterialsScreenshots) + " \(index + 1)", at: .serviceMaterialsScreenshots.appending(index), rules: ["material-file"]))
                }
                lists.append(Checklist(title: Target.service.label(language), basis: nil, materials: materials))
            }
            if manifest.applies(.governance) {
                let templates = JSONPointer.governanceMaterialsTemplates
                let given = manifest[templates]?.arrayValue?.count ?? 0
                // The nine templates a row each (a missing one shows as such), then the list's own count.
                var materials = (0..<max(9, given)).map { index in
                    material(label(templates) + " \(index + 1)", at: templates.appending(index), rules: ["governance-templates", "material-file"],
                             requiredWhenAbsent: true)
                }
                materials.append(Material(label: t("模板文件份数", "Number of template files"), pointer: templates, exactly: true,
                                          file: nil, typeAndSize: nil, detail: t("已列 \(given) 份，须 9 份不同的文件", "\(given) listed; nine distinct files are required"),
                                          requiredWhenAbsent: false, rules: ["required-field", "governance-templates"]))
                let concurrency = text(.governanceLoadTestConcurrency).map { label(.governanceLoadTestConcurrency) + " " + $0 }
                materials.append(material(label(.governanceLoadTestReport), at: .governanceLoadTestReport, judgedAt: .governanceLoadTest, detail: concurrency,
                                          rules: ["required-field", "load-test", "material-file"]))
                lists.append(Checklist(title: Target.governance.label(language), basis: nil, materials: materials))
            }
            if manifest.applies(.shanghai) {
                var materials: [Material] = []
                for pointer in [JSONPointer.shanghaiReportsSoftwareTest, .shanghaiReportsMlps, .shanghaiReportsSecurityTest, .shanghaiReportsCrypto,
                                .shanghaiReportsIntegrationConfirmation, .shanghaiReportsFunctionalTest] {
                    if pointer == .shanghaiReportsMlps {
                        let level = text(.shanghaiReportsMlpsLevel).map { label(.shanghaiReportsMlpsLevel) + " " + $0 }
                        materials.append(material(label(pointer), at: .shanghaiReportsMlpsFile, judgedAt: pointer, detail: level, rules: ["shanghai-reports", "material-file"]))
                    } else {
                        materials.append(material(label(pointer), at: pointer, rules: ["shanghai-reports", "material-file"]))
                    }
                }
                let basis = [.shanghaiAppType, .shanghaiStage, .shanghaiHandlesWorkSecrets].compactMap { pointer in text(pointer).map { label(pointer) + " " + $0 } }
                lists.append(Checklist(title: Target.shanghai.label(language), basis: basis.isEmpty ? nil : basis.joined(separator: " · "), materials: materials))
            }
            let statements = manifest[.waivers]?.arrayValue?.indices.filter { manifest.string(.waiversStatement($0)) != nil } ?? []
            if !statements.isEmpty {
                lists.append(Checklist(title: label(.waiversStatement(0)), basis: nil, materials: statements.map { index in
                    material(label(.waiversStatement(0)) + " \(index + 1)", at: .waiversStatement(index),
                             detail: text(.waiversRule(index)), rules: ["material-file"])
                }))
            }
            return lists
        }
    }
}
