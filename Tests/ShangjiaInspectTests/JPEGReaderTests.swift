import Foundation
import XCTest
@testable import ShangjiaInspect

final class JPEGReaderTests: XCTestCase {
    private static let processBySOF = ["SOF0": "baseline", "SOF1": "extended sequential", "SOF2": "progressive",
                                       "SOF9": "arithmetic extended sequential"]

    /// Each fixture reports the frame listed in SOURCES.txt, e.g.
    /// `monkey12.jpg 32831 SOF1 ext-seq 149x227 12-bit 3 comp APP0,APP2 EOI`.
    func testFixturesMatchTheirSources() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/jpeg", withExtension: nil))
        let sources = try String(contentsOf: folder.appendingPathComponent("SOURCES.txt"), encoding: .utf8)
        let lines = sources.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }.filter { $0.first?.hasSuffix(".jpg") == true }
        XCTAssertEqual(lines.count, 6)
        for fields in lines {
            let name = fields[0]
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            XCTAssertEqual(bytes.count, Int(fields[1]), name)
            let inspection = MemoryFileInspector(files: [name: bytes]).inspect(name)
            XCTAssertEqual(inspection.content, .jpeg, name)
            XCTAssertEqual(inspection.contentMatchesExtension(), true, name)
            let image = try XCTUnwrap(inspection.image, name)
            let size = fields[4].split(separator: "x").compactMap { Int($0) }
            XCTAssertEqual([image.width, image.height], size, name)
            XCTAssertEqual("\(image.bitDepth)-bit", fields[5], name)
            let process = try XCTUnwrap(Self.processBySOF[fields[2]], name)
            XCTAssertEqual(image.detail, "JPEG \(process) \(fields[5]) \(fields[6]) components", name)
            XCTAssertNil(image.integrityProblem, name)
            XCTAssertEqual(image.pixels != nil, image.bitDepth == 8, "\(name): 8-bit JPEGs are decoded, 12-bit ones not")
            print("\(name): \(image.width)x\(image.height) \(image.detail)")
        }
    }

    private func problem(_ bytes: [UInt8]) -> String? { JPEGReader.read(bytes, isWholeFile: true).integrityProblem?.en }

    func testSyntheticJPEGIsWhole() {
        let info = JPEGReader.read(SyntheticFiles.jpeg(width: 180, height: 120), isWholeFile: true)
        XCTAssertNil(info.integrityProblem)
        XCTAssertEqual([info.width, info.height], [180, 120])
        XCTAssertEqual(info.detail, "JPEG baseline 8-bit 1 component")
    }

    func testBrokenJPEGsAreRejected() throws {
        let bytes = SyntheticFiles.jpeg(width: 16, height: 16)
        XCTAssertEqual(problem(Array(bytes.dropLast(2))), "truncated: EOI missing")
        for length in 3..<bytes.count - 1 {
            XCTAssertNotNil(problem(Array(bytes[0..<length])), "prefix of \(length) bytes accepted")
        }
        // Without its SOF segment (FF C0, length 11) the SOS comes first.
        let sof = try XCTUnwrap((0..<bytes.count - 1).first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC0 })
        XCTAssertEqual(problem(Array(bytes[0..<sof] + bytes[(sof + 13)...])), "SOS before the frame header")
        XCTAssertEqual(problem([0xFF, 0xD8, 0xFF, 0xD9]), "no frame header (SOF)")
        XCTAssertEqual(problem([0xFF, 0xD8, 0xFF, 0xE0, 0xFF, 0xF0, 0, 0]), "a segment runs past the end of the file (truncated)")
        XCTAssertEqual(problem([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x01]), "segment length 1 is invalid")
        XCTAssertEqual(problem([0xFF, 0xD8, 0x12]), "expected a marker at offset 2")
    }

    /// Real fixtures cut short are rejected; fill bytes before a marker are allowed.
    func testFixtureTruncationAndFillBytes() throws {
        let folder = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/jpeg", withExtension: nil))
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("tower_progressive.jpg")))
        XCTAssertEqual(problem(Array(bytes[0..<bytes.count / 2])), "truncated: EOI missing")
        XCTAssertNil(problem(Array(bytes.dropLast(2)) + [0xFF, 0xFF, 0xFF, 0xD9]))
        // A file over the read cap is judged from a prefix: the SOF must be in it, the rest need not be.
        let prefixWithFrame = JPEGReader.read(Array(bytes[0..<12000]), isWholeFile: false)
        XCTAssertNil(prefixWithFrame.integrityProblem)
        XCTAssertEqual(prefixWithFrame.width, 512)
        let prefixWithoutFrame = JPEGReader.read(Array(bytes[0..<4096]), isWholeFile: false)
        XCTAssertEqual(prefixWithoutFrame.integrityProblem?.en, "no frame header (SOF) near the start of the file")
    }
}
