import CZlib

/// zlib's CRC-32 (the one PNG and ZIP use).
func crc32Checksum(_ bytes: ArraySlice<UInt8>, initial: UInt32 = 0) -> UInt32 {
    bytes.withUnsafeBufferPointer { buffer in
        UInt32(CZlib.crc32(uLong(initial), buffer.baseAddress, uInt(buffer.count)))
    }
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
