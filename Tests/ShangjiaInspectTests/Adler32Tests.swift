import CZlib
import XCTest
@testable import ShangjiaInspect

/// The lane-wise Adler-32 (it halves the cost of checking an icon's zlib stream) against
/// zlib's own `adler32`, the plain reference, on random inputs of random lengths.
final class Adler32Tests: XCTestCase {
    /// SplitMix64: the same inputs on every run, so a failure can be replayed.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return mixed ^ (mixed >> 31)
        }
    }

    private func zlibAdler32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(adler32(adler32(0, nil, 0), $0.baseAddress, uInt($0.count))) }
    }

    private func laneAdler32(_ bytes: [UInt8]) -> UInt32 { bytes.withUnsafeBufferPointer(adler32Checksum) }

    func testMatchesZlibOnRandomInputs() {
        var generator = SeededGenerator(state: 0x5348_414E_474A_4941)
        for trial in 0..<200 {
            // Mostly short (a run, a block and their edges), sometimes several blocks.
            let length = trial % 20 == 0 ? Int.random(in: 0...60_000, using: &generator) : Int.random(in: 0...12_000, using: &generator)
            var bytes = [UInt8](repeating: 0, count: length)
            for start in stride(from: 0, to: length, by: 8) {
                withUnsafeBytes(of: generator.next()) { random in
                    for offset in 0..<min(8, length - start) { bytes[start + offset] = random[offset] }
                }
            }
            XCTAssertEqual(laneAdler32(bytes), zlibAdler32(bytes), "trial \(trial), \(length) bytes")
        }
    }

    func testMatchesZlibAtTheEdgesOfRunsAndBlocks() {
        let run = 256, block = 21 * 256
        for length in [0, 1, 15, 16, 17, run - 1, run, run + 1, block - 1, block, block + 1, 5552, 2 * block + 7] {
            // All 0xFF is the largest sum a lane can hold; all zero the smallest.
            for bytes in [[UInt8](repeating: 0xFF, count: length), [UInt8](repeating: 0, count: length), (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }] {
                XCTAssertEqual(laneAdler32(bytes), zlibAdler32(bytes), "\(length) bytes starting \(bytes.first ?? 0)")
            }
        }
    }
}
