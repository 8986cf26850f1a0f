import Foundation
import XCTest
@testable import ShangjiaInspect

/// JPEG pixels through the system libjpeg (Sources/CJPEGShim): real fixtures against Pillow's
/// decode (Fixtures/jpeg/pixels.json), the made fixtures (Fixtures/jpeg-made/make.sh) against
/// the colours they were drawn with, and broken files turned into integrity problems.
final class JPEGDecodeTests: XCTestCase {
    private func fixture(_ folder: String, _ name: String) throws -> [UInt8] {
        let url = try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/\(folder)", withExtension: nil))
        return try [UInt8](Data(contentsOf: url.appendingPathComponent(name)))
    }

    private func image(_ bytes: [UInt8]) throws -> ImageInfo {
        try XCTUnwrap(MemoryFileInspector(files: ["logo.jpg": bytes]).inspect("logo.jpg").image)
    }

    private func rgba(_ pixels: RGBAImage, _ x: Int, _ y: Int) -> [Int] {
        let offset = (y * pixels.width + x) * 4
        return pixels.rgba[offset..<offset + 4].map(Int.init)
    }

    private func assertClose(_ found: [Int], _ expected: [Int], within tolerance: Int, _ message: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(zip(found, expected).allSatisfy { abs($0 - $1) <= tolerance },
                      "\(message): \(found) is not within \(tolerance) of \(expected)", file: file, line: line)
    }

    func testRealFixturesDecodeAsPillowDecodesThem() throws {
        let reference = try JSONSerialization.jsonObject(with: Data(fixture("jpeg", "pixels.json"))) as? [String: [String: Any]]
        let entries = try XCTUnwrap(reference)
        XCTAssertEqual(entries.count, 5)
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let info = try image(fixture("jpeg", name))
            let pixels = try XCTUnwrap(info.pixels, "\(name): \(info.integrityProblem?.en ?? "not decoded")")
            XCTAssertNil(info.integrityProblem, name)
            XCTAssertEqual([pixels.width, pixels.height], [entry["width"] as? Int, entry["height"] as? Int], name)
            XCTAssertTrue(stride(from: 3, to: pixels.rgba.count, by: 4).allSatisfy { pixels.rgba[$0] == 255 }, "\(name) is not opaque")
            let samples = try XCTUnwrap(entry["samples"] as? [[Int]])
            XCTAssertEqual(samples.count, 25)
            for sample in samples {
                // Different libjpeg builds may round the IDCT and upsampling a little differently.
                assertClose(Array(rgba(pixels, sample[0], sample[1]).prefix(3)), Array(sample[2...]), within: 3, "\(name) at \(sample[0]),\(sample[1])")
            }
        }
    }

    func testTwelveBitJPEGIsCheckedButNotDecoded() throws {
        let info = try image(fixture("jpeg", "monkey12.jpg"))
        XCTAssertEqual(info.bitDepth, 12)
        XCTAssertNil(info.integrityProblem)
        XCTAssertNil(info.pixels)
    }

    /// Baseline 4:2:0, progressive, greyscale and Adobe (inverted) CMYK: red on the left, blue on the right.
    func testMadeFixturesKeepTheirColours() throws {
        let red = [255, 0, 0, 255], blue = [0, 0, 255, 255]
        // ImageMagick 6 makes grey from Rec. 709 luma: 0.2126 × 255 for red, 0.0722 × 255 for blue.
        let expected = ["baseline.jpg": (red, blue), "progressive.jpg": (red, blue), "cmyk.jpg": (red, blue),
                        "gray.jpg": ([54, 54, 54, 255], [18, 18, 18, 255])]
        for (name, (left, right)) in expected.sorted(by: { $0.key < $1.key }) {
            let info = try image(fixture("jpeg-made", name))
            let pixels = try XCTUnwrap(info.pixels, "\(name): \(info.integrityProblem?.en ?? "not decoded")")
            XCTAssertEqual([pixels.width, pixels.height], [64, 48], name)
            assertClose(rgba(pixels, 12, 24), left, within: 6, "\(name) left")
            assertClose(rgba(pixels, 52, 24), right, within: 6, "\(name) right")
        }
        XCTAssertEqual(try image(fixture("jpeg-made", "progressive.jpg")).detail, "JPEG progressive 8-bit 3 components")
        XCTAssertEqual(try image(fixture("jpeg-made", "cmyk.jpg")).detail, "JPEG baseline 8-bit 4 components")
        XCTAssertEqual(try image(fixture("jpeg-made", "gray.jpg")).detail, "JPEG baseline 8-bit 1 component")
    }

    func testTruncatedAndCorruptFilesAreIntegrityProblems() throws {
        let truncated = try image(fixture("jpeg-made", "truncated.jpg"))
        XCTAssertEqual(truncated.integrityProblem?.en, "a segment runs past the end of the file (truncated)")
        XCTAssertNil(truncated.pixels)
        let corrupt = try image(fixture("jpeg-made", "corrupt.jpg"))
        XCTAssertNil(corrupt.pixels)
        let reason = try XCTUnwrap(corrupt.integrityProblem)
        XCTAssertTrue(reason.en.hasPrefix("the image data cannot be decoded (libjpeg: Corrupt JPEG data"), reason.en)
        XCTAssertTrue(reason.zh.hasPrefix("图像数据无法解码（libjpeg：Corrupt JPEG data"), reason.zh)
    }

    /// An error libjpeg raises through error_exit (here a missing quantization table) comes back
    /// as a problem instead of ending the process.
    func testLibjpegErrorsComeBackAsProblems() throws {
        let bytes = SyntheticFiles.jpeg(width: 16, height: 16)
        let dqt = try XCTUnwrap((0..<bytes.count - 1).first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xDB })
        let withoutTables = Array(bytes[..<dqt] + bytes[(dqt + 2 + bytes.uint16BE(at: dqt + 2))...])
        let info = try image(withoutTables)
        XCTAssertNil(info.pixels)
        XCTAssertEqual(info.integrityProblem?.en, "the image data cannot be decoded (libjpeg: Quantization table 0x00 was not defined)")
    }

    /// A progressive file repeating its last scan hundreds of times is refused, not decoded slowly.
    func testScanCountIsBounded() throws {
        let bytes = try fixture("jpeg-made", "progressive.jpg")
        let lastScan = try XCTUnwrap((0..<bytes.count - 1).last { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xDA })
        let scan = bytes[lastScan..<bytes.count - 2]
        let repeated = Array(bytes[..<lastScan]) + Array([ArraySlice<UInt8>](repeating: scan, count: 300).joined()) + [0xFF, 0xD9]
        let info = try image(repeated)
        XCTAssertNil(info.pixels)
        XCTAssertEqual(info.integrityProblem?.en, "the image data cannot be decoded (libjpeg: more than 256 scans)")
    }

    /// Dimensions come from the frame header before anything is allocated: one megapixel is
    /// decoded, one pixel row more is not (and is no problem).
    func testOnlyUpToOneMegapixelIsDecoded() throws {
        let largest = try image(SyntheticFiles.jpeg(width: 1000, height: 1000))
        let pixels = try XCTUnwrap(largest.pixels)
        XCTAssertEqual(rgba(pixels, 999, 999), [128, 128, 128, 255])
        let larger = try image(SyntheticFiles.jpeg(width: 1000, height: 1001))
        XCTAssertNil(larger.pixels)
        XCTAssertNil(larger.integrityProblem)
        XCTAssertEqual([larger.width, larger.height], [1000, 1001])
    }
}
