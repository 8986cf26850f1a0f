import Foundation
import ShangjiaJSON
import XCTest
@testable import ShangjiaCore

/// The rules name fields by the constants of FieldPointers.swift (`.serviceName`), never by pointer
/// strings, so a misspelt field does not compile. That file is written from the field catalog by
/// this test: it fails when the two drift apart; SHANGJIA_UPDATE_GOLDEN=1 rewrites the file.
final class FieldPointerTests: XCTestCase {
    func testTheConstantsAreTheCatalogsFields() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ShangjiaCore/Manifest/FieldPointers.swift")
        let expected = Self.source()
        if ProcessInfo.processInfo.environment["SHANGJIA_UPDATE_GOLDEN"] == "1" {
            try expected.write(to: file, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), expected,
                       "FieldPointers.swift differs from the catalog: SHANGJIA_UPDATE_GOLDEN=1 swift test --filter FieldPointerTests")
    }

    func testAConstantIsItsFieldsPointer() {
        XCTAssertEqual(JSONPointer.serviceName.description, "/service/name")
        XCTAssertEqual(FieldCatalog.field(at: .serviceName)?.label, Text(zh: "服务名称", en: "service name"))
        XCTAssertEqual(JSONPointer.developerContactsPhone(2).description, "/developer/contacts/2/phone")
        XCTAssertEqual(FieldCatalog.field(at: .developerContactsPhone(2))?.label.zh, "联系人手机号")
        XCTAssertEqual(JSONPointer.governanceMaterialsTemplates.appending(3).description, "/governance/materials/templates/3")
    }

    /// The Swift source of FieldPointers.swift: a constant for every field the catalog names by object keys,
    /// a function of the index for every field inside an array's items.
    static func source() -> String {
        var lines = [
            "// Written from FieldCatalog by FieldPointerTests (SHANGJIA_UPDATE_GOLDEN=1 swift test --filter FieldPointerTests); do not edit.",
            "import ShangjiaJSON",
            "",
            "/// Every field of the catalog as a pointer: rules name fields by these, so a misspelt field does not compile.",
            "extension JSONPointer {",
        ]
        func walk(_ field: Field, keys: [String], labels: [String], indexed: [String]?) {
            if !keys.isEmpty {
                let name = keys.first! + keys.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
                lines.append("    /// " + labels.joined(separator: " › "))
                if let indexed {
                    let tokens = indexed.map { $0 == "\\(index)" ? "String(index)" : "\"\($0)\"" }.joined(separator: ", ")
                    lines.append("    public static func \(name)(_ index: Int) -> JSONPointer { JSONPointer([\(tokens)]) }")
                } else {
                    lines.append("    public static let \(name) = JSONPointer([\(keys.map { "\"\($0)\"" }.joined(separator: ", "))])")
                }
            }
            let children: [Field]
            var itemTokens = indexed
            switch field.kind {
            case .object(let fields):
                children = fields
            case .array(.object(let fields)):
                children = fields
                itemTokens = (indexed ?? keys) + ["\\(index)"]
            default:
                children = []
            }
            for child in children where child.key.allSatisfy({ $0.isLetter || $0.isNumber }) {
                walk(child, keys: keys + [child.key], labels: labels + [child.label.zh], indexed: itemTokens.map { $0 + [child.key] })
            }
        }
        walk(FieldCatalog.root, keys: [], labels: [], indexed: nil)
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
