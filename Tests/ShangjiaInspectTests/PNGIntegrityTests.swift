import Foundation
import XCTest
@testable import ShangjiaInspect

final class PNGIntegrityTests: XCTestCase {
    private let signature = PNGReader.signature

    private func header(width: UInt32, height: UInt32, bitDepth: UInt8 = 8, colorType: UInt8 = 6) -> [UInt8] {
        let size = [width, height].flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        return SyntheticFiles.pngChunk("IHDR", size + [bitDepth, colorType, 0, 0, 0])
    }

    private func problem(_ bytes: [UInt8]) -> String? {
        switch PNGReader.read(bytes, isWholeFile: true) {
        case .success(let info): info.integrityProblem?.en
        case .failure(let error): error.reason.en
        }
    }

    private func elapsed(_ body: () -> Void) -> Double {
        let start = Date()
        body()
        return Date().timeIntervalSince(start)
    }

    func testSyntheticPNGRoundTrips() throws {
        let bytes = SyntheticFiles.png(width: 5, height: 3) { x, y in (UInt8(x * 50), UInt8(y * 100), 7, UInt8(255 - x)) }
        let info = try PNGReader.read(bytes, isWholeFile: true).get()
        XCTAssertNil(info.integrityProblem)
        let pixels = try XCTUnwrap(info.pixels)
        XCTAssertEqual(pixels.width, 5)
        XCTAssertEqual(Array(pixels.rgba[0..<8]), [0, 0, 7, 255, 50, 0, 7, 254])
        XCTAssertEqual(Array(pixels.rgba.suffix(4)), [200, 200, 7, 251])
    }

    /// 60000×60000 is 3.6 gigapixels: judged from IHDR and chunk CRCs without inflating anything.
    func testHugeImageIsJudgedFromItsHeaderOnly() throws {
        let bytes = signature + header(width: 60000, height: 60000)
            + SyntheticFiles.pngChunk("IDAT", Inflate.compress([0, 0, 0, 0, 0])) + SyntheticFiles.pngChunk("IEND", [])
        var info: ImageInfo?
        let seconds = elapsed { info = try? PNGReader.read(bytes, isWholeFile: true).get() }
        XCTAssertEqual(info?.width, 60000)
        XCTAssertEqual(info?.height, 60000)
        XCTAssertNil(info?.integrityProblem)
        XCTAssertNil(info?.pixels)
        XCTAssertLessThan(seconds, 0.5)
        // Chunk structure is still checked for an image too large to decode.
        var broken = bytes
        broken[broken.count - 13] ^= 1 // the IDAT CRC
        XCTAssertEqual(problem(broken), "CRC mismatch in chunk IDAT")
    }

    /// Up to one megapixel is decoded; one row more is judged from its structure only.
    func testDecodeLimitIsOneMegapixel() throws {
        func greyPNG(height: UInt32) -> [UInt8] {
            let stream = Inflate.compress([UInt8](repeating: 0, count: Int(height) * 1001))
            return signature + header(width: 1000, height: height, bitDepth: 8, colorType: 0)
                + SyntheticFiles.pngChunk("IDAT", stream) + SyntheticFiles.pngChunk("IEND", [])
        }
        var decoded: ImageInfo?
        let seconds = elapsed { decoded = try? PNGReader.read(greyPNG(height: 1000), isWholeFile: true).get() }
        print("decoding 1000×1000 greyscale took \(String(format: "%.2f", seconds)) s")
        XCTAssertEqual(decoded?.pixels?.rgba.count, 4_000_000)
        XCTAssertEqual(decoded?.pixels?.rgba.prefix(4), [0, 0, 0, 255])
        let judged = try PNGReader.read(greyPNG(height: 1001), isWholeFile: true).get()
        XCTAssertNil(judged.pixels)
        XCTAssertNil(judged.integrityProblem)
        XCTAssertEqual(judged.height, 1001)
    }

    /// A 2×2 image whose IDAT inflates to 64 MiB: stopped right after the 18 bytes IHDR implies.
    func testDecompressionBombIsRejectedQuickly() {
        let bomb = Inflate.compress([UInt8](repeating: 0, count: 64 * 1024 * 1024))
        let bytes = signature + header(width: 2, height: 2) + SyntheticFiles.pngChunk("IDAT", bomb) + SyntheticFiles.pngChunk("IEND", [])
        var reason: String?
        let seconds = elapsed { reason = problem(bytes) }
        XCTAssertEqual(reason, "image data inflates beyond the 18 bytes IHDR implies")
        XCTAssertLessThan(seconds, 0.5)
    }

    func testChunkLengthOf4GiBIsRejectedWithoutAllocation() {
        let bytes = signature + header(width: 1, height: 1) + [0xFF, 0xFF, 0xFF, 0xFF] + Array("IDAT".utf8) + [1, 2, 3, 4]
        XCTAssertEqual(problem(bytes), "chunk length 4294967295 exceeds 2^31−1")
        let pastTheEnd = signature + header(width: 1, height: 1) + [0x7F, 0xFF, 0xFF, 0xFF] + Array("IDAT".utf8) + [1, 2, 3, 4]
        XCTAssertEqual(problem(pastTheEnd), "chunk IDAT of length 2147483647 runs past the end of the file (truncated)")
    }

    /// Every proper prefix, which includes every chunk boundary, is rejected.
    func testEveryTruncationIsRejected() {
        let bytes = SyntheticFiles.png(width: 4, height: 4) { x, y in (UInt8(x), UInt8(y), 0, 255) }
        XCTAssertNil(problem(bytes))
        for length in 0..<bytes.count {
            XCTAssertNotNil(problem(Array(bytes[0..<length])), "prefix of \(length) bytes accepted")
        }
        let idatEnd = bytes.count - 12
        XCTAssertEqual(problem(Array(bytes[0..<8])), "the first chunk is not IHDR")
        XCTAssertEqual(problem(Array(bytes[0..<33])), "truncated: IDAT missing")
        XCTAssertEqual(problem(Array(bytes[0..<idatEnd])), "truncated: IEND missing")
    }

    func testChunkOrderingRules() {
        let idat = SyntheticFiles.pngChunk("IDAT", Inflate.compress([UInt8](repeating: 0, count: 5)))
        let iend = SyntheticFiles.pngChunk("IEND", [])
        let rgbaHeader = header(width: 1, height: 1)
        XCTAssertNil(problem(signature + rgbaHeader + SyntheticFiles.pngChunk("acTL", [0, 0, 0, 1, 0, 0, 0, 0]) + idat + iend))
        XCTAssertEqual(problem(signature + rgbaHeader + SyntheticFiles.pngChunk("ABCD", []) + idat + iend), "unknown critical chunk ABCD")
        XCTAssertEqual(problem(signature + rgbaHeader + idat + SyntheticFiles.pngChunk("tEXt", Array("a\0b".utf8)) + idat + iend),
                       "IDAT chunks are not consecutive")
        XCTAssertEqual(problem(signature + header(width: 1, height: 1, bitDepth: 8, colorType: 3) + idat + iend),
                       "palette image without PLTE")
        XCTAssertEqual(problem(signature + header(width: 1, height: 1, bitDepth: 8, colorType: 0)
                               + SyntheticFiles.pngChunk("PLTE", [0, 0, 0]) + idat + iend),
                       "PLTE is not allowed in a greyscale image")
        XCTAssertEqual(problem(signature + rgbaHeader + SyntheticFiles.pngChunk("tRNS", [0, 0]) + idat + iend),
                       "tRNS is invalid for colour type 6")
        XCTAssertEqual(problem(signature + header(width: 0, height: 1) + idat + iend), "IHDR width or height invalid (0×1)")
        XCTAssertEqual(problem(signature + rgbaHeader + SyntheticFiles.pngChunk("IDAT", [0x78, 0x9C, 0xFF]) + iend),
                       "the zlib stream is corrupt (invalid block type)")
        XCTAssertEqual(problem(signature + rgbaHeader + SyntheticFiles.pngChunk("IDAT", Inflate.compress([0, 1, 2])) + iend),
                       "image data incomplete: inflates to 3 of 5 bytes")
        XCTAssertEqual(problem(signature + rgbaHeader + SyntheticFiles.pngChunk("IDAT", Inflate.compress([9, 0, 0, 0, 0])) + iend),
                       "invalid filter type 9 in row 1")
    }

    /// Pixels are decoded only when read, but a corrupt stream is reported when the file is read:
    /// the whole stream is inflated and its checksum and filter types checked up front.
    func testCorruptImageDataIsReportedBeforePixelsAreRead() throws {
        let scanlines: [UInt8] = [0, 1, 2, 3, 4, 2, 5, 6, 7, 8] // the second row filtered Up
        func png(_ compressed: [UInt8]) -> [UInt8] {
            signature + header(width: 1, height: 2) + SyntheticFiles.pngChunk("IDAT", compressed) + SyntheticFiles.pngChunk("IEND", [])
        }
        var wrongChecksum = Inflate.compress(scanlines)
        wrongChecksum[wrongChecksum.count - 1] ^= 1
        let corrupt = try PNGReader.read(png(wrongChecksum), isWholeFile: true).get()
        XCTAssertEqual(corrupt.integrityProblem?.en, "the zlib stream is corrupt (incorrect data check)")
        var badFilter = scanlines
        badFilter[5] = 5
        let filtered = try PNGReader.read(png(Inflate.compress(badFilter)), isWholeFile: true).get()
        XCTAssertEqual(filtered.integrityProblem?.en, "invalid filter type 5 in row 2")
        XCTAssertNil(corrupt.pixels)
        XCTAssertNil(filtered.pixels)
        let whole = try PNGReader.read(png(Inflate.compress(scanlines)), isWholeFile: true).get()
        XCTAssertNil(whole.integrityProblem)
        XCTAssertEqual(whole.pixels?.rgba, [1, 2, 3, 4, 6, 8, 10, 12])
    }

    /// Only decoding shows an index past a short palette, so such an image is decoded when read.
    func testIndexPastAShortPaletteIsReportedWhenRead() throws {
        func png(indices: [UInt8]) -> [UInt8] {
            signature + header(width: 2, height: 1, bitDepth: 8, colorType: 3)
                + SyntheticFiles.pngChunk("PLTE", [10, 20, 30, 40, 50, 60]) + SyntheticFiles.pngChunk("tRNS", [128])
                + SyntheticFiles.pngChunk("IDAT", Inflate.compress([0] + indices)) + SyntheticFiles.pngChunk("IEND", [])
        }
        XCTAssertEqual(problem(png(indices: [1, 2])), "palette index 2 out of range")
        let info = try PNGReader.read(png(indices: [1, 0]), isWholeFile: true).get()
        XCTAssertNil(info.integrityProblem)
        XCTAssertEqual(info.pixels?.rgba, [40, 50, 60, 255, 10, 20, 30, 128])
    }

    /// Readers on several threads at once all get the decoded image.
    func testConcurrentReadersOfLazyPixelsAgree() throws {
        let bytes = SyntheticFiles.png(width: 64, height: 64) { x, y in (UInt8(x), UInt8(y), UInt8(x ^ y), 255) }
        let info = try PNGReader.read(bytes, isWholeFile: true).get()
        var expected: [UInt8] = []
        for y in 0..<64 {
            for x in 0..<64 { expected += [UInt8(x), UInt8(y), UInt8(x ^ y), 255] }
        }
        let results = Locked([[UInt8]?](repeating: nil, count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { reader in
            let rgba = info.pixels?.rgba
            results.withLock { $0[reader] = rgba }
        }
        results.withLock { XCTAssertEqual($0, [[UInt8]?](repeating: expected, count: 8)) }
    }

    /// The lane-wise Adler-32 against the definition, across block, run and lane boundaries and at
    /// the largest sums (all 0xFF) the blocks must not overflow with.
    func testAdler32MatchesItsDefinition() {
        func definition(_ bytes: [UInt8]) -> UInt32 {
            var a: UInt32 = 1, b: UInt32 = 0
            for byte in bytes {
                a = (a + UInt32(byte)) % 65521
                b = (b + a) % 65521
            }
            return b << 16 | a
        }
        var generator = SystemRandomNumberGenerator()
        let random = (0..<40_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        XCTAssertEqual(Array("Wikipedia".utf8).withUnsafeBufferPointer(adler32Checksum), 0x11E6_0398)
        for count in [0, 1, 15, 16, 17, 31, 255, 256, 257, 5375, 5376, 5377, 5551, 5552, 5553, 5568, 10_752, 11_104, 11_105, 40_000] {
            for bytes in [Array(random.prefix(count)), [UInt8](repeating: 0xFF, count: count)] {
                XCTAssertEqual(bytes.withUnsafeBufferPointer(adler32Checksum), definition(bytes), "\(count) bytes")
            }
        }
    }

    /// A colour key makes matching pixels transparent.
    func testTransparencyColourKey() throws {
        let scanlines: [UInt8] = [0, 10, 20, 30, 40, 50, 60]
        let bytes = signature + header(width: 2, height: 1, colorType: 2)
            + SyntheticFiles.pngChunk("tRNS", [0, 10, 0, 20, 0, 30])
            + SyntheticFiles.pngChunk("IDAT", Inflate.compress(scanlines)) + SyntheticFiles.pngChunk("IEND", [])
        let pixels = try XCTUnwrap(PNGReader.read(bytes, isWholeFile: true).get().pixels)
        XCTAssertEqual(pixels.rgba, [10, 20, 30, 0, 40, 50, 60, 255])
    }
}
