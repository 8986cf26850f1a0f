import Foundation
import XCTest

final class TemplateCommandTests: XCTestCase {
    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testInitPrintsTheChosenSections() throws {
        let all = Harness.run(["init"])
        XCTAssertEqual(all.status, 0)
        XCTAssertEqual(Set(try object(all.stdout).keys), ["manifestVersion", "application", "developer", "service", "governance", "shanghai"])
        let shanghai = Harness.run(["init", "--target", "shanghai"])
        XCTAssertEqual(Set(try object(shanghai.stdout).keys), ["manifestVersion", "developer", "shanghai"], "no IRS record without service or governance")
        let twice = Harness.run(["init", "--target", "governance", "--target", "service", "--target", "governance"])
        XCTAssertEqual(Set(try object(twice.stdout).keys), ["manifestVersion", "application", "developer", "service", "governance"])
        for bad in [["init", "--target", "application"], ["init", "--target"], ["init", "--bogus"], ["schema", "x"]] {
            let result = Harness.run(bad)
            XCTAssertEqual(result.status, 2, "\(bad)")
            XCTAssertEqual(result.stdout, "", "\(bad)")
        }
    }

    func testInitOutputLintsWithoutSyntaxOrTypeFindings() throws {
        let folder = Harness.temporaryFolder()
        let manifest = folder.appendingPathComponent("manifest.json")
        try Harness.run(["init"]).stdout.write(to: manifest, atomically: true, encoding: .utf8)
        let result = Harness.run(["lint", "--today", "2026-11-23", "--format", "json", manifest.path])
        XCTAssertTrue(result.stderr.isEmpty, result.stderr)
        let findings = try XCTUnwrap((try object(result.stdout)["manifests"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        XCTAssertTrue(rules.isDisjoint(with: ["manifest-syntax", "manifest-field-type", "manifest-unknown-field"]), "\(rules)")
    }

    func testSchemaIsJSONSchema202012() throws {
        let result = Harness.run(["schema"])
        XCTAssertEqual(result.status, 0)
        let schema = try object(result.stdout)
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertEqual(Set((schema["properties"] as? [String: Any])?.keys ?? [:].keys),
                       ["$schema", "manifestVersion", "application", "developer", "service", "governance", "shanghai", "waivers"])
    }

    func testUsageNamesTheNewCommands() {
        let help = Harness.run(["--help"]).stdout
        XCTAssertTrue(help.contains("shangjia init [--target service|governance|shanghai]..."))
        XCTAssertTrue(help.contains("shangjia schema"))
    }
}
