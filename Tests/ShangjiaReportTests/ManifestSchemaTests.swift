import Foundation
import ShangjiaCore
import ShangjiaInspect
import XCTest

final class ManifestSchemaTests: XCTestCase {
    func testSchemaIsDraft202012AndValidatesEveryTemplate() throws {
        let choices: [[Target]] = [[], [.service], [.governance], [.shanghai], [.service, .shanghai]]
        let templates = choices.enumerated().map { index, targets in
            (name: "template-\(index).json", text: ManifestTemplate.manifest(for: targets).rendered())
        }
        let result = try PythonJSONSchema.run(PythonJSONSchema.validateScript, files: [("schema.json", ManifestSchema.document().rendered())] + templates)
        XCTAssertEqual(result.status, 0, result.output)
    }

    func testSchemaRejectsAWrongType() throws {
        let result = try PythonJSONSchema.run(PythonJSONSchema.validateScript, files: [
            ("schema.json", ManifestSchema.document().rendered()),
            ("manifest.json", #"{"service": {"icon": 1, "userType": "公司"}, "developer": {"contacts": [{"phone": "12345"}]}}"#),
        ])
        XCTAssertEqual(result.status, 1)
        for fragment in ["'service', 'icon'", "'service', 'userType'", "'developer', 'contacts', 0, 'phone'"] {
            XCTAssertTrue(result.output.contains(fragment), "\(fragment) in \(result.output)")
        }
    }

    func testSchemaCarriesLabelsEnumsAndFormats() throws {
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(ManifestSchema.document().rendered().utf8)) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertNil(schema["additionalProperties"], "unknown keys are the linter's warning, not a schema error")
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        let application = try XCTUnwrap((properties["application"] as? [String: Any])?["properties"] as? [String: Any])
        let launch = try XCTUnwrap(application["launchDate"] as? [String: Any])
        XCTAssertEqual(launch["title"] as? String, "上线时间")
        XCTAssertEqual(launch["description"] as? String, "launch date")
        XCTAssertEqual(launch["format"] as? String, "date")
        XCTAssertEqual((application["status"] as? [String: Any])?["enum"] as? NSArray, FieldCatalog.statuses + [NSNull()] as NSArray)
        let service = try XCTUnwrap((properties["service"] as? [String: Any])?["properties"] as? [String: Any])
        XCTAssertEqual((service["mobileUrl"] as? [String: Any])?["format"] as? String, "uri")
    }

    func testEveryTemplateLintsWithoutSyntaxOrTypeFindings() {
        for targets in [[], [Target.service], [.governance], [.shanghai]] {
            let template = ManifestTemplate.manifest(for: targets).rendered()
            let linter = Linter(options: LintOptions(today: CalendarDate("2026-11-23")!))
            let report = linter.lint([LintInput(file: "manifest.json", bytes: Array(template.utf8), files: MemoryFileInspector(files: [:]))])
            let shape = report.manifests[0].findings.filter { ["manifest-syntax", "manifest-field-type", "manifest-unknown-field"].contains($0.rule) }
            XCTAssertEqual(shape.map(\.message), [], "\(targets)")
            let expected = targets.isEmpty ? [Target.application, .service, .governance, .shanghai]
                : targets.contains(.shanghai) ? targets : [.application] + targets
            XCTAssertEqual(report.manifests[0].targets, expected)
        }
    }
}
