import Foundation
import XCTest
@testable import ShangjiaInspect
import ShangjiaText

/// Willem van Schaik's PngSuite (Fixtures/pngsuite/PngSuite.LICENSE): every valid file decodes to the
/// reference RGBA8 digest, every x*.png is rejected with a reason.
final class PNGSuiteTests: XCTestCase {
    func testSHA256KnownAnswers() {
        XCTAssertEqual(SHA256.hexDigest([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hexDigest(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hexDigest(Array(repeating: UInt8(ascii: "a"), count: 1000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testEveryFileOfTheSuite() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/pngsuite", withExtension: nil))
        let referenceData = try Data(contentsOf: folder.appendingPathComponent("reference.json"))
        let reference = try XCTUnwrap(JSONSerialization.jsonObject(with: referenceData) as? [String: [String: Any]])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        XCTAssertEqual(Set(files), Set(reference.keys))
        XCTAssertEqual(reference.count, 175)
        var passed = 0, rejected = 0
        for (name, expected) in reference.sorted(by: { $0.key < $1.key }) {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            let result = PNGReader.read(bytes, isWholeFile: true)
            if expected["valid"] as? Bool == true {
                guard case .success(let info) = result else { XCTFail("\(name) rejected"); continue }
                guard let pixels = info.pixels else {
                    XCTFail("\(name) not decoded: \(info.integrityProblem?.en ?? "no reason")")
                    continue
                }
                let digest = SHA256.hexDigest(pixels.rgba)
                XCTAssertEqual(digest, expected["rgba8Sha256"] as? String, name)
                XCTAssertEqual(info.width, expected["width"] as? Int, name)
                XCTAssertEqual(info.height, expected["height"] as? Int, name)
                XCTAssertEqual(info.bitDepth, expected["bitDepth"] as? Int, name)
                XCTAssertEqual(info.detail.contains("Adam7"), expected["interlaced"] as? Bool, name)
                if digest == expected["rgba8Sha256"] as? String { passed += 1 }
            } else {
                let reason: Text? = switch result {
                case .success(let info): info.integrityProblem
                case .failure(let error): error.reason
                }
                guard let reason else { XCTFail("\(name) accepted"); continue }
                XCTAssertFalse(reason.zh.isEmpty || reason.en.isEmpty, name)
                print("rejected \(name): \(reason.en) / \(reason.zh)")
                passed += 1
                rejected += 1
            }
        }
        print("PngSuite: \(passed)/\(reference.count) (\(rejected) corrupt files rejected)")
        XCTAssertEqual(rejected, 14)
        XCTAssertEqual(passed, 175)
    }

    /// The same files through the public inspector: a bad signature is not PNG content at all.
    func testSuiteThroughTheInspector() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/pngsuite", withExtension: nil))
        let names = ["basn6a08.png", "xs1n0g01.png", "xcsn0g01.png"]
        var files: [String: [UInt8]] = [:]
        for name in names { files[name] = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))) }
        let inspector = MemoryFileInspector(files: files)
        let valid = inspector.inspect("basn6a08.png")
        XCTAssertEqual(valid.content, .png)
        XCTAssertEqual(valid.contentMatchesExtension(), true)
        XCTAssertEqual(valid.image?.detail, "PNG 8-bit RGBA, non-interlaced")
        XCTAssertNil(valid.image?.integrityProblem)
        XCTAssertEqual(valid.image?.pixels?.width, 32)
        XCTAssertEqual(inspector.inspect("xs1n0g01.png").content, .unknown)
        XCTAssertEqual(inspector.inspect("xs1n0g01.png").contentMatchesExtension(), false)
        let badCRC = inspector.inspect("xcsn0g01.png")
        XCTAssertEqual(badCRC.content, .png)
        XCTAssertEqual(badCRC.image?.integrityProblem?.en, "CRC mismatch in chunk IDAT")
        XCTAssertNil(badCRC.image?.pixels)
    }
}
