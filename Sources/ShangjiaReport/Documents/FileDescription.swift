import ShangjiaCore
import ShangjiaInspect

/// How documents for people describe a referenced file: its type by content (not by name) and size.
enum FileDescription {
    /// "PDF · 12 KB (12,345 B)", "PNG 180×180 · 9 KB (9,312 B)", or why the file cannot be read.
    static func typeAndSize(_ inspection: FileInspection, _ language: Language) -> String {
        if let problem = inspection.problem { return self.problem(problem)(language) }
        return type(inspection, language) + " · " + size(inspection.size)
    }

    static func type(_ inspection: FileInspection, _ language: Language) -> String {
        switch inspection.content {
        case .pdf: "PDF"
        case .docx: "DOCX"
        case .xlsx: "XLSX"
        case .zip: "ZIP"
        case .ole: "DOC/XLS (OLE)"
        case .mp4: "MP4"
        case .png, .jpeg: inspection.image.map { "\($0.format.rawValue.uppercased()) \($0.width)×\($0.height)" } ?? inspection.content.rawValue.uppercased()
        case .unknown: Text(zh: "无法识别的格式", en: "unrecognised format")(language)
        }
    }

    static func problem(_ problem: FileAccessProblem) -> Text {
        switch problem {
        case .missing: Text(zh: "文件不存在", en: "file not found")
        case .escapesFolder: Text(zh: "在清单目录之外", en: "outside the manifest's folder")
        case .symlinkOutside: Text(zh: "链接指向清单目录之外", en: "links outside the manifest's folder")
        case .notRegular(let kind): Text(zh: "不是普通文件（\(kind)）", en: "not a regular file (\(kind))")
        case .empty: Text(zh: "空文件", en: "empty file")
        case .unreadable(let reason): Text(zh: "无法读取：\(reason)", en: "unreadable: \(reason)")
        }
    }

    /// "512 B", "12 KB (12,345 B)": KB for reading, the exact bytes for limits like 120 KB.
    static func size<Integer: BinaryInteger>(_ bytes: Integer) -> String {
        bytes < 1024 ? "\(bytes) B" : "\(bytes / 1024) KB (\(grouped(Int(bytes))) B)"
    }

    private static func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
