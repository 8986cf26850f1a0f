import Foundation
import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

/// Boundaries of the icon and material rules.
final class FileRuleTests: XCTestCase {
    /// Serves fixed inspections, for states memory files cannot express (a directory, a 100 MB file).
    private struct FixedInspector: FileInspecting {
        let inspections: [String: FileInspection]

        func inspect(_ relativePath: String) -> FileInspection {
            inspections[relativePath] ?? FileInspection(path: relativePath, problem: .missing)
        }

        func forgetCache() {}
    }

    private static let line180 = ExampleFiles.ring(size: 180)
    private static let serviceAndGovernance = #"{"service": {"icon": "assets/icon.png"}, "governance": {"icon": "assets/icon.png"}}"#

    // MARK: icon-dimensions

    func testDimensions180Passes181FailsAtBothPointers() {
        XCTAssertEqual(findings("icon-dimensions", Self.serviceAndGovernance, files: ["assets/icon.png": Self.line180]).count, 0)
        let fired = findings("icon-dimensions", Self.serviceAndGovernance, files: ["assets/icon.png": ExampleFiles.ring(size: 181)])
        XCTAssertEqual(paths(fired), ["/governance/icon", "/service/icon"])
        XCTAssertTrue(fired.allSatisfy { $0.severity == .error && $0.related == [.file("assets/icon.png")] })
        XCTAssertTrue(fired[0].message.contains("181×181"), fired[0].message)
        let wide = SyntheticFiles.png(width: 180, height: 179) { _, _ in ExampleFiles.ink }
        XCTAssertEqual(findings("icon-dimensions", #"{"governance": {"icon": "i.png"}}"#, files: ["i.png": wide]).count, 1)
    }

    func testShanghaiLogoSizeIsAWarning() {
        let logo = #"{"shanghai": {"logo": "logo.jpg"}}"#
        XCTAssertEqual(findings("icon-dimensions", logo, files: ["logo.jpg": SyntheticFiles.jpeg(width: 750, height: 750)]).count, 0)
        let fired = findings("icon-dimensions", logo, files: ["logo.jpg": SyntheticFiles.jpeg(width: 751, height: 750)])
        XCTAssertEqual(fired.map(\.severity), [.warning])
    }

    // MARK: icon-file-size

    func testFileSizeLimitAndWarningBand() {
        func fired(_ size: Int) -> [Finding] {
            findings("icon-file-size", #"{"service": {"icon": "i.png"}}"#, files: ["i.png": ExampleFiles.padded(Self.line180, to: size)])
        }
        XCTAssertEqual(fired(120_000).count, 0)
        XCTAssertEqual(fired(120_001).map(\.severity), [.warning])
        XCTAssertEqual(fired(122_880).map(\.severity), [.warning])
        let over = fired(122_881)
        XCTAssertEqual(over.map(\.severity), [.error])
        XCTAssertTrue(over[0].message.contains("122,881 B") && over[0].message.contains("122,880 B"), over[0].message)
    }

    func testShanghaiLogoFileSizeIsAWarningOver1MiB() {
        let logo = #"{"shanghai": {"logo": "logo.png"}}"#
        let small = ExampleFiles.roundedSquare(size: 16, radius: 4)
        XCTAssertEqual(findings("icon-file-size", logo, files: ["logo.png": ExampleFiles.padded(small, to: 1_048_576)]).count, 0)
        XCTAssertEqual(findings("icon-file-size", logo, files: ["logo.png": ExampleFiles.padded(small, to: 1_048_577)]).map(\.severity), [.warning])
    }

    // MARK: icon-format

    func testJPEGRenamedPNG() {
        let jpeg = SyntheticFiles.jpeg(width: 180, height: 180)
        let fired = findings("icon-format", Self.serviceAndGovernance, files: ["assets/icon.png": jpeg], language: .en)
        XCTAssertEqual(paths(fired), ["/governance/icon", "/service/icon"])
        XCTAssertTrue(fired[0].message.contains("JPEG") && fired[0].message.contains("PNG"), fired[0].message)
        // A linked legacy service may use JPG, but the extension must then say so.
        let legacy = #"{"service": {"legacyLink": true, "icon": "assets/icon.png"}}"#
        let misnamed = findings("icon-format", legacy, files: ["assets/icon.png": jpeg], language: .en)
        XCTAssertEqual(misnamed.count, 1)
        XCTAssertTrue(misnamed[0].message.contains(".png"), misnamed[0].message)
        XCTAssertEqual(findings("icon-format", #"{"service": {"legacyLink": true, "icon": "assets/icon.JPG"}}"#, files: ["assets/icon.JPG": jpeg]).count, 0)
        XCTAssertEqual(findings("icon-format", #"{"service": {"legacyLink": false, "icon": "assets/icon.jpg"}}"#, files: ["assets/icon.jpg": jpeg]).count, 1)
    }

    func testShanghaiLogoAcceptsJPGButNotAPDF() {
        XCTAssertEqual(findings("icon-format", #"{"shanghai": {"logo": "l.jpeg"}}"#, files: ["l.jpeg": SyntheticFiles.jpeg(width: 8, height: 8)]).count, 0)
        XCTAssertEqual(findings("icon-format", #"{"shanghai": {"logo": "l.png"}}"#, files: ["l.png": SyntheticFiles.pdf()]).count, 1)
    }

    // MARK: icon-integrity

    func testTruncatedPNG() {
        let truncated = Array(Self.line180.prefix(Self.line180.count - 40))
        let fired = findings("icon-integrity", Self.serviceAndGovernance, files: ["assets/icon.png": truncated])
        XCTAssertEqual(paths(fired), ["/governance/icon", "/service/icon"])
        XCTAssertEqual(findings("icon-integrity", Self.serviceAndGovernance, files: ["assets/icon.png": Self.line180]).count, 0)
        var badCRC = Self.line180
        badCRC[29] ^= 0xFF // the IHDR CRC
        XCTAssertEqual(findings("icon-integrity", #"{"governance": {"icon": "i.png"}}"#, files: ["i.png": badCRC]).count, 1)
    }

    // MARK: icon-line-style

    func testLineAndFilledIconsOnTransparencyAndWhite() {
        let service = #"{"service": {"icon": "i.png"}}"#
        XCTAssertEqual(findings("icon-line-style", service, files: ["i.png": ExampleFiles.ring(size: 180)]).count, 0)
        XCTAssertEqual(findings("icon-line-style", service, files: ["i.png": ExampleFiles.ring(size: 180, onWhite: true)]).count, 0)
        let transparent = findings("icon-line-style", service, files: ["i.png": ExampleFiles.disc(size: 180)])
        XCTAssertEqual(transparent.map(\.severity), [.warning])
        XCTAssertTrue(transparent[0].message.contains("透明"), transparent[0].message)
        let white = findings("icon-line-style", service, files: ["i.png": ExampleFiles.disc(size: 180, onWhite: true)], language: .en)
        XCTAssertEqual(white.count, 1)
        XCTAssertTrue(white[0].message.contains("#FFFFFF") && white[0].message.contains("%"), white[0].message)
        // Governance icons are not judged; a JPEG is decoded and judged as a PNG is (this one is one flat colour: a tile).
        XCTAssertEqual(findings("icon-line-style", #"{"governance": {"icon": "i.png"}}"#, files: ["i.png": ExampleFiles.disc(size: 180)]).count, 0)
        let jpeg = findings("icon-line-style", #"{"service": {"legacyLink": true, "icon": "i.jpg"}}"#, files: ["i.jpg": SyntheticFiles.jpeg(width: 180, height: 180)])
        XCTAssertEqual(jpeg.count, 1)
        XCTAssertTrue(jpeg.first?.message.contains("底色") == true || jpeg.first?.message.contains("色块") == true, jpeg.first?.message ?? "")
    }

    /// A coloured full-bleed tile with a thin white ring is filled (a tile); a small disc in a wide
    /// margin is judged by its own box; the message gives the figures, the threshold is a parameter.
    func testTilesAndSmallGlyphsAndTheSurvivalParameter() {
        let service = #"{"service": {"icon": "i.png"}}"#
        let tile = SyntheticFiles.png(width: 180, height: 180) { x, y in
            let distance = ((Double(x) - 90) * (Double(x) - 90) + (Double(y) - 90) * (Double(y) - 90)).squareRoot()
            return abs(distance - 50) <= 3 ? (255, 255, 255, 255) : (0x1E, 0x6F, 0xFF, 255)
        }
        let tiled = findings("icon-line-style", service, files: ["i.png": tile], language: .en)
        XCTAssertEqual(tiled.count, 1)
        XCTAssertTrue(tiled[0].message.contains("#1E6FFF") && tiled[0].message.contains("tile"), tiled[0].message)
        let smallDisc = ExampleFiles.icon(size: 180) { x, y in (x - 90) * (x - 90) + (y - 90) * (y - 90) <= 30 * 30 }
        let small = findings("icon-line-style", service, files: ["i.png": smallDisc], language: .en)
        XCTAssertEqual(small.count, 1)
        XCTAssertTrue(small[0].message.contains("61×61 px") && small[0].message.contains("erosion by 4 px"), small[0].message)

        var settings = RuleSettings()
        settings[IconLineStyle.maxSurvivalPercent] = 95
        let lenient = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, configuration: Configuration(rules: ["icon-line-style": settings])))
        let input = LintInput(file: "manifest.json", bytes: Array(service.utf8), files: MemoryFileInspector(files: ["i.png": smallDisc]))
        XCTAssertFalse(lenient.lint([input]).manifests[0].findings.contains { $0.rule == "icon-line-style" })
    }

    /// An outline calendar with a thick header band: the band survives the erosion, but the ink is
    /// a hollow outline (45 % of its silhouette), so it passes; with the solidity floor at 0 the
    /// parameter reaches the rule and it is flagged, the message naming the solidity.
    func testAThickBandInAnOutlinePassesAndTheSolidityParameter() {
        let service = #"{"service": {"icon": "i.png"}}"#
        let calendar = ExampleFiles.icon(size: 180) { x, y in
            (30..<150).contains(x) && (30..<150).contains(y) && !((38..<142).contains(x) && (66..<142).contains(y))
        }
        XCTAssertEqual(findings("icon-line-style", service, files: ["i.png": calendar]).count, 0)
        var settings = RuleSettings()
        settings[IconLineStyle.minSolidityPercent] = 0
        let strict = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!, language: .en, configuration: Configuration(rules: ["icon-line-style": settings])))
        let input = LintInput(file: "manifest.json", bytes: Array(service.utf8), files: MemoryFileInspector(files: ["i.png": calendar]))
        let flagged = strict.lint([input]).manifests[0].findings.filter { $0.rule == "icon-line-style" }
        XCTAssertEqual(flagged.count, 1)
        XCTAssertTrue(flagged.first?.message.contains("fills 45% of its silhouette") == true, flagged.first?.message ?? "")
    }

    // MARK: icon-square-corners

    func testSquareCorners() {
        let logo = #"{"shanghai": {"logo": "l.png"}}"#
        XCTAssertEqual(findings("icon-square-corners", logo, files: ["l.png": ExampleFiles.roundedSquare(size: 64, radius: 8)]).count, 0)
        XCTAssertEqual(findings("icon-square-corners", logo, files: ["l.png": ExampleFiles.roundedSquare(size: 64, radius: 0)]).count, 1)
        // One transparent corner is enough; a nearly opaque one (alpha 250) still counts as opaque.
        let oneClear = SyntheticFiles.png(width: 8, height: 8) { x, y in x == 7 && y == 7 ? ExampleFiles.clear : ExampleFiles.ink }
        XCTAssertEqual(findings("icon-square-corners", logo, files: ["l.png": oneClear]).count, 0)
        let nearlyOpaque = SyntheticFiles.png(width: 8, height: 8) { x, y in x == 0 && y == 0 ? (0, 0, 0, 250) : ExampleFiles.ink }
        XCTAssertEqual(findings("icon-square-corners", logo, files: ["l.png": nearlyOpaque]).count, 1)
        // A JPEG logo is decoded and judged too: it has no transparency, so its corners are square.
        XCTAssertEqual(findings("icon-square-corners", #"{"shanghai": {"logo": "l.jpg"}}"#, files: ["l.jpg": SyntheticFiles.jpeg(width: 8, height: 8)]).count, 1)
        // One too large to decode (over 1 megapixel) is not judged.
        XCTAssertEqual(findings("icon-square-corners", #"{"shanghai": {"logo": "l.jpg"}}"#, files: ["l.jpg": SyntheticFiles.jpeg(width: 1001, height: 1000)]).count, 0)
    }

    // MARK: icon-stroke-border

    func testStrokeBorder() {
        let logo = #"{"shanghai": {"logo": "l.png"}}"#
        let framed = findings("icon-stroke-border", logo, files: ["l.png": ExampleFiles.framedSquare(size: 180, stroke: 3)], language: .en)
        XCTAssertEqual(framed.map(\.message), ["logo (/shanghai/logo) l.png is framed by a stroke: a 3 px band of #FFFFFF runs around the image's edge (at least 100% of each ring is that colour; a stroke is at most 5 px wide) and 100% of the pixels just inside it are of other colours"])
        XCTAssertEqual(findings("icon-stroke-border", logo, files: ["l.png": ExampleFiles.roundedSquare(size: 180, radius: 30)]).count, 0)
        // Wider than 3 % of the side (5 px at 180): a margin, not a stroke.
        XCTAssertEqual(findings("icon-stroke-border", logo, files: ["l.png": ExampleFiles.framedSquare(size: 180, stroke: 8)]).count, 0)
        // Only the 一网协同 logo is judged.
        XCTAssertEqual(findings("icon-stroke-border", #"{"service": {"icon": "l.png"}}"#, files: ["l.png": ExampleFiles.framedSquare(size: 180, stroke: 3)]).count, 0)
    }

    // MARK: material-file

    func testWordFileThatIsReallyAPNG() {
        let manifest = #"{"service": {"materials": {"applicationForm": "materials/申请.docx"}}}"#
        let files = ["materials/申请.docx": ExampleFiles.roundedSquare(size: 8, radius: 0)]
        let material = findings("material-file", manifest, files: files)
        XCTAssertEqual(paths(material), ["/service/materials/applicationForm"])
        XCTAssertTrue(material[0].message.contains("PNG 图片") && material[0].message.contains(".docx"), material[0].message)
        XCTAssertEqual(material[0].related, [.file("materials/申请.docx")])
        XCTAssertEqual(findings("service-materials", manifest, files: files).count, 1)
        XCTAssertEqual(findings("service-materials", manifest, files: ["materials/申请.docx": SyntheticFiles.docx()]).count, 0)
    }

    func testMissingAndEscapingFilesAreMaterialFilesAlone() {
        let manifest = #"{"service": {"icon": "assets/none.png", "materials": {"applicationForm": "../申请.pdf", "screenshots": ["/etc/passwd", "a/../../b.png"]}}}"#
        let material = findings("material-file", manifest, files: [:], language: .en)
        XCTAssertEqual(paths(material), ["/service/icon", "/service/materials/applicationForm", "/service/materials/screenshots/0", "/service/materials/screenshots/1"])
        XCTAssertTrue(material.first { $0.pointer.description == "/service/icon" }!.message.contains("does not exist"))
        XCTAssertTrue(material.first { $0.pointer.description == "/service/materials/applicationForm" }!.message.contains("outside"))
        for rule in ["icon-format", "icon-dimensions", "icon-file-size", "icon-integrity", "service-materials"] {
            XCTAssertEqual(findings(rule, manifest).count, 0, rule)
        }
    }

    func testAccessProblemsAreNamedPrecisely() {
        let manifest = #"{"service": {"materials": {"screenshots": ["dir.png", "link.png", "empty.png", "locked.png", "fifo.png"]}}}"#
        let inspector = FixedInspector(inspections: [
            "dir.png": FileInspection(path: "dir.png", problem: .notRegular("directory")),
            "link.png": FileInspection(path: "link.png", problem: .symlinkOutside),
            "empty.png": FileInspection(path: "empty.png", problem: .empty),
            "locked.png": FileInspection(path: "locked.png", problem: .unreadable("Permission denied")),
            "fifo.png": FileInspection(path: "fifo.png", problem: .notRegular("FIFO")),
        ])
        let messages = findings("material-file", manifest, inspector: inspector).sorted { $0.pointer < $1.pointer }.map(\.message)
        XCTAssertEqual(messages.count, 5)
        XCTAssertTrue(messages[0].contains("目录"), messages[0])
        XCTAssertTrue(messages[1].contains("符号链接"), messages[1])
        XCTAssertTrue(messages[2].contains("空文件"), messages[2])
        XCTAssertTrue(messages[3].contains("Permission denied"), messages[3])
        XCTAssertTrue(messages[4].contains("FIFO"), messages[4])
    }

    func testUnknownExtensionsAndCaseInsensitiveOnes() {
        let manifest = #"{"service": {"materials": {"screenshots": ["a.gif", "b", "c.PNG", "d.Jpeg"]}}}"#
        let png = ExampleFiles.roundedSquare(size: 8, radius: 0), jpeg = SyntheticFiles.jpeg(width: 8, height: 8)
        let fired = findings("material-file", manifest, files: ["a.gif": png, "b": png, "c.PNG": png, "d.Jpeg": jpeg], language: .en)
        XCTAssertEqual(paths(fired), ["/service/materials/screenshots/0", "/service/materials/screenshots/1"])
        XCTAssertTrue(fired.allSatisfy { $0.hint?.contains("pdf, doc, docx") == true })
    }

    func testAFileNamedTwiceGetsAFindingAtEachPointer() {
        let manifest = #"{"service": {"icon": "x.png", "materials": {"applicationForm": "x.png"}}, "governance": {"icon": "x.png"}}"#
        XCTAssertEqual(paths(findings("material-file", manifest)), ["/governance/icon", "/service/icon", "/service/materials/applicationForm"])
    }

    func testFileReferencesCoverEveryFileField() throws {
        let manifest = """
            {"application": {"constructionPlan": "p.pdf"},
             "service": {"icon": "i.png", "materials": {"applicationForm": "f.pdf", "screenRecording": {"file": "r.mp4"}, "screenshots": ["s1.png", " ", 3]}},
             "governance": {"icon": "i.png", "loadTest": {"report": "l.pdf"}, "materials": {"templates": ["t1.docx"]}},
             "shanghai": {"logo": "logo.png", "reports": {"softwareTest": "st.pdf", "mlps": {"file": "m.pdf", "level": 3}, "securityTest": "se.pdf",
                          "crypto": "c.pdf", "integrationConfirmation": "ic.pdf", "functionalTest": "ft.pdf"}},
             "waivers": [{"rule": "icon-line-style", "statement": "w.pdf"}]}
            """
        let fired = findings("material-file", manifest)
        XCTAssertEqual(paths(fired), [
            "/application/constructionPlan", "/governance/icon", "/governance/loadTest/report", "/governance/materials/templates/0",
            "/service/icon", "/service/materials/applicationForm", "/service/materials/screenRecording/file", "/service/materials/screenshots/0",
            "/shanghai/logo", "/shanghai/reports/crypto", "/shanghai/reports/functionalTest", "/shanghai/reports/integrationConfirmation",
            "/shanghai/reports/mlps/file", "/shanghai/reports/securityTest", "/shanghai/reports/softwareTest", "/waivers/0/statement",
        ])
        // Without service or governance the application record is not checked.
        XCTAssertEqual(paths(findings("material-file", #"{"application": {"constructionPlan": "p.pdf"}, "shanghai": {"logo": "l.png"}}"#)), ["/shanghai/logo"])
    }

    // MARK: construction-plan

    func testConstructionPlanKindAndSize() {
        func plan(_ name: String, _ inspection: (String) -> FileInspection) -> [Finding] {
            findings("construction-plan", #"{"application": {"constructionPlan": "\#(name)"}, "service": {}}"#,
                     inspector: FixedInspector(inspections: [name: inspection(name)]))
        }
        XCTAssertEqual(plan("p.pdf") { FileInspection(path: $0, problem: nil, size: 104_857_600, content: .pdf) }.count, 0)
        let big = plan("p.pdf") { FileInspection(path: $0, problem: nil, size: 104_857_601, content: .pdf) }
        XCTAssertEqual(big.count, 1)
        XCTAssertTrue(big[0].message.contains("104,857,601 B"), big[0].message)
        XCTAssertEqual(plan("p.doc") { FileInspection(path: $0, problem: nil, size: 4096, content: .ole) }.count, 0)
        XCTAssertEqual(plan("p.xls") { FileInspection(path: $0, problem: nil, size: 4096, content: .ole) }.count, 1)
        XCTAssertEqual(plan("p.pdf") { FileInspection(path: $0, problem: nil, size: 4096, content: .zip) }.count, 1)
    }

    // MARK: screen-recording

    func testScreenRecordingEndsFollowListingEnds() {
        func recording(_ ends: String, listing: String, channels: String = #"["浙里办APP"]"#) -> [Finding] {
            findings("screen-recording", #"{"service": {"channels": \#(channels), "listingEnds": \#(listing), "materials": {"screenRecording": {"file": "r.mov", "platforms": ["Android", "iOS", "HarmonyOS"], "ends": \#(ends)}}}}"#, files: ["r.mov": SyntheticFiles.mp4()])
        }
        XCTAssertEqual(recording(#"["浙里办APP"]"#, listing: #"["浙里办APP", "政务服务网"]"#).count, 0)
        let missing = recording(#"["浙里办APP"]"#, listing: #"["浙里办APP", "微信"]"#)
        XCTAssertEqual(paths(missing), ["/service/materials/screenRecording/ends"])
        XCTAssertTrue(missing[0].message.contains("微信") && !missing[0].message.contains("支付宝"), missing[0].message)
        XCTAssertEqual(recording(#"["浙里办APP"]"#, listing: #"["浙里办APP", "微信"]"#, channels: #"["政务服务网"]"#).count, 0)
    }

    // MARK: governance-templates

    func testTemplateCountAndDuplicates() {
        func templates(_ names: [String]) -> [Finding] {
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            var files: [String: [UInt8]] = [:]
            for name in names { files[name] = name.hasSuffix(".xls") ? SyntheticFiles.ole() : SyntheticFiles.pdf() }
            return findings("governance-templates", #"{"governance": {"materials": {"templates": [\#(list)]}}}"#, files: files)
        }
        let nine = (1...9).map { "t\($0).pdf" }
        XCTAssertEqual(templates(nine).count, 0)
        XCTAssertEqual(templates(Array(nine.dropLast()) + ["t9.xls"]).count, 0)
        XCTAssertEqual(paths(templates(Array(nine.dropLast()))), ["/governance/materials/templates"])
        XCTAssertEqual(paths(templates(nine + ["t10.pdf"])), ["/governance/materials/templates"])
        let duplicate = templates(nine + ["t3.pdf"])
        XCTAssertEqual(paths(duplicate), ["/governance/materials/templates/9"])
        XCTAssertTrue(duplicate[0].message.contains("第 3 项"), duplicate[0].message)
    }

    // MARK: shanghai-reports

    func testShanghaiReportSets() {
        func reports(_ shanghai: String) -> [String] {
            let names = ["s.pdf", "m.pdf", "t.pdf", "c.pdf", "i.pdf", "f.pdf"]
            return paths(findings("shanghai-reports", #"{"shanghai": {\#(shanghai)}}"#, files: Dictionary(uniqueKeysWithValues: names.map { ($0, SyntheticFiles.pdf()) })))
        }
        XCTAssertEqual(reports(#""appType": "业务应用", "reports": {"softwareTest": "s.pdf", "mlps": {"file": "m.pdf", "level": 2}}"#), [])
        XCTAssertEqual(reports(#""appType": "业务应用", "reports": {"softwareTest": "s.pdf"}"#), ["/shanghai/reports/mlps"])
        XCTAssertEqual(reports(#""appType": "办公应用", "reports": {"softwareTest": "s.pdf", "securityTest": "t.pdf"}"#), ["/shanghai/reports/crypto"])
        XCTAssertEqual(reports(#""appType": "办公应用", "reports": {"mlps": {"file": "m.pdf", "level": 2}, "crypto": "c.pdf"}"#), ["/shanghai/reports/softwareTest"])
        XCTAssertEqual(reports(#""appType": "工具应用", "reports": {}"#), [])
        XCTAssertEqual(reports(#""appType": "工具应用", "handlesWorkSecrets": true, "reports": {"softwareTest": "s.pdf", "mlps": {"file": "m.pdf", "level": 3}, "crypto": "c.pdf"}"#), [])
        XCTAssertEqual(reports(#""appType": "工具应用", "handlesWorkSecrets": true, "reports": {"softwareTest": "s.pdf", "securityTest": "t.pdf", "crypto": "c.pdf"}"#),
                       ["/shanghai/reports/mlps"])
        XCTAssertEqual(reports(#""appType": "业务应用", "stage": "上线", "reports": {"softwareTest": "s.pdf", "mlps": {"file": "m.pdf", "level": 2}}"#),
                       ["/shanghai/reports/functionalTest", "/shanghai/reports/integrationConfirmation", "/shanghai/reports/securityTest"])
        XCTAssertEqual(reports(#""appType": "业务应用", "stage": "上线", "reports": {"softwareTest": "s.pdf", "securityTest": "t.pdf", "integrationConfirmation": "i.pdf", "functionalTest": "f.pdf"}"#), [])
    }

    func testShanghaiReportFilesMustBeDocuments() {
        let fired = findings("shanghai-reports", #"{"shanghai": {"appType": "工具应用", "reports": {"mlps": {"file": "m.pdf", "level": 2}, "crypto": "c.xlsx"}}}"#, files: ["m.pdf": SyntheticFiles.mp4(), "c.xlsx": SyntheticFiles.xlsx()])
        XCTAssertEqual(paths(fired), ["/shanghai/reports/crypto", "/shanghai/reports/mlps/file"])
    }
}
