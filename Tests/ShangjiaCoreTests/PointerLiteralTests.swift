import Foundation
import ShangjiaJSON
import XCTest
@testable import ShangjiaCore

/// The rules name fields by pointer literals ("/service/name"). A misspelt one would never match
/// a value and the rule would silently judge nothing: every whole pointer literal in Rules/ (one
/// from the top of a manifest; not a suffix like "/phone" appended to a base, nor the pointers an
/// example expects, which may name unknown keys and are checked by the example tests) must be a
/// JSON Pointer that names a field of the catalog.
final class PointerLiteralTests: XCTestCase {
    func testEveryPointerLiteralInTheRulesNamesACatalogField() throws {
        let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ShangjiaCore/Rules")
        let files = try XCTUnwrap(FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        XCTAssertGreaterThan(files.count, 60)
        // A string literal that is a whole pointer of object keys: "/a/b". Inside JSON examples the
        // quotes are part of raw strings and their pointers are checked by the examples themselves.
        let literal = try NSRegularExpression(pattern: #"(?<![#\\])"(/(?:application|developer|service|governance|shanghai)(?:/[A-Za-z]+)*)""#)
        var checked = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let line = text[text.lineRange(for: Range(match.range, in: text)!)]
                guard !line.contains("at: [") else { continue } // an example's expected findings
                let written = String(text[Range(match.range(at: 1), in: text)!])
                let pointer = try XCTUnwrap(JSONPointer(string: written), "\(file.lastPathComponent): \(written)")
                XCTAssertNotNil(FieldCatalog.field(at: pointer), "\(file.lastPathComponent): \(written) names no field of the catalog")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 100, "the scan found the rules' pointers")
    }
}
