import Foundation
import XCTest

/// `shangjia statement`: the DOCX is a valid ZIP of well-formed Office Open XML parts that
/// say what the waivers say. Python's zipfile (which checks every CRC-32) and minidom read it.
final class StatementCommandTests: XCTestCase {
    static let sample = "samples/waived-line-style/manifest.json"

    private func statement(_ options: [String], manifest: String = sample) throws -> (CommandResult, URL) {
        let output = Harness.temporaryFolder().appendingPathComponent("情况说明.docx")
        return (Harness.run(["statement", "--today", "2026-11-23", "--output", output.path] + options + [manifest]), output)
    }

    /// Each part's name, and the text of its XML (w:t runs joined by paragraph) as Python reads it.
    private func unpack(_ docx: URL) throws -> [String: String] {
        let script = """
            import json, sys, zipfile, xml.dom.minidom as dom
            archive = zipfile.ZipFile(sys.argv[1])
            assert archive.testzip() is None, "a CRC-32 does not match"
            parts = {}
            for name in archive.namelist():
                tree = dom.parseString(archive.read(name))
                paragraphs = tree.getElementsByTagName("w:p")
                if paragraphs:
                    parts[name] = "\\n".join("".join(t.firstChild.data if t.firstChild else "" for t in p.getElementsByTagName("w:t")) for p in paragraphs)
                else:
                    parts[name] = tree.toxml()
            print(json.dumps(parts))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, docx.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "python could not read the DOCX")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: String])
    }

    func testStatementSaysWhatTheWaiversSay() throws {
        let (result, output) = try statement([])
        XCTAssertEqual(result.status, 0, result.stderr)
        let parts = try unpack(output)
        XCTAssertEqual(Set(parts.keys), ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                                         "word/styles.xml", "word/fontTable.xml"])
        let paragraphs = try XCTUnwrap(parts["word/document.xml"]).components(separatedBy: "\n")
        XCTAssertEqual(paragraphs.first, "关于杭州市“浙里办”医保服务在“浙里办”上架有关问题的情况说明")
        XCTAssertEqual(paragraphs[1], "浙江省大数据发展管理局：", "the 浙里办 default addressee")
        let item = try XCTUnwrap(paragraphs.first { $0.hasPrefix("一、") })
        XCTAssertTrue(item.contains("服务图标为线性图标"), "the rule's title: \(item)")
        XCTAssertTrue(item.contains("面性"), "the waived finding's message: \(item)")
        XCTAssertTrue(item.contains("图标沿用省级统一视觉规范，已与省大数据局确认"), "the waiver's reason: \(item)")
        XCTAssertFalse(paragraphs.contains { $0.hasPrefix("二、") }, "one waiver, one numbered paragraph")
        XCTAssertTrue(paragraphs.contains { $0.contains("风险") && $0.contains("承担") }, "the unit accepts the risk")
        XCTAssertEqual(Array(paragraphs.suffix(2)), ["杭州市医疗保障局", "2026年11月23日"])
        let layout = try XCTUnwrap(parts["word/styles.xml"])
        XCTAssertTrue(layout.contains("w:eastAsia=\"仿宋\"") && layout.contains("w:eastAsia=\"黑体\""), "body in 仿宋, title in 黑体")
        XCTAssertTrue(try XCTUnwrap(parts["word/fontTable.xml"]).contains("FangSong"), "a fallback name for 仿宋")
    }

    func testPageIsA4WithGovernmentMargins() throws {
        let (_, output) = try statement([])
        let script = "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, output.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let xml = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4 in twips")
        XCTAssertTrue(xml.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""), "37/26/35/28 mm")
    }

    func testSameManifestGivesTheSameBytes() throws {
        let first = try Data(contentsOf: try statement([]).1)
        let second = try Data(contentsOf: try statement([]).1)
        XCTAssertEqual(first, second)
        XCTAssertEqual(Array(first.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP local header")
    }

    func testAddresseeDateAndLanguageFollowTheOptions() throws {
        let (result, output) = try statement(["--to", "杭州市数据资源管理局", "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = try XCTUnwrap(try unpack(output)["word/document.xml"])
        XCTAssertTrue(text.contains("To 杭州市数据资源管理局:"), text)
        XCTAssertTrue(text.contains("1. “The service icon is a line icon” is not fully met."), text)
        XCTAssertTrue(text.hasSuffix("23 November 2026"), text)
    }

    func testShanghaiStatementWithAWaiverThatMatchesNothing() throws {
        let folder = Harness.temporaryFolder()
        let source = URL(fileURLWithPath: Harness.packageRoot + "/samples/clean-shanghai")
        for item in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        let path = folder.appendingPathComponent("manifest.json")
        var manifest = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any])
        manifest["waivers"] = [["rule": "shanghai-tls", "path": "/shanghai/tlsVersions", "reason": "旧版网关年底下线"]]
        try JSONSerialization.data(withJSONObject: manifest).write(to: path)
        let (result, output) = try statement([], manifest: path.path)
        XCTAssertEqual(result.status, 0, result.stderr)
        let paragraphs = try XCTUnwrap(try unpack(output)["word/document.xml"]).components(separatedBy: "\n")
        XCTAssertEqual(paragraphs[1], "上海市大数据中心：", "the 一网协同 default addressee")
        XCTAssertTrue(paragraphs[0].contains("“一网协同”"), paragraphs[0])
        let item = try XCTUnwrap(paragraphs.first { $0.hasPrefix("一、") })
        XCTAssertTrue(item.contains("本次检查未发现此问题") && item.contains("旧版网关年底下线"), item)
        XCTAssertEqual(paragraphs.suffix(2).first, "（业主单位）", "a 一网协同 manifest names no owner unit: a blank to fill in")
    }

    func testManifestWithoutWaiversIsAUsageError() throws {
        let (result, output) = try statement([], manifest: "samples/clean-service/manifest.json")
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("没有写明规则和理由的豁免"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing is written")
        XCTAssertEqual(Harness.run(["statement", "--bogus", Self.sample]).status, 2)
        XCTAssertTrue(Harness.run(["statement", "--lang", "en", Harness.packageRoot + "/samples/clean-service/manifest.json"]).stderr.contains("no waiver"))
        XCTAssertEqual(Harness.run(["statement"]).status, 2)
    }
}
