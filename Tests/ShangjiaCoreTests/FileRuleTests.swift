import ShangjiaInspect
import XCTest
@testable import ShangjiaCore

final class FileRuleTests: XCTestCase {
    func testTiming() {
        var start = ContinuousClock.now
        let bytes = ExampleFiles.ring(size: 180)
        print("TIMING build", ContinuousClock.now - start); start = .now
        let inspection = MemoryFileInspector(files: ["a.png": bytes]).inspect("a.png")
        print("TIMING inspect", ContinuousClock.now - start); start = .now
        _ = LineStyleMeasurement.measure(inspection.image!.pixels!)
        print("TIMING measure", ContinuousClock.now - start); start = .now
        _ = RuleExampleTests.findings(of: RuleExample(#"{"governance": {"icon": "a.png"}}"#, files: ["a.png": ExampleFile("", bytes)]))
        print("TIMING lint", ContinuousClock.now - start); start = .now
    }
}
