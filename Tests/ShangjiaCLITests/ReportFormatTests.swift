import Foundation
import ShangjiaInspect
import XCTest
@testable import ShangjiaCLI

final class ReportFormatTests: XCTestCase {
    static let sample = "samples/broken-service-listing/manifest.json"

    func testEveryFormatRendersASampleDeterministically() throws {
        for format in ["sarif", "junit", "github", "gitlab", "html"] {
            let first = Harness.run(["lint", "--today", "2026-11-23", "--format", format, Self.sample])
            XCTAssertEqual(first.status, 1, format)
            XCTAssertTrue(first.stderr.isEmpty, "\(format): \(first.stderr)")
            XCTAssertFalse(first.stdout.isEmpty, format)
            XCTAssertEqual(first.stdout, Harness.run(["lint", "--today", "2026-11-23", "--format", format, Self.sample]).stdout, format)
        }
        let sarif = Harness.run(["lint", "--today", "2026-11-23", "--format", "sarif", Self.sample]).stdout
        XCTAssertTrue(sarif.contains("\"uri\": \"samples/broken-service-listing/manifest.json\""))
        let github = Harness.run(["lint", "--today", "2026-11-23", "--format", "github", Self.sample]).stdout
        XCTAssertTrue(github.hasPrefix("::error file=samples/broken-service-listing/manifest.json,line="))
    }

    func testHTMLEmbedsTheSampleImages() throws {
        let html = Harness.run(["lint", "--today", "2026-11-23", "--format", "html", "samples/clean-service"]).stdout
        XCTAssertTrue(html.contains("{background-image:url(data:image/png;base64,iVBORw0KGgo"), "the icon, inline")
        XCTAssertFalse(html.contains("class=\"missing\""), "every image of the clean sample is shown")
    }

    func testImageAttachmentsFollowTheFileRules() throws {
        let folder = Harness.temporaryFolder()
        let outside = Harness.temporaryFolder()
        let png = try Data(contentsOf: URL(fileURLWithPath: Harness.packageRoot + "/samples/clean-service/assets/icon.png"))
        try png.write(to: folder.appendingPathComponent("icon.png"))
        try png.write(to: outside.appendingPathComponent("secret.png"))
        try Data("%PDF-1.4 not an image".utf8).write(to: folder.appendingPathComponent("fake.png"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.png"), withDestinationURL: outside.appendingPathComponent("secret.png"))
        try Data(count: ImageAttachments.maximumBytes + 1).write(to: folder.appendingPathComponent("huge.png"))
        let manifest = folder.appendingPathComponent("manifest.json").path

        let icon = try XCTUnwrap(ImageAttachments.load("icon.png", of: manifest, files: FileInspector(root: folder.path)))
        XCTAssertEqual(icon.bytes, Array(png))
        XCTAssertEqual(icon.format, .png)
        XCTAssertGreaterThan(icon.width, 0)
        for refused in ["fake.png", "link.png", "huge.png", "../\(outside.lastPathComponent)/secret.png", outside.path + "/secret.png", "missing.png", "."] {
            XCTAssertNil(ImageAttachments.load(refused, of: manifest, files: FileInspector(root: folder.path)), refused)
        }
    }
}
