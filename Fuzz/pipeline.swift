// libFuzzer entry point: arbitrary bytes as a manifest through the whole engine (parse,
// targets, every rule, waivers, sorting) with a folder of small valid files, then the JSON
// and SARIF reporters. Build and run with scripts/fuzz.sh pipeline SECONDS.
import ShangjiaCore
import ShangjiaInspect
import ShangjiaJSON
import ShangjiaReport

/// The folder's files never change, so each path is inspected once (decoding and measuring
/// the icon on every run would cost most of the time). Runs are single-threaded (jobs 1).
final class CachingInspector: FileInspecting, @unchecked Sendable {
    let inner: MemoryFileInspector
    var cache: [String: FileInspection] = [:]

    init(_ inner: MemoryFileInspector) { self.inner = inner }

    func inspect(_ relativePath: String) -> FileInspection {
        if let cached = cache[relativePath] { return cached }
        let inspection = inner.inspect(relativePath)
        if cache.count < 10_000 { cache[relativePath] = inspection }
        return inspection
    }

    /// Kept across runs on purpose: the folder is the same for every input.
    func forgetCache() {}
}

/// The files the samples name, each small and valid, so that seeds reach the file rules.
let folder = CachingInspector({
    let icon180 = SyntheticFiles.png(width: 180, height: 180) { x, y in
        let ring = abs((x - 90) * (x - 90) + (y - 90) * (y - 90) - 60 * 60) < 400
        return ring ? (0, 90, 200, 255) : (255, 255, 255, 0)
    }
    let logo = SyntheticFiles.png(width: 16, height: 16) { _, _ in (0, 90, 200, 255) }
    var files: [String: [UInt8]] = [
        "assets/icon.png": icon180, "icon.png": icon180, "assets/logo.png": logo, "logo.png": logo,
        "assets/icon.jpg": SyntheticFiles.jpeg(width: 180, height: 180),
        "a.pdf": SyntheticFiles.pdf(), "a.docx": SyntheticFiles.docx(), "a.xlsx": SyntheticFiles.xlsx(),
        "a.doc": SyntheticFiles.ole(), "a.mp4": SyntheticFiles.mp4(),
    ]
    // Every file the samples name, so that mutations of the samples stay deep in the rules.
    let materials = ["上架申请材料.pdf", "压测报告.pdf", "建设方案.pdf", "录屏.mp4", "情况说明.pdf", "截图1.png",
                     "等保测评报告.pdf", "软件测试报告.pdf",
                     "模板/应用上架申请表.docx", "模板/应用功能清单.xlsx", "模板/应用安全承诺书.pdf", "模板/应用接入说明.pdf",
                     "模板/应用操作手册.docx", "模板/数据资源清单.xlsx", "模板/测试报告.pdf", "模板/等保测评报告.pdf",
                     "模板/运维保障方案.docx"]
    for name in materials {
        let content: [UInt8]
        switch name.split(separator: ".").last ?? "" {
        case "mp4": content = SyntheticFiles.mp4()
        case "png": content = logo
        case "docx": content = SyntheticFiles.docx()
        case "xlsx": content = SyntheticFiles.xlsx()
        default: content = SyntheticFiles.pdf()
        }
        files["materials/" + name] = content
    }
    files["assets/icon-big.png"] = SyntheticFiles.png(width: 181, height: 181) { _, _ in (0, 90, 200, 255) }
    return MemoryFileInspector(files: files)
}())

let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!))
let linterEnglish = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, language: .en))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    // Two manifests with the same bytes also exercise the cross-manifest rules (app-id-unique).
    let inputs = [LintInput(file: "a/manifest.json", bytes: bytes, files: folder),
                  LintInput(file: "b/manifest.json", bytes: bytes, files: folder)]
    let english = size % 2 == 1
    let report = (english ? linterEnglish : linter).lint(inputs)
    let settings = ReportSettings(language: english ? .en : .zh)
    let json = JSONReporter().render(report, settings: settings)
    let sarif = SARIFReporter().render(report, settings: settings)
    // Both reports must be valid JSON whatever the manifest holds.
    if case .failure(let error) = JSONParser.parse(Array(json.utf8)) { fatalError("JSON report is not JSON: \(error)") }
    if case .failure(let error) = JSONParser.parse(Array(sarif.utf8)) { fatalError("SARIF report is not JSON: \(error)") }
    return 0
}
