import Foundation
import XCTest
@testable import ShangjiaJSON

/// Runs every file of JSONTestSuite (Nicolas Seriot, MIT; Fixtures/JSONTestSuite/LICENSE):
/// `y_` must be accepted, `n_` rejected, `i_` either, but never a crash.
final class JSONTestSuiteTests: XCTestCase {
    func testEveryCaseOfTheSuite() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/JSONTestSuite/test_parsing", withExtension: nil))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(names.count, 318)
        var passed = 0
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let result = JSONParser.parse(bytes)
            switch (name.first, result) {
            case ("y", .success), ("n", .failure), ("i", _): passed += 1
            case ("y", .failure(let error)): XCTFail("\(name) rejected: \(error)")
            case ("n", .success): XCTFail("\(name) accepted")
            default: XCTFail("unexpected file \(name)")
            }
        }
        XCTAssertEqual(passed, 318)
    }
}
