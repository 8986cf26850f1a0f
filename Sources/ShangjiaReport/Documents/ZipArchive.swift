import CZlib

/// A ZIP archive (PKWARE APPNOTE 6.3) written in memory, as Office Open XML documents need it:
/// deflated entries, CRC-32 from zlib, no extra fields. Every entry carries the same fixed
/// timestamp, so the same parts give the same bytes on every machine and run.
struct ZipArchive {
    private struct Entry {
        let name: [UInt8]
        let crc: UInt32
        let compressedSize: Int
        let size: Int
        let offset: Int
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []

    /// 1980-01-01 00:00:00 in MS-DOS format, the earliest time ZIP can hold.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    private static let versionNeeded: UInt16 = 20
    private static let deflated: UInt16 = 8

    mutating func add(_ name: String, _ text: String) {
        let content = Array(text.utf8)
        let compressed = Self.deflate(content)
        let crc = content.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
        let entry = Entry(name: Array(name.utf8), crc: crc, compressedSize: compressed.count, size: content.count, offset: bytes.count)
        append32(0x0403_4B50)
        append16(Self.versionNeeded)
        appendSizes(of: entry)
        bytes += entry.name
        bytes += compressed
        entries.append(entry)
    }

    /// The central directory and its end record; the archive is complete after this.
    mutating func finish() -> [UInt8] {
        let directoryOffset = bytes.count
        for entry in entries {
            append32(0x0201_4B50)
            append16(Self.versionNeeded) // made by: MS-DOS attributes, spec 2.0
            append16(Self.versionNeeded)
            appendSizes(of: entry)
            append16(0) // comment length
            append16(0) // disk number
            append16(0) // internal attributes
            append32(0) // external attributes
            append32(UInt32(entry.offset))
            bytes += entry.name
        }
        let directorySize = bytes.count - directoryOffset
        append32(0x0605_4B50)
        append16(0)
        append16(0)
        append16(UInt16(entries.count))
        append16(UInt16(entries.count))
        append32(UInt32(directorySize))
        append32(UInt32(directoryOffset))
        append16(0)
        return bytes
    }

    /// The fields local headers and directory records share, from the flags to the extra field length.
    private mutating func appendSizes(of entry: Entry) {
        append16(0) // flags: names are ASCII, sizes known up front
        append16(Self.deflated)
        append16(Self.dosTime)
        append16(Self.dosDate)
        append32(entry.crc)
        append32(UInt32(entry.compressedSize))
        append32(UInt32(entry.size))
        append16(UInt16(entry.name.count))
        append16(0) // extra field length
    }

    private mutating func append16(_ value: UInt16) {
        bytes += [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
    }

    private mutating func append32(_ value: UInt32) {
        append16(UInt16(truncatingIfNeeded: value))
        append16(UInt16(truncatingIfNeeded: value >> 16))
    }

    /// Raw deflate (no zlib header: ZIP has its own), best compression.
    static func deflate(_ input: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        // windowBits -15: a raw stream with a 32 KB window.
        guard deflateInit2_(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            preconditionFailure("zlib deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(input.count)))
        return [UInt8](unsafeUninitializedCapacity: capacity) { output, initialized in
            var status = Z_OK
            input.withUnsafeBufferPointer { inputBuffer in
                stream.next_in = inputBuffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) } // zlib only reads it
                stream.avail_in = uInt(inputBuffer.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                status = CZlib.deflate(&stream, Z_FINISH)
            }
            precondition(status == Z_STREAM_END, "zlib deflate did not finish within its bound: \(status)")
            initialized = output.count - Int(stream.avail_out)
        }
    }
}
