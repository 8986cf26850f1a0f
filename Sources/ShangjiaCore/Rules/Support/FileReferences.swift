import ShangjiaInspect
import ShangjiaJSON

// The files a manifest names and how the file rules look at them. Only material-file reports a
// file that cannot be used (missing, outside the folder, not regular, empty, unreadable); every
// other file rule skips such a file, as it skips a missing or mistyped value.

/// A manifest value naming a file to upload.
struct FileReference: Sendable {
    let pointer: JSONPointer
    let path: String
}

/// What several rules read of one manifest, worked out once by the engine and handed to each in
/// its `RuleContext`: rule support, not part of the manifest model.
struct ManifestReadings: Sendable {
    /// The written addresses, parsed (url-valid, url-https, url-public-host, load-test,
    /// monitoring-pages, the online rules and the prober's prefetch).
    let addresses: ManifestAddresses
    /// Every string the field catalog describes, with its field (material-file, placeholder-value):
    /// the walk is the costliest part of both, so it is made once.
    let catalogStrings: [(string: CatalogString, field: Field)]

    init(_ manifest: Manifest) {
        addresses = ManifestAddresses(manifest)
        var strings: [(string: CatalogString, field: Field)] = []
        manifest.forEachCatalogString { strings.append(($0, $1)) }
        catalogStrings = strings
    }
}

extension RuleContext {
    /// Every file the manifest names, in field-catalog order: each string the field catalog marks as a
    /// file (icons, 建设方案, materials, templates, screenshots, the load-test report, 一网协同
    /// reports, waiver statements), within the sections whose target applies and the waivers.
    /// Missing, mistyped and blank values are left to required-field and manifest-field-type.
    var fileReferences: [FileReference] {
        readings.catalogStrings.compactMap { string, _ in
            string.format == .file && !string.text.isBlank ? FileReference(pointer: string.pointer, path: string.text) : nil
        }
    }
}

/// The image fields: 服务侧 and 治理侧 图标 and the 一网协同 应用 logo.
struct IconField: Sendable {
    let target: Target
    let pointer: JSONPointer

    static let all = [
        IconField(target: .service, pointer: .serviceIcon),
        IconField(target: .governance, pointer: .governanceIcon),
        IconField(target: .shanghai, pointer: .shanghaiLogo),
    ]
}

/// An icon to judge: where the manifest names it, and the file.
struct Icon {
    let field: IconField
    let file: FileInspection
    var pointer: JSONPointer { field.pointer }
}

extension RuleContext {
    /// The file named by the string at `pointer`, when there is one to judge: nil for a missing,
    /// mistyped or blank value and for a file that cannot be used.
    func usableFile(at pointer: JSONPointer) -> FileInspection? {
        guard let path = manifest[pointer]?.stringValue, !path.isBlank else { return nil }
        let file = files.inspect(path)
        return file.problem == nil ? file : nil
    }

    /// The usable icons of the applying sections among `targets`. The same file named by two
    /// sections is returned for each, so each pointer gets its own finding. (An array, not a Set: the
    /// first Set of a type costs start-up, a search of the program's conformances.)
    func icons(of targets: [Target]) -> [Icon] {
        IconField.all.compactMap { field in
            guard targets.contains(field.target), manifest.applies(field.target),
                  let file = usableFile(at: field.pointer) else { return nil }
            return Icon(field: field, file: file)
        }
    }

    /// A finding about a referenced file: at the pointer that names it, with the file related.
    func finding(at pointer: JSONPointer, about file: FileInspection, zh: @autoclosure () -> String, en: @autoclosure () -> String,
                 hint: Text? = nil, severity: Severity? = nil) -> Finding {
        finding(at: pointer, zh: zh(), en: en(), hint: hint, severity: severity, related: [.file(file.path)])
    }

    func finding(at pointer: JSONPointer, about file: FileInspection, _ message: Text, hint: Text? = nil, severity: Severity? = nil) -> Finding {
        finding(at: pointer, about: file, zh: message.zh, en: message.en, hint: hint, severity: severity)
    }

    /// A finding when the usable file at `pointer` is not one of `allowed` by content; nil when it
    /// is, or when there is no usable file to judge.
    func documentFinding(at pointer: JSONPointer, allowed: [DocumentKind], hint: Text) -> Finding? {
        guard let file = usableFile(at: pointer), !file.isDocument(of: allowed) else { return nil }
        let kinds = DocumentKind.list(allowed)
        return finding(at: pointer, about: file,
            zh: "\(name(pointer)) \(file.path) 不是 \(kinds.zh) 文档，实际是 \(file.contentName.zh)",
            en: "\(name(pointer)) \(file.path) is not a \(kinds.en) document: it is \(file.contentName.en)",
            hint: hint)
    }
}

/// The document formats a portal accepts for an upload.
enum DocumentKind: String, Sendable {
    case pdf, doc, docx, xls, xlsx

    /// "pdf、doc 或 docx" / "pdf, doc or docx".
    static func list(_ kinds: [DocumentKind]) -> Text {
        let names = kinds.map(\.rawValue)
        guard names.count > 1 else { return Text(zh: names.joined(), en: names.joined()) }
        let head = names.dropLast(), last = names.last!
        return Text(zh: head.joined(separator: "、") + " 或 " + last, en: head.joined(separator: ", ") + " or " + last)
    }
}

extension FileInspection {
    /// Whether the content is one of `kinds`. doc and xls are both OLE compound files, which the
    /// content cannot tell apart; an extension of doc or xls decides, any other accepts either.
    func isDocument(of kinds: [DocumentKind]) -> Bool {
        switch content {
        case .pdf: return kinds.contains(.pdf)
        case .docx: return kinds.contains(.docx)
        case .xlsx: return kinds.contains(.xlsx)
        case .ole:
            switch fileExtension {
            case "doc": return kinds.contains(.doc)
            case "xls": return kinds.contains(.xls)
            default: return kinds.contains(.doc) || kinds.contains(.xls)
            }
        case .zip, .mp4, .png, .jpeg, .unknown: return false
        }
    }
}

extension FileInspection {
    /// What the bytes are, for messages (“实际是 PNG 图片”); an OLE file is named by its
    /// extension when that says doc or xls.
    var contentName: Text {
        if let recognized { return recognized.name }
        return switch content {
        case .pdf: Text(zh: "PDF 文档", en: "a PDF document")
        case .docx: Text(zh: "Word 文档（docx）", en: "a Word document (docx)")
        case .xlsx: Text(zh: "Excel 表格（xlsx）", en: "an Excel workbook (xlsx)")
        case .ole where fileExtension == "doc": Text(zh: "Word 97–2003 文档（doc）", en: "a Word 97–2003 document (doc)")
        case .ole where fileExtension == "xls": Text(zh: "Excel 97–2003 表格（xls）", en: "an Excel 97–2003 workbook (xls)")
        case .ole: Text(zh: "Office 97–2003 文件（doc 或 xls）", en: "an Office 97–2003 file (doc or xls)")
        case .zip: Text(zh: "普通 ZIP 压缩包", en: "a plain ZIP archive")
        case .mp4: Text(zh: "MP4/MOV 视频", en: "an MP4/MOV video")
        case .png: Text(zh: "PNG 图片", en: "a PNG image")
        case .jpeg: Text(zh: "JPEG 图片", en: "a JPEG image")
        case .unknown: Text(zh: "无法识别格式的文件", en: "a file of no recognized format")
        }
    }
}

extension RecognizedFormat {
    var name: Text {
        switch self {
        case .rtf: Text(zh: "RTF 文档", en: "an RTF document")
        case .html: Text(zh: "HTML 网页", en: "an HTML page")
        case .csv: Text(zh: "CSV 表格（纯文本）", en: "a CSV table (plain text)")
        case .webp: Text(zh: "WebP 图片", en: "a WebP image")
        case .gif: Text(zh: "GIF 图片", en: "a GIF image")
        case .matroska: Text(zh: "Matroska/WebM 视频", en: "a Matroska/WebM video")
        case .avi: Text(zh: "AVI 视频", en: "an AVI video")
        case .openDocument: Text(zh: "OpenDocument 文件（odt、ods 或 odp）", en: "an OpenDocument file (odt, ods or odp)")
        case .powerPoint: Text(zh: "PowerPoint 演示文稿（pptx）", en: "a PowerPoint file (pptx)")
        case .appleCgBI: Text(zh: "苹果 CgBI 格式的 PNG（经 Xcode 改写，不是标准 PNG）", en: "an Apple CgBI PNG (rewritten by Xcode, not a standard PNG)")
        }
    }
}

/// 122,880 B: sizes in messages, with thousands separators.
func byteCount(_ bytes: some BinaryInteger) -> String {
    var digits = String(bytes)
    var index = digits.endIndex
    while digits.distance(from: digits.startIndex, to: index) > 3 {
        index = digits.index(index, offsetBy: -3)
        digits.insert(",", at: index)
    }
    return digits + " B"
}
