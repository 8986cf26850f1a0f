import CZlib

/// zlib's CRC-32 (the one PNG and ZIP use).
func crc32Checksum(_ bytes: ArraySlice<UInt8>, initial: UInt32 = 0) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
        UInt32(CZlib.crc32(uLong(initial), buffer.baseAddress, uInt(buffer.count)))
    }
}

/// Adler-32, the zlib stream's checksum. zlib's own adds a byte at a time; this one adds 16
/// bytes at a time into lanes: `lanes` sums each lane, `runningLanes` sums `lanes` after each
/// step, which weighs every byte by how many steps it was counted in. Within a run of 16 steps
/// the sums fit UInt16 lanes (at most 255 × 16 × 17 / 2), twice as many a register as UInt32.
func adler32Checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let modulus: UInt32 = 65521
    let runLength = 16 * 16
    // Whole runs, within zlib's NMAX (5552): the most bytes whose sums cannot overflow UInt32
    // between reductions.
    let blockLength = 21 * runLength
    let laneWeights = SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
    var a: UInt32 = 1, b: UInt32 = 0
    var index = 0
    while index < bytes.count {
        let blockStart = index, blockEnd = min(index + blockLength, bytes.count)
        var lanes = SIMD16<UInt32>(repeating: 0), runningLanes = SIMD16<UInt32>(repeating: 0)
        while index + runLength <= blockEnd {
            var runLanes = SIMD16<UInt16>(repeating: 0), runRunningLanes = SIMD16<UInt16>(repeating: 0)
            for step in 0..<runLength / 16 {
                let chunk = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(fromByteOffset: 16 &* step, as: SIMD16<UInt8>.self)
                runLanes &+= SIMD16<UInt16>(truncatingIfNeeded: chunk)
                runRunningLanes &+= runLanes
            }
            // Each of the run's 16 steps also counted the lanes as they stood before it.
            runningLanes &+= lanes &<< 4 &+ SIMD16<UInt32>(truncatingIfNeeded: runRunningLanes)
            lanes &+= SIMD16<UInt32>(truncatingIfNeeded: runLanes)
            index += runLength
        }
        // b gains a once per byte, and each byte once for every byte from it on. Intermediate
        // terms may wrap; the result, below 2^32 by the choice of block length, is exact.
        b = b &+ UInt32(index - blockStart) &* a &+ 16 &* runningLanes.wrappedSum() &- (lanes &* laneWeights).wrappedSum()
        a &+= lanes.wrappedSum()
        // The last block's tail, under a run.
        while index < blockEnd {
            a &+= UInt32(bytes[index])
            b &+= a
            index += 1
        }
        a %= modulus
        b %= modulus
    }
    return b << 16 | a
}

enum Inflate {
    enum Outcome: Equatable {
        case complete([UInt8])
        /// The stream inflates past the expected size (a decompression bomb or a wrong header).
        case tooLarge
        /// The stream ends before the expected size.
        case tooSmall(Int)
        /// The input ends before the stream does.
        case truncated
        case corrupt(String)
    }

    /// Inflates a zlib stream that must produce exactly `expectedSize` bytes. The output buffer has a
    /// single byte of slack, so a bomb stops as soon as it overshoots instead of filling memory.
    static func zlibStream(_ input: [UInt8], expectedSize: Int) -> Outcome {
        var stream = z_stream()
        guard inflateInit_(&stream, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return .corrupt("inflateInit failed")
        }
        defer { inflateEnd(&stream) }
        // Checked below with the faster Adler-32.
        inflateValidate(&stream, 0)
        var status = Z_OK
        // Uninitialized: only the bytes zlib writes are kept.
        let output = [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { outputBuffer, initialized in
            input.withUnsafeBufferPointer { inputBuffer in
                stream.next_in = inputBuffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) } // zlib only reads it
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = outputBuffer.baseAddress
                stream.avail_out = uInt(outputBuffer.count)
                while status == Z_OK && stream.avail_in > 0 && stream.avail_out > 0 {
                    status = inflate(&stream, Z_NO_FLUSH)
                }
            }
            initialized = outputBuffer.count - Int(stream.avail_out)
        }
        let produced = output.count
        switch status {
        case Z_STREAM_END:
            // The stream ends with its Adler-32, big-endian.
            let consumed = input.count - Int(stream.avail_in)
            guard output.withUnsafeBufferPointer(adler32Checksum) == input.uint32BE(at: consumed - 4) else {
                return .corrupt("incorrect data check")
            }
            if produced > expectedSize { return .tooLarge }
            if produced < expectedSize { return .tooSmall(produced) }
            return .complete(output)
        case Z_OK, Z_BUF_ERROR:
            return produced > expectedSize ? .tooLarge : .truncated
        default:
            let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
            return .corrupt(message)
        }
    }

    /// zlib-compresses `bytes` (for building synthetic files).
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { outputBuffer in
            bytes.withUnsafeBufferPointer { inputBuffer in
                compress2(outputBuffer.baseAddress, &capacity, inputBuffer.baseAddress, uLong(inputBuffer.count), Z_BEST_COMPRESSION)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed: \(status)")
        return Array(output[0..<Int(capacity)])
    }
}
