import ShangjiaInspect

struct MaterialFile: Rule {
    static let description = RuleDescription(
        id: "material-file",
        title: Text(zh: "引用的文件存在且可用", en: "Referenced files exist and are usable"),
        severity: .error, targets: [], source: nil,
        rationale: Text(zh: "清单引用的每个文件（图标、建设方案、上架材料、模板、截图、报告、情况说明）都要上传：它必须存在，是清单所在文件夹内的普通文件（不能用 .. 或符号链接跳出，不能是目录、设备或管道），不为空，且内容与扩展名相符（pdf、doc、docx、xls、xlsx、png、jpg、jpeg、mp4、mov）。",
                        en: "Every file the manifest names (icons, construction plan, listing materials, templates, screenshots, reports, statements) will be uploaded: it must exist, be a regular file inside the manifest's folder (no escape by .. or a symlink, no directory, device or FIFO), not be empty, and have content matching its extension (pdf, doc, docx, xls, xlsx, png, jpg, jpeg, mp4, mov)."),
        nonTriggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png", "materials": {"applicationForm": "./materials/../materials/申请.PDF", "screenshots": ["assets/icon.png"]}}}"#,
                        files: ["assets/icon.png": ExampleFiles.lineIcon, "materials/申请.PDF": ExampleFiles.pdf]),
        ],
        triggeringExamples: [
            RuleExample(#"{"service": {"icon": "assets/icon.png", "materials": {"applicationForm": "materials/申请.docx", "screenshots": ["../shot.png", "materials/shot.gif"]}}}"#,
                        files: ["materials/申请.docx": ExampleFiles.lineIcon, "materials/shot.gif": ExampleFiles.lineIcon],
                        at: ["/service/icon", "/service/materials/applicationForm", "/service/materials/screenshots/0", "/service/materials/screenshots/1"]),
        ])

    /// The extensions of the spec's "Content by extension" table, for messages.
    static let knownExtensions = ["pdf", "doc", "docx", "xls", "xlsx", "png", "jpg", "jpeg", "mp4", "mov"]

    func check(_ context: RuleContext) -> [Finding] {
        context.fileReferences.compactMap { reference in
            let file = context.files.inspect(reference.path)
            guard let problem = self.problem(with: file, path: reference.path) else { return nil }
            return context.finding(at: reference.pointer,
                zh: "\(context.name(reference.pointer)) \(reference.path) \(problem.message.zh)",
                en: "\(context.name(reference.pointer)) \(reference.path) \(problem.message.en)",
                hint: problem.hint, related: [.file(reference.path)])
        }
    }

    private func problem(with file: FileInspection, path: String) -> (message: Text, hint: Text)? {
        let folderHint = Text(zh: "把文件放进清单所在的文件夹，并写相对于该文件夹的路径", en: "put the file inside the manifest's folder and give its path relative to that folder")
        switch file.problem {
        case .missing:
            return (Text(zh: "不存在", en: "does not exist"), Self.separatorHint(path)
                ?? Text(zh: "检查路径和文件名（区分大小写）", en: "check the path and the file name (case matters)"))
        case .escapesFolder:
            return (Text(zh: "在清单所在文件夹之外（绝对路径或 .. 跳出）", en: "is outside the manifest's folder (an absolute path or a .. escape)"), folderHint)
        case .symlinkOutside:
            return (Text(zh: "是指向清单所在文件夹之外的符号链接", en: "is a symlink leading outside the manifest's folder"), folderHint)
        case .notRegular(let kind):
            return (Text(zh: "不是普通文件，而是\(Self.chineseName(ofKind: kind))", en: "is not a regular file but a \(kind)"),
                    Text(zh: "指向要上传的文件本身", en: "name the file to upload itself"))
        case .empty:
            return (Text(zh: "是空文件（0 字节）", en: "is empty (0 bytes)"), Text(zh: "重新导出或拷贝该文件", en: "export or copy the file again"))
        case .unreadable(let reason):
            return (Text(zh: "无法读取：\(reason)", en: "cannot be read: \(reason)"), Text(zh: "检查文件权限", en: "check the file's permissions"))
        case nil:
            break
        }
        switch file.contentMatchesExtension() {
        case true?:
            return nil
        case false?:
            return (Text(zh: "实际是 \(file.contentName.zh)，与扩展名 .\(file.fileExtension) 不符", en: "is \(file.contentName.en), which does not match its extension .\(file.fileExtension)"),
                    Text(zh: "上传真正的 .\(file.fileExtension) 文件，或把扩展名改成与文件格式相符", en: "upload a real .\(file.fileExtension) file, or give it the extension of its format"))
        case nil:
            let written = file.fileExtension.isEmpty ? Text(zh: "没有扩展名", en: "has no extension")
                : Text(zh: "的扩展名 .\(file.fileExtension) 不被接受", en: "has the extension .\(file.fileExtension), which is not accepted")
            let known = Self.knownExtensions.joined(separator: ", ")
            return (written, Text(zh: "使用以下格式之一：\(known)", en: "use one of: \(known)"))
        }
    }

    /// A Windows path: `\` is no separator here, and in JSON it starts an escape (`\n` in
    /// `"materials\new.pdf"` became a line break).
    static func separatorHint(_ path: String) -> Text? {
        if path.contains("\\") {
            let fixed = String(path.map { $0 == "\\" ? "/" : $0 })
            return Text(zh: "路径用 “/” 分隔，不用 “\\”：写作 “\(fixed)”", en: "separate folders with “/”, not “\\”: write “\(fixed)”")
        }
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return nil }
        return Text(zh: "路径中有控制字符：JSON 把 “\\n”、“\\t” 等读作转义；路径用 “/” 分隔", en: "the path holds a control character: JSON reads “\\n”, “\\t” and the like as escapes; separate folders with “/”")
    }

    /// The inspector names a non-regular file in English ("directory", "FIFO", …).
    private static func chineseName(ofKind kind: String) -> String {
        switch kind {
        case "directory": "目录"
        case "FIFO": "命名管道（FIFO）"
        case "character device": "字符设备"
        case "block device": "块设备"
        case "socket": "套接字"
        default: "特殊文件（\(kind)）"
        }
    }
}
